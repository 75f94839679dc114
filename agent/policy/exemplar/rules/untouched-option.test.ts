/**
 * A drop-down the demonstration never set, another of whose options the task names, is refused: followed, the field
 * would stay as the demonstration's page showed it.
 */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import { untouchedOptionProblems } from './untouched-option.js';

// The membership screen of a sign-up wizard as the demonstration saw it: plan radios, the Billing drop-down showing Monthly.
const membership = [
  { id: 4, role: 'radio', text: 'Student $19/mo' },
  { id: 5, role: 'radio', text: 'Plus $49/mo' },
  { id: 7, role: 'combobox', tag: 'select', text: 'Monthly', value: 'Monthly', label: 'Billing', options: ['Monthly', 'Yearly (save 15%)'] },
  { id: 9, role: 'button', text: 'Next' },
];
const step = (id: number, role: string, text: string, action = 'click'): Step =>
  ({ index: 0, observation: { text: '', elements: membership }, action: { type: action, target: { elementId: id } }, targets: [{ role, text, label: role === 'combobox' ? 'Billing' : undefined }] }) as unknown as Step;
const planOnly = [step(4, 'radio', 'Student $19/mo'), step(9, 'button', 'Next')];
const DEMO = "Could you register me at the climbing gym? I'm Kenji Pike, kenji.pike@posteo.net - Student plan, paying monthly.";

describe('a drop-down the demonstration left as it showed, another option of which the task asks', () => {
  it('is refused, naming the field, when the task names another option ("yearly billing" for "Yearly (save 15%)")', () => {
    const problems = untouchedOptionProblems(DEMO, 'From the front desk: "Lena Akana wants Student, yearly billing, email lena.akana@example.org"', planOnly);
    expect(problems.map((problem) => [problem.text, problem.blocking])).toEqual([['the task asks "Yearly" of "Billing", which no step of the demonstration set', true]]);
  });

  it('is no problem when the task names the option shown, no option, one its own task named, or a step set the field', () => {
    expect(untouchedOptionProblems(DEMO, 'From the front desk: "Emil Pike wants Basic, monthly billing, email emil.pike@posteo.net"', planOnly)).toEqual([]);
    expect(untouchedOptionProblems(DEMO, 'New member: Emil Pike / emil.pike@posteo.net / Basic', planOnly)).toEqual([]);
    expect(untouchedOptionProblems('Student plan, monthly, not yearly.', 'Plus plan, yearly.', planOnly)).toEqual([]);
    const billed = [step(4, 'radio', 'Student $19/mo'), step(7, 'combobox', 'Monthly', 'select'), step(9, 'button', 'Next')];
    expect(untouchedOptionProblems(DEMO, 'Kenji Osei wants Plus, yearly billing.', billed)).toEqual([]);
  });
});

describe('a drop-down the page at hand already shows as the task asks', () => {
  it('is no problem: left as it is, it holds the option asked; another option shown here still refuses', () => {
    const task = 'Kenji Osei wants Plus, yearly billing.';
    const here = (shown: string) => [{ id: 2, role: 'combobox', tag: 'select', text: shown, value: shown, label: 'Billing', options: ['Monthly', 'Yearly (save 15%)'] }] as never;
    expect(untouchedOptionProblems(DEMO, task, planOnly, here('Yearly (save 15%)'))).toEqual([]);
    expect(untouchedOptionProblems(DEMO, task, planOnly, here('Monthly'))).toHaveLength(1);
  });
});

describe('an option word the kind judgement paired with a value of the demonstration', () => {
  it('is read where the slot puts it ("Parking: No" → "Yes"), not as asking another drop-down offering "Yes"', () => {
    const breakfast = [{ id: 3, role: 'combobox', tag: 'select', text: 'No', value: 'No', label: 'Breakfast', options: ['No', 'Yes'] }, { id: 9, role: 'button', text: 'Save' }];
    const saved = [{ index: 0, observation: { text: '', elements: breakfast }, action: { type: 'click', target: { elementId: 9 } }, targets: [{ role: 'button', text: 'Save' }] }] as unknown as Step[];
    const demo = 'Book this stay. Room: Double, Parking: No. Then press Save.';
    const task = 'Book this stay. Room: Twin, Parking: Yes. Then press Save.';
    expect(untouchedOptionProblems(demo, task, saved, [], [{ old: ['No'], new: ['Yes'], list: false, kind: 'text' }])).toEqual([]);
    expect(untouchedOptionProblems(demo, task, saved)).toHaveLength(1);
  });
});
