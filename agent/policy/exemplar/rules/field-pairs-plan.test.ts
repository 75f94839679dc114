/**
 * field-pairs.ts through planDemonstration: a survey demonstrated on radios labelled "Aspect: Rating", asked
 * again on a grid of wordless radios naming other aspects; each pair is clicked where its row and column cross.
 */
import { it, expect } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
let id = 1;
const el = (role: string, text: string, x: number, y: number, w: number, h: number, extra: Partial<UIElement> = {}): UIElement => ({ id: id++, role, tag: role === 'radio' ? 'input' : 'td', text, states: {}, box: { x, y, width: w, height: h }, source: 'dom', interactive: role === 'radio' || role === 'button', ...extra } as UIElement);
const R = ['Poor', 'Fair', 'Good', 'Great'];
const grid = (aspects: string[], named: boolean) => [el('columnheader', 'Poor', 56, 67, 24, 7), el('columnheader', 'Fair', 80.5, 67, 20, 7), el('columnheader', 'Good', 100.5, 67, 28, 7), el('columnheader', 'Great', 129, 67, 29, 7),
  ...aspects.flatMap((a, i) => [el('cell', a, 6, 74.5 + 15 * i, 50, 15, { parentId: 500 + i }), ...R.map((r, j) => el('radio', named ? `${a}: ${r}` : '', [63, 85, 109, 138][j]!, 76 + 15 * i, 10, 10, { parentId: 500 + i, value: r, ...(named ? { label: `${a}: ${r}` } : {}) }))]),
  el('text', 'Would you stay with us again?', 6, 146, 148, 10), el('radio', 'Yes', 6, 157, 10, 10, { label: 'Yes', value: 'Yes' }), el('button', 'Done', 6, 172, 40, 14)];
it('rates the rows the new task names, each at its own value, on a page whose radios carry no words', () => {
  const demo = grid(['Location', 'Cleanliness', 'Staff', 'Breakfast'], true);
  const t = (x: string) => demo.find((e) => e.text === x)!;
  const steps = ['Cleanliness: Good', 'Staff: Great', 'Yes', 'Done'].map((x, index) => ({ index, observation: { text: '', elements: demo, url: 'file:///x/stay.html' }, action: { type: 'click', target: { elementId: t(x).id } }, targets: [t(x)], result: { ok: true } }));
  const traj = { id: 't', task: 'Could you fill in the hotel survey? Cleanliness: Good, Staff: Great. We would stay again.', environment: 'browser', steps, outcome: { status: 'success', reason: '' }, metadata: {} } as unknown as Trajectory;
  const page = grid(['Wi-Fi', 'Location', 'Breakfast', 'Staff'], false);
  const plan = planDemonstration(traj, 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.', page, { url: 'file:///x/stay.html' } as never);
  expect(plan.fit).toBeGreaterThanOrEqual(0.5);
  expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
  // Both rated radios by where the new labels and values cross (header-cell.ts), a shared "Good" no hindrance.
  expect(plan.steps.map((step) => step.headerCell && [step.headerCell.row.new, step.headerCell.column.new])).toEqual([['Wi-Fi', 'Poor'], ['Location', 'Good'], undefined, undefined]);
});
