/**
 * Rule: an ordinal the task writes as a word ("the second link", "the third item", "the last
 * checkbox") picks by position among the elements of the kind the demonstration clicked, just as
 * a written number does ("the 3rd item", rules/ranked-pick.ts) — never the demonstration's own
 * position, and never the element that happens to carry the demonstration's caption.
 *
 * Planning half (ranked-pick.ts): a slot whose old and new values are ordinals — digits ("3rd")
 * or words ("third", "last") — rebinds the ranked pick; "last" counts from the end (-1).
 * An ordinal word both tasks share ("first name") is wording, not a position: only slots count.
 * Grounding half (ground-plan-step.ts): `pickIndex` turns the pick into the index among the
 * elements of that kind on screen; a pick counted from the end refuses while a pager could
 * still show more (the last one is not known until the list ends).
 */
import { ordinalOf } from '../number-words.js';

const WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const FROM_END: Record<string, number> = { last: -1, 'second last': -2, 'second to last': -2, 'second-to-last': -2, 'next to last': -2, penultimate: -2 };

/** "3", "3rd", "third" → 3; "last" → -1 (from the end); anything else → undefined. */
export function ordinalValue(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase().replace(/^the\s+/, '');
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(trimmed);
  if (digits) return Number(digits[1]);
  const word = WORDS.indexOf(trimmed);
  if (word >= 0) return word + 1;
  return FROM_END[trimmed];
}

/** Is this an ordinal written as a word ("second", "last") rather than digits? */
export function isOrdinalWord(text: string): boolean {
  return ordinalValue(text) !== undefined && !/\d/.test(text);
}

/** The 0-based index a ranked pick stores for an ordinal: n − 1 from the start, a negative one from the end. */
export function pickIndexOf(ordinal: number): number {
  return ordinal > 0 ? ordinal - 1 : ordinal;
}

/** "3rd", "last", "2nd from the end": an ordinal for a user to read. */
export function ordinalText(index: number): string {
  if (index === -1) return 'last';
  if (index < 0) return `${ordinalOf(-index)} from the end`;
  return ordinalOf(index + 1);
}

/**
 * The index among the `here` elements of the pick's kind on this page, given `seen` on earlier
 * pages; undefined when a pick from the end cannot be placed yet (a pager may show more).
 */
export function pickIndex(index: number, seen: number, here: number, hasPager: boolean): number | undefined {
  if (index >= 0) return index - seen;
  return hasPager ? undefined : here + index;
}
