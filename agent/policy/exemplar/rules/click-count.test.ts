import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { tokenizeTask } from '../task-tokens.js';
import { markClickCounts, saysChangeBy, saysRemainderOf } from './click-count.js';
import { markStepperTargets } from './stepper-target.js';

const click = (target: { x: number; y: number } | { elementId: number }, sourceIndex: number): PlannedStep => ({
  sourceIndex,
  bindings: [],
  step: { observation: { text: '', elements: [] }, action: { type: 'click', target }, targets: [] } as unknown as Step,
});
const demonstration = (count: number): PlannedStep[] => [...Array.from({ length: count }, (_, index) => click({ x: 146, y: 71 }, index)), click({ elementId: 4 }, count)];
const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'number' });

describe('a number carried out as that many identical clicks', () => {
  it('repeats the click as many times as the new number of the same sign, and uses the slot', () => {
    const steps = demonstration(3);
    const unused = [slot('3', '7')];
    markClickCounts(steps, unused, unused, []);
    expect(steps).toHaveLength(8);
    expect(steps.slice(0, 7).every((step) => JSON.stringify(step.step.action) === JSON.stringify({ type: 'click', target: { x: 146, y: 71 } }))).toBe(true);
    expect(unused).toHaveLength(0);
  });

  it('clicks none for 0', () => {
    const steps = demonstration(8);
    const zero = [slot('-8', '0')];
    markClickCounts(steps, zero, zero, []);
    expect(steps).toHaveLength(1);
  });

  it('marks a number of the other sign unused (another control) even where it seemed used, and leaves a run of another length alone', () => {
    const steps = demonstration(3);
    const signed = slot('3', '-3');
    const unused: TaskSlot[] = [];
    markClickCounts(steps, [signed], unused, []);
    expect(steps).toHaveLength(4);
    expect(unused).toHaveLength(1);
    const other = [slot('4', '6')];
    markClickCounts(steps, other, other, []);
    expect(other).toHaveLength(1);
  });

  it('reads a minus sign written against a number as part of it, a spaced dash as a mark', () => {
    expect(tokenizeTask('Select -8 with the spinner').map((token) => token.text)).toContain('-8');
    expect(tokenizeTask('pages 5 - 10').map((token) => token.text)).toEqual(['pages', '5', '-', '10']);
  });
});

describe('a run that stepped a counter up from 0 to its number (a quantity set from 0)', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  const press = (text: string, context: string, sourceIndex: number, elementId = 5): PlannedStep => ({
    sourceIndex,
    bindings: [],
    step: { observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId } }, targets: [{ role: 'button', tag: 'button', text, context, box }] } as unknown as Step,
  });
  const textSlot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'text' });
  /** "Remove the bananas, then set olive oil to 3." on a basket whose olive oil stood at 0: "+" three times, 0 → 3. */
  const fromZero = () => [
    press('Remove', 'Bananas £2.00 each − 3 + Remove', 0, 7),
    press('+', 'Olive oil £2.00 each − 0 + Remove', 1),
    press('+', 'Olive oil £2.00 each − 1 + Remove', 2),
    press('+', 'Olive oil £2.00 each − 2 + Remove', 3),
    press('Proceed to checkout', 'Total £20.00', 4, 9),
  ];
  const plan = (demoTask: string, task: string, slots: TaskSlot[]) => {
    const steps = fromZero();
    const unused: TaskSlot[] = [];
    markClickCounts(steps, slots, unused, [], { demoTask, task });
    markStepperTargets(steps, { slots, unusedSlots: unused, notes: [] });
    return { presses: steps.filter((planned) => planned.clickCount !== undefined).length, target: steps.find((planned) => planned.stepperTarget)?.stepperTarget?.wanted };
  };

  it('is a target stepped from wherever this page starts ("set pasta to 5" on a row at 2 is 5 pasta, not 2 + 5)', () => {
    const slots = [textSlot('Bananas', 'Tomatoes'), textSlot('Olive oil', 'Pasta'), slot('3', '5')];
    expect(plan('Remove the bananas, then set olive oil to 3.', 'Remove the tomatoes, then set pasta to 5.', slots)).toEqual({ presses: 0, target: 5 });
  });

  it('stays a count of presses where a text says a change by its number ("3 more", "5 times", "add 3", "twice")', () => {
    expect(plan('Add 3 more olive oil, then check out.', 'Add 5 more pasta, then check out.', [textSlot('Olive oil', 'Pasta'), slot('3', '5')])).toEqual({ presses: 5, target: undefined });
    expect(plan('Click the + button 3 times.', 'Click the + button 5 times.', [slot('3', '5')])).toEqual({ presses: 5, target: undefined });
    expect(plan('Add 3 olive oil.', 'Add 5 olive oil.', [slot('3', '5')])).toEqual({ presses: 5, target: undefined });
    expect(plan('Press + three times.', 'Press + twice.', [slot('three', 'twice')])).toEqual({ presses: 2, target: undefined });
  });

  it('reads which texts say a change by a number', () => {
    expect(['Add 3 more olive oil', 'click the button 5 times', 'add 3', 'increase it by 2', 'press + twice', 'give it 4 clicks', 'two fewer pasta'].map(saysChangeBy)).toEqual([true, true, true, true, true, true, true]);
    expect(['Remove the bananas, then set olive oil to 3.', 'Select 3 with the spinner', 'Make it six olive oil', 'more than 3 guests? no'].map(saysChangeBy)).toEqual([false, false, false, false]);
  });
});

// row-set.review33: "Leave two mugs" was planned as two presses of "−"; a count of what stays is no number of presses.
describe('saysRemainderOf', () => {
  it('reads a count as what is to remain after "leave", "keep", "only" or before "left", "remaining"', () => {
    for (const text of ['Leave two mugs, then click Save.', 'Keep 2 mugs.', 'Remove mugs until two are left.', 'Only two mugs, please.', 'Make it two remaining.']) {
      expect(saysRemainderOf(text, 2), text).toBe(true);
    }
  });
  it('reads no remainder in a count of presses or things taken ("Take away two mugs", "two mugs from the left shelf")', () => {
    for (const text of ['Take away two mugs, then click Save.', 'Remove 2 mugs.', 'Remove two mugs from the left shelf.']) {
      expect(saysRemainderOf(text, 2), text).toBe(false);
    }
    expect(saysRemainderOf('Leave the cart with 3 mugs removed.', 3)).toBe(false);
  });
});
