import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { DemonstrationPlan } from '../plan-demonstration.js';
import { rowControlProblems } from './row-control.js';

const element = (id: number, role: string, text: string, parentId?: number, label?: string): UIElement => ({
  id, role, text, ...(label ? { label } : {}), tag: role === 'button' ? 'button' : 'div', states: {}, box: { x: id * 10, y: 0, width: 10, height: 10 }, source: 'dom', interactive: role === 'button', ...(parentId !== undefined ? { parentId } : {}),
});

const post = [element(1, 'article', 'Theo @theo ♡ ↻ ⚑'), element(2, 'button', '♡', 1, 'Like'), element(3, 'button', '↻', 1, 'Share'), element(4, 'button', '⚑', 1, 'Save')];

function planFor(task: string, demoTask: string): DemonstrationPlan {
  const step: Step = { index: 0, observation: { text: '', elements: post }, action: { type: 'click', target: { elementId: 4 } }, targets: [], result: { ok: true }, timings: {} };
  return {
    trajectory: { task: demoTask, steps: [step] } as unknown as Trajectory,
    task,
    steps: [{ sourceIndex: 0, step, bindings: [], rowKeys: [{ old: '@theo', new: '@kai' }] }],
  } as unknown as DemonstrationPlan;
}

describe('row controls', () => {
  it('refuse a row-keyed step when the task names another control of the row than the demonstrated one', () => {
    const problems = rowControlProblems(planFor("Share @kai's post.", "Bookmark @theo's post with Save."));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ blocking: true, text: expect.stringContaining('"Share"') });
  });

  it('names a wordless icon by its class: refuse "star" where the demonstration pressed the trash icon', () => {
    const icon = (id: number, kind: string): UIElement => ({ ...element(id, 'button', '', 1), tag: 'span', attributes: { class: kind } });
    const mail = [element(1, 'button', 'Ajay Consequat'), icon(2, 'star'), icon(3, 'trash')];
    const plan = (task: string): DemonstrationPlan => {
      const step: Step = { index: 0, observation: { text: '', elements: mail }, action: { type: 'click', target: { elementId: 3 } }, targets: [], result: { ok: true }, timings: {} };
      const demoTask = 'Find the email by Ajay and click the trash icon to delete it.';
      return { trajectory: { task: demoTask, steps: [step] }, task, steps: [{ sourceIndex: 0, step, bindings: task.includes('star') ? [{ old: 'trash', new: 'star' }] : [], rowKeys: [{ old: 'Ajay', new: 'Alberta' }] }] } as unknown as DemonstrationPlan;
    };
    const problems = rowControlProblems(plan('Find the email by Alberta and click the star icon to mark it as important.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ blocking: true, text: expect.stringMatching(/"star".*"trash"/) });
    expect(rowControlProblems(plan('Find the email by Alberta and click the trash icon to delete it.'))).toEqual([]);
  });

  it('reads only the clauses about the row in a task of several clauses ("more" of another row\'s clause asks nothing here)', () => {
    const icon = (id: number, kind: string, parentId: number): UIElement => ({ ...element(id, 'button', kind === 'less' ? '−' : '+', parentId), attributes: { class: kind } });
    const rows = [element(1, 'group', 'Pencils − 4 +'), icon(2, 'less', 1), icon(3, 'more', 1), element(4, 'group', 'Mugs − 4 +'), icon(5, 'less', 4), icon(6, 'more', 4)];
    const click = (id: number): Step => ({ index: 0, observation: { text: '', elements: rows }, action: { type: 'click', target: { elementId: id } }, targets: [], result: { ok: true }, timings: {} });
    const plan = (task: string): DemonstrationPlan =>
      ({
        trajectory: { task: 'Take away three pencils, add two more mugs, then click Save.', steps: [click(2), click(6)] },
        task,
        steps: [
          { sourceIndex: 0, step: click(2), bindings: [], rowKeys: [{ old: 'pencils', new: 'batteries' }] },
          { sourceIndex: 1, step: click(6), bindings: [], rowKeys: [{ old: 'mugs', new: 'candles' }] },
        ],
      }) as unknown as DemonstrationPlan;
    expect(rowControlProblems(plan('Remove three batteries, add one more candles, then click Update.'))).toEqual([]);
    // The clause about the batteries' row asks for "more" where the demonstration pressed "less": still refused.
    expect(rowControlProblems(plan('Add three more batteries, add one more candles, then click Update.'))).toHaveLength(1);
  });

  it('let it be when the task names the demonstrated control, or none of the row', () => {
    expect(rowControlProblems(planFor('Save the post from @kai.', "Bookmark @theo's post with Save."))).toEqual([]);
    expect(rowControlProblems(planFor("Keep @kai's post for later.", "Bookmark @theo's post with Save."))).toEqual([]);
  });
  it('reads only the clause that names the row: the "more" of another clause asks nothing of it', () => {
    const icon = (id: number, text: string, kind: string): UIElement => ({ ...element(id, 'button', text, 1), attributes: { class: kind } });
    const row = [element(1, 'group', 'Pencils − 3 +'), element(2, 'text', 'Pencils', 1), icon(3, '−', 'less'), icon(4, '+', 'more')];
    const plan = (task: string): DemonstrationPlan => {
      const step: Step = { index: 0, observation: { text: '', elements: row }, action: { type: 'click', target: { elementId: 3 } }, targets: [], result: { ok: true }, timings: {} };
      const demoTask = 'Add two more mugs and take away three pencils, then click Save.';
      const more: Step = { ...step, action: { type: 'click', target: { elementId: 4 } } };
      const added = task.includes('lemons') ? [{ sourceIndex: 1, step: more, bindings: [], rowKeys: [{ old: 'mugs', new: 'lemons' }] }] : [];
      return { trajectory: { task: demoTask, steps: [step] }, task, steps: [{ sourceIndex: 0, step, bindings: [], rowKeys: [{ old: 'pencils', new: 'onions' }] }, ...added] } as unknown as DemonstrationPlan;
    };
    expect(rowControlProblems(plan('Add one more lemons and take away two onions, then click Save.'))).toEqual([]);
    expect(rowControlProblems(plan('Add one more onions, then click Save.'))[0]).toMatchObject({ blocking: true, text: expect.stringMatching(/"more".*"less"/) });
  });
});
