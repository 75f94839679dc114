import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { pageTokenFor } from './page-token.js';

/** A terminal: its output lines as text and the prompt's input. */
function terminal(lines: string[]): UIElement[] {
  const base = { states: {}, source: 'dom' as const, interactive: false };
  return [
    ...lines.map((line, index) => ({ ...base, id: index + 1, role: 'text', text: line, box: { x: 2, y: 10 + index * 12, width: 150, height: 11 } })),
    { ...base, id: 99, role: 'textbox', text: '', interactive: true, box: { x: 2, y: 100, width: 150, height: 12 } },
  ];
}

function typing(index: number, elements: UIElement[], text: string): Step {
  const input = elements.find((element) => element.role === 'textbox')!;
  return { index, observation: { text: '', elements }, action: { type: 'type', text, target: { elementId: input.id } }, targets: [input], result: { ok: true }, timings: {} } as unknown as Step;
}

const TASK = 'Delete the .gif file using the terminal.';
const listing = (files: string) => terminal(['Welcome. Type ls to list files.', '$ ls', files]);
const demonstration = (files: string) =>
  ({ id: 't', task: TASK, steps: [typing(0, terminal(['Welcome. Type ls to list files.']), 'ls'), typing(1, listing(files), 'rm data.gif')], outcome: { status: 'success' }, metadata: {} }) as unknown as Trajectory;

describe('a typed word read off the page, told by a piece of the task', () => {
  it('marks the word the demonstration read, the one on its screen holding the task\'s piece', () => {
    const plan = planDemonstration(demonstration('notes.txt data.gif budget.pdf'), TASK);
    expect(plan.steps[1]!.pageToken).toEqual({ old: 'data.gif', piece: '.gif' });
    expect(plan.steps[0]!.pageToken).toBeUndefined();
    // Two words holding ".gif" on the demonstration's screen: the task does not tell which was meant, nothing is marked.
    expect(planDemonstration(demonstration('notes.txt data.gif cat.gif'), TASK).steps[1]!.pageToken).toBeUndefined();
  });

  it('types the one such word the screen shows now, and refuses none or several', () => {
    const token = { old: 'data.gif', piece: '.gif' };
    expect(pageTokenFor(token, 'rm data.gif', [], listing('photo.gif readme.md'), 99)).toMatchObject({ ok: true, text: 'rm photo.gif' });
    expect(pageTokenFor(token, 'rm data.gif', [], listing('readme.md todo.txt'), 99)).toMatchObject({ ok: false, reason: expect.stringContaining('shows none') });
    expect(pageTokenFor(token, 'rm data.gif', [], listing('a.gif b.gif'), 99)).toMatchObject({ ok: false, reason: expect.stringContaining('2 ("a.gif", "b.gif")') });
    // The task changed the piece (".gif" → ".pdf"): the word holding the new one.
    expect(pageTokenFor(token, 'rm data.gif', [{ old: '.gif', new: '.pdf' }], listing('photo.gif budget.pdf'), 99)).toMatchObject({ ok: true, text: 'rm budget.pdf' });
  });
});
