/**
 * Review probes (session 32, review32), followed end to end on a privacy page of tick boxes: the demonstration
 * "I'd like activity history and contact sync on from now." re-read for texts naming the same two settings that do
 * not ask to set them — a question, a statement, "or", an undoing clause. Each names again what the demonstration
 * named, so the pairing is no rebinding (rules/same-names.ts; the same in the demonstration's order, so the reading of
 * the request, not the pairing, is at fault). `it.fails` marks a wrong action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const NAMES = ['Activity history', 'Contact sync', 'Read receipts', 'Email lookup'];
const page = (on: string[] = []): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Privacy' },
  ...NAMES.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, checked: on.includes(name) })),
  { key: 'reset', role: 'button', text: 'Reset to defaults' },
  { key: 'apply', role: 'button', text: 'Apply' },
];

const demonstration = () =>
  recordDemonstration(new WidgetPageOperator(page()), "I'd like activity history and contact sync on from now.", (observation, step) => {
    const deed = ['Activity history', 'Contact sync', 'Apply'][step];
    return deed === undefined ? undefined : { type: 'click', target: { elementId: find(observation, deed === 'Apply' ? 'button' : 'checkbox', deed).id } };
  });

/** The clicks of the run for `task` on a page with `on` ticked. */
async function follow(task: string, on: string[] = []) {
  const { operator, status } = await followOnWidgets(page(on), await demonstration(), task);
  return { status, clicks: operator.clicks };
}

describe('same names, followed: review32 probes that held', () => {
  it('ticks only the setting not yet on when both are named in another order', async () => {
    expect(await follow('Turn on contact sync and switch on activity history.', ['Contact sync'])).toEqual({ status: 'success', clicks: ['Activity history', 'apply'] });
  });
  it('applies nothing for the other state, another time, or a setting said not to be on', async () => {
    for (const task of ["I'd like activity history and contact sync off from now.", "I'd like activity history and contact sync on from tomorrow.", "I'd like activity history and contact sync on, not read receipts."]) {
      expect((await follow(task)).clicks, task).not.toContain('apply');
    }
  });
});

describe('same names, followed: review32 wrong actions', () => {
  // Wrong action: a question about the settings ticks both and presses Apply.
  it('applies nothing for a question about the two settings ("Are … on?")', async () => {
    expect((await follow('Are contact sync and activity history on?')).clicks).not.toContain('apply');
  });
  // Wrong action: "why" asks for a reason; both are ticked and applied.
  it('applies nothing for "Why are … on?"', async () => {
    expect((await follow('Why are contact sync and activity history on?')).clicks).not.toContain('apply');
  });
  // Wrong action: a statement of the past ("I had … on") asks nothing; both are ticked and applied.
  it('applies nothing for a statement of what was on', async () => {
    expect((await follow('I had contact sync and activity history on.')).clicks).not.toContain('apply');
  });
  // Wrong action: "and turn them off again" is unread; both are left on and applied.
  it('applies nothing when the text undoes the setting it asks', async () => {
    expect((await follow('Turn on contact sync and activity history and turn them off again.')).clicks).not.toContain('apply');
  });
  // Wrong action: "or" is read as "and"; both are turned on.
  it('applies nothing for one setting or the other', async () => {
    expect((await follow("I'd like activity history or contact sync on from now.")).clicks).not.toContain('apply');
  });
  // Wrong action: the condition "if Sam agrees" is unread; both are turned on and applied.
  it('applies nothing on a condition the page does not show', async () => {
    expect((await follow("I'd like activity history and contact sync on from now, if Sam agrees.")).clicks).not.toContain('apply');
  });
});
