/**
 * Rule: a number the task gives as a value is no rank. "Set Adults to 2",
 * "Adults: 2", "2 adults", "type 2 in Adults" set a field to 2; the
 * demonstration's closing button may happen to be the 2nd button, and the new
 * task's "set Adults to 3" must not send the click to a 3rd (ranked-pick.ts).
 * A number is a value when the task counts a noun with it or sets a label to
 * it (counted-items.ts), or when a demonstrated step typed or chose it.
 * Pure function.
 */
import { countedItems } from '../counted-items.js';
import { countValue } from '../number-words.js';
import type { PlannedStep } from '../planned-step.js';

/** The numbers `demoTask` and its demonstrated steps use as values (see the head of this file). */
export function valueNumbers(demoTask: string, steps: readonly PlannedStep[]): Set<number> {
  const values = new Set(countedItems(demoTask).map((item) => Number(item.value)));
  for (const { step } of steps) {
    const entered = step.action.type === 'type' ? step.action.text : step.action.type === 'select' ? step.action.option : undefined;
    const value = entered === undefined ? undefined : countValue(entered);
    if (value !== undefined && /^\s*\S+\s*$/.test(entered!)) values.add(value);
  }
  return values;
}
