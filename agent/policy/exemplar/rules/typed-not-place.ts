/**
 * Rule: a number the demonstration typed, or chose in a drop-down, is a value, not a place.
 *
 * A demonstrated target's place among its siblings is rewritten when a
 * number of the task names it ("the 2nd field" → "the 4th field": the
 * binding 2nd → 4th, ground-target.ts). A number typed into a field is no
 * such place, even when it happens to equal one: "add 3 guests" typed "3"
 * into the third field of a form, and the new task's "a guest" must not send
 * the Hour step to the first field. Bindings whose old value any step of the
 * demonstration typed are left out of the places — and so are the day, month
 * and year of a date it typed ("2025-01-02": the day binding 2 → 25 names no
 * 25th field). An option chosen in a drop-down is a value the same way: "1"
 * chosen in the first of two count drop-downs (Adults, then Children) and the
 * new task's "2 adults" must not send the Adults step to the second drop-down
 * (party-counts seed 21, which then chose both counts in Children).
 *
 * Planning half (`typedTexts`): the texts the demonstration typed or chose.
 * Grounding half (`placeBindings`): the bindings that may name a place.
 * Pure functions.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import { normalizeText, type Binding } from '../text-match.js';
import { dateReadings } from './date-formats.js';
import { enteredValue } from '../../../core/action.js';

const typedCache = new WeakMap<Trajectory, readonly string[]>();

/** The texts the demonstration typed or chose (enteredValue), normalised. */
export function typedTexts(trajectory: Trajectory): readonly string[] {
  const cached = typedCache.get(trajectory);
  if (cached) return cached;
  const texts = [...new Set(trajectory.steps.flatMap((step) => {
    const entered = enteredValue(step.action);
    return entered === undefined ? [] : [normalizeText(entered)];
  }))];
  typedCache.set(trajectory, texts);
  return texts;
}

/** The bindings that may name a target's place: none whose old value was typed, or is a part of a date typed. */
export function placeBindings(bindings: readonly Binding[], typed: readonly string[] | undefined): readonly Binding[] {
  if (!typed || typed.length === 0) return bindings;
  const dateParts = new Set(typed.flatMap(dateReadings).flatMap((date) => [date.day, date.month, date.year]));
  return bindings.filter((binding) => !typed.includes(normalizeText(binding.old)) && !(/^\d+$/.test(binding.old.trim()) && dateParts.has(Number(binding.old))));
}
