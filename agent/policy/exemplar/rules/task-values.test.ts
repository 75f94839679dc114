/**
 * A word of the task that asks the opposite of the demonstration's ("switched
 * off" where it said "switched on") is never read as wording: no demonstrated
 * step acted on the word, so the plan is refused (meaning-words.ts: one check
 * with the other words that change what is done). Wording that
 * differs otherwise ("please") still is wording.
 */
import { describe, expect, it } from 'vitest';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { slotShift } from './meaning-words.js';
import { taskValueProblems } from './task-values.js';

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
  it('reads states as opposites, other words not — quoted values only when the whole value is a state word', () => {
    expect(slotShift('on', 'off')).toBeDefined();
    expect(slotShift('Checked', 'unchecked')).toBeDefined();
    expect(slotShift('Yes', 'No')?.new).toEqual([{ kind: 'state', key: 'no', word: 'no' }]);
    expect(slotShift('on', 'on')).toBeUndefined();
    expect(slotShift('enabled', 'active')).toBeUndefined();
    expect(slotShift('please', 'kindly')).toBeUndefined();
    expect(slotShift('On', 'Off', true)).toBeDefined();
    expect(slotShift('Yes', 'No', true)).toBeDefined();
    expect(slotShift('Turn on the lights', 'Turn off the lights', true)).toBeUndefined();
    expect(slotShift('Largest', 'Smallest', true)).toBeUndefined();
    expect(slotShift('Largest', 'Smallest')).toBeDefined();
    expect(slotShift('Fix lights', 'Fix doors', true)).toBeUndefined();
  });

  it('refuses "switched off" after a demonstration of "switched on", naming both', async () => {
    const demo = await demonstrate('I want Two-factor login and Dark mode switched on. Hit Apply afterwards.', ['Two-factor login', 'Dark mode', 'Apply']);
    const elements = (await new WidgetPageOperator(page(['Weekly digest'])).observe()).elements;
    const off = planDemonstration(demo, 'I want Weekly digest switched off. Hit Apply afterwards.', elements);
    expect(blocking(off)).toEqual([expect.stringContaining('the task says "off" where the demonstration\'s said "on" (state), and no step of the demonstration acted on "on"')]);
    const on = planDemonstration(demo, 'I want Weekly digest switched on. Hit Apply afterwards.', elements);
    expect(blocking(on)).toEqual([]);
  });
});

describe('a unit word with no count', () => {
  const unused = (old: string, now: string) => [{ old: [old], new: [now], list: false, kind: 'text' as const }];
  const problemsOf = (demoTask: string, task: string, old: string, now: string) =>
    taskValueProblems({ demoTask, task, alignment: { score: 0.8, slots: unused(old, now), anchors: 5, unpaired: [] }, unusedSlots: unused(old, now), stepStrings: [] });

  it('is wording where no count stands before it ("as the day" / "on the calendar")', () => {
    const problems = problemsOf('Mark 2005-04-14 as the day and press Go.', 'Select 16 April 1953 on the calendar and hit Confirm.', 'day', 'calendar');
    expect(problems.filter((problem) => problem.blocking)).toEqual([]);
  });

  it('still shifts after a count ("5 days" / "5 tickets") or "per"', () => {
    expect(problemsOf('Book 5 days, then press OK.', 'Book 5 tickets, then press OK.', 'days', 'tickets').some((problem) => problem.blocking && /unit/.test(problem.text))).toBe(true);
    expect(problemsOf('Set the limit per day, then press OK.', 'Set the limit per seat, then press OK.', 'day', 'seat').some((problem) => problem.blocking)).toBe(true);
  });
});

describe('a preposition before a value', () => {
  const unused = (old: string, now: string) => [{ old: [old], new: [now], list: false, kind: 'text' as const }];
  const blockingOf = (demoTask: string, task: string, old: string, now: string) =>
    taskValueProblems({ demoTask, task, alignment: { score: 0.8, slots: unused(old, now), anchors: 5, unpaired: [] }, unusedSlots: unused(old, now), stepStrings: [] }).filter((problem) => problem.blocking);

  it('is wording ("for Tuesday" / "on Tuesday"), never the state "on"', () => {
    expect(blockingOf('Reserve the room for Tuesday at 12:00 and press Submit.', 'Book the room on Tuesday at 12:00, then click OK.', 'for', 'on')).toEqual([]);
  });

  it('still shifts where "on" is a state ("Turn the light off" / "Turn the light on")', () => {
    expect(blockingOf('Turn the light off, then press OK.', 'Turn the light on, then press OK.', 'off', 'on')).not.toEqual([]);
  });
});

describe('a reason said before ", so"', () => {
  const slot = [{ old: ['analytics'], new: ['social media'], list: false, kind: 'text' as const }];
  const blockingOf = (demoTask: string, task: string) =>
    taskValueProblems({ demoTask, task, alignment: { score: 0.8, slots: slot, anchors: 5, unpaired: [] }, unusedSlots: [], stepStrings: [] }).filter((problem) => problem.blocking);

  it('adds no negation or direction of its own ("I don\'t want to be tracked more than needed, so …")', () => {
    expect(blockingOf('Keep analytics cookies only please.', "I don't want to be tracked more than needed, so keep social media cookies only please.")).toEqual([]);
  });

  it('still reads a negation of the request itself', () => {
    expect(blockingOf('Keep analytics cookies only please.', "Don't keep social media cookies only please.")).not.toEqual([]);
  });

  it('reads a negation or a state said before ", so" when that part is the request itself', () => {
    const same = (demoTask: string, task: string) =>
      taskValueProblems({ demoTask, task, alignment: { score: 0.9, slots: [], anchors: 6, unpaired: [] }, unusedSlots: [], stepStrings: ['Save my choices'] }).filter((problem) => problem.blocking);
    expect(same('I want marketing cookies, so save my choices.', "I don't want marketing cookies, so save my choices.")).not.toEqual([]);
    expect(same('The newsletter should be on, so save.', "The newsletter shouldn't be on, so save.")).not.toEqual([]);
  });
});

describe('taskValueProblems: a day set set as a row of day toggles', () => {
  const demoTask = 'Name: Piano. Repeat: sat/sun. Time: 19:45.';
  const task = 'Name: Yoga. Repeat: fri/sat/sun. Time: 9:45 AM.';
  const slot = { old: ['sat/sun'], new: ['fri/sat/sun'], list: false, kind: 'text' as const };
  const problemsOf = (daySlot?: typeof slot) =>
    taskValueProblems({ demoTask, task, alignment: { score: 0.9, slots: [slot], anchors: 5, unpaired: [] }, unusedSlots: [], stepStrings: [], ...(daySlot ? { daySlot } : {}) }).filter((problem) => problem.blocking);

  it('reads the added day as one of the set, where the steps set the row of day toggles', () => {
    expect(problemsOf(slot)).toEqual([]);
  });
  it('still reads it as a word the steps cannot follow where no row of day toggles took the slot', () => {
    expect(problemsOf().map((problem) => problem.text)).toEqual([expect.stringContaining('"sat/sun" only')]);
  });
});
