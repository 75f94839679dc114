/**
 * A word of the task that asks the opposite of the demonstration's ("switched
 * off" where it said "switched on") is never read as wording: no demonstrated
 * step shows how to do the opposite, so the plan is refused. Wording that
 * differs otherwise ("please") still is wording.
 */
import { describe, expect, it } from 'vitest';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { oppositeStates } from '../intent-words.js';

const NAMES = ['Two-factor login', 'Dark mode', 'Weekly digest'];
const page = (on: string[]): WidgetSpec[] => [
  ...NAMES.map((name) => ({ key: name, role: 'checkbox', text: name, checked: on.includes(name) })),
  { key: 'apply', role: 'button', text: 'Apply' },
];

async function demonstrate(task: string, clicks: string[]) {
  return recordDemonstration(new WidgetPageOperator(page([])), task, (observation, step) => {
    const name = clicks[step];
    return name === undefined ? undefined : { type: 'click', target: { elementId: find(observation, NAMES.includes(name) ? 'checkbox' : 'button', name).id } };
  });
}

const blocking = (plan: ReturnType<typeof planDemonstration>) => plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text);

describe('a task value that asks the opposite of the demonstrated one', () => {
  it('reads states as opposites, other words not', () => {
    expect(oppositeStates('on', 'off')).toBe(true);
    expect(oppositeStates('Checked', 'unchecked')).toBe(true);
    expect(oppositeStates('on', 'on')).toBe(false);
    expect(oppositeStates('please', 'kindly')).toBe(false);
  });

  it('refuses "switched off" after a demonstration of "switched on", naming both', async () => {
    const demo = await demonstrate('I want Two-factor login and Dark mode switched on. Hit Apply afterwards.', ['Two-factor login', 'Dark mode', 'Apply']);
    const elements = (await new WidgetPageOperator(page(['Weekly digest'])).observe()).elements;
    const off = planDemonstration(demo, 'I want Weekly digest switched off. Hit Apply afterwards.', elements);
    expect(blocking(off)).toEqual([expect.stringContaining('asks for "off" where the demonstration\'s asked for "on"')]);
    const on = planDemonstration(demo, 'I want Weekly digest switched on. Hit Apply afterwards.', elements);
    expect(blocking(on)).toEqual([]);
  });
});
