/**
 * Rule: a number the task gives as a value is no rank. "Set Adults to 2",
 * "Adults: 2", "2 adults", "type 2 in Adults" set a field to 2; the
 * demonstration's closing button may happen to be the 2nd button, and the new
 * task's "set Adults to 3" must not send the click to a 3rd (ranked-pick.ts).
 * A number is a value when the task counts a noun with it or sets a label to
 * it (counted-items.ts), or when a demonstrated step typed or chose it. Nor is
 * the closing control a ranked element (`closingNotRanked`). Pure functions.
 */
import { countedItems } from '../counted-items.js';
import { countValue } from '../number-words.js';
import { enteredValue } from '../../../core/action.js';
import type { PlannedStep } from '../planned-step.js';
import type { UIElement } from '../../../core/observation.js';
import { closingPartOf } from './closing-control.js';
import { elementPurpose } from './control-purpose.js';
import { ordinalValue } from './ordinal-noun.js';
import { sameNoun } from '../word-forms.js';

/** The numbers `demoTask` and its demonstrated steps use as values (see the head of this file). */
export function valueNumbers(demoTask: string, steps: readonly PlannedStep[]): Set<number> {
  const values = new Set(countedItems(demoTask).map((item) => Number(item.value)));
  for (const { step } of steps) {
    const entered = enteredValue(step.action);
    const value = entered === undefined ? undefined : countValue(entered);
    if (value !== undefined && /^\s*\S+\s*$/.test(entered!)) values.add(value);
  }
  return values;
}

/**
 * The control that sends or closes its form (closing-control.ts; a button captioned to commit,
 * close or cancel, control-purpose.ts) is no ranked pick unless the
 * task's ordinal counts its own kind ("the 2nd button"): "Open the first message" that ended
 * with Save does not make Save "the first" of anything. `final`: the click was the demonstration's last action, so
 * the page's one button that may send is its closing control ("Proceed to checkout" under a basket's steppers).
 */
export function closingNotRanked(element: UIElement, elements: readonly UIElement[], demoTask: string, final = false): boolean {
  if (!closingPartOf(element, elements, final) && !(element.role === 'button' && elementPurpose(element) !== undefined)) return false;
  const counted = [...demoTask.matchAll(/(?<![\p{L}\p{N}])(\d+(?:st|nd|rd|th)?|\p{L}+)\s+(\p{L}+)/gu)]
    .filter((match) => ordinalValue(match[1]!) !== undefined)
    .map((match) => match[2]!);
  return !counted.some((noun) => sameNoun(noun, element.role));
}
