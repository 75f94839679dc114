/**
 * The counter a run of presses moved: the one whole number of the pressed
 * control's surroundings (its recorded context: "Olive oil £2.00 each − 2 +
 * Remove") that moved by one at each press while all else stayed. Read by
 * rules/click-count.ts (a run that stepped a counter from 0 to its number is
 * no count of presses) and rules/stepper-target.ts (a run that stepped one to
 * its number is a target). Pure.
 */

const WHOLE = /^\d+$/;

/** The context's words, numbers and glyphs, in order. */
const partsOf = (context: string | undefined): string[] => (context ?? '').split(/\s+/).filter((part) => part !== '');

/**
 * The counter a run of clicks moved: the one place of its targets' contexts
 * holding a whole number that moved by one per press (all else the same),
 * as [first value, direction]; undefined when the contexts read no such one.
 */
export function counterRun(contexts: readonly (string | undefined)[]): { start: number; direction: 1 | -1 } | undefined {
  if (contexts.length === 0) return undefined;
  const parts = contexts.map(partsOf);
  const width = parts[0]!.length;
  if (width === 0 || parts.some((list) => list.length !== width)) return undefined;
  const found: { start: number; direction: 1 | -1 }[] = [];
  for (let place = 0; place < width; place++) {
    const values = parts.map((list) => list[place]!);
    if (!values.every((value) => WHOLE.test(value))) continue;
    const numbers = values.map(Number);
    if (numbers.length === 1) {
      found.push({ start: numbers[0]!, direction: 1 });
      continue;
    }
    const direction = numbers[1]! - numbers[0]!;
    if ((direction === 1 || direction === -1) && numbers.every((value, index) => value === numbers[0]! + index * direction)) found.push({ start: numbers[0]!, direction });
  }
  // Every other place unchanged across the presses: only the counter moved.
  if (contexts.length > 1) {
    const moving = Array.from({ length: width }, (_, place) => new Set(parts.map((list) => list[place])).size > 1).filter(Boolean).length;
    if (moving !== 1) return undefined;
  }
  return found.length === 1 ? found[0] : undefined;
}
