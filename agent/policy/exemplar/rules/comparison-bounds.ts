/**
 * Words beside a number or a comparison that make it a bound or another rank:
 * "fewer than 14 unread" and "at least 14" are bounds, not the row showing 14;
 * "the second most unread" is a rank, not the most unread. Shared by the
 * rules that read a comparison as a choice — comparison-values.ts (a
 * comparison as a value), value-choice.ts (a number in a comparison's place),
 * extreme-pick.ts (the row holding the extreme) — so that none of them reads
 * a bound or a rank as the extreme itself.
 *
 * Pure functions, no task knowledge.
 */
import { isOrdinalWord } from './ordinal-noun.js';
import { stem } from '../word-forms.js';

/** Words that make a number or a comparison beside them a bound or another rank ("fewer than 14", "at least 14", "14 or more"). */
const COMPARATIVE_WORDS: ReadonlySet<string> = new Set(['fewer', 'more', 'less', 'greater', 'than', 'over', 'under', 'above', 'below', 'least', 'most']);

/** The words of `text` before `start` and after `end`, lower case, nearest first. */
function wordsAround(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const words = (part: string) => part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { before: words(text.slice(0, start)).reverse(), after: words(text.slice(end)) };
}

/** An ordinal word or a suffixed digit ordinal ("second", "2nd"). */
const isOrdinal = (word: string | undefined): boolean => word !== undefined && (isOrdinalWord(word) || /^\d+(?:st|nd|rd|th)$/.test(word));

/** Does an ordinal stand right before `start` of `text` ("the second most unread", "the 2nd-cheapest")? */
export function rankedBefore(text: string, start: number): boolean {
  return isOrdinal(wordsAround(text, start, start).before[0]);
}

/**
 * Does a comparative or an ordinal stand next to the span `start`–`end` of `text` ("than 14", "at least 14",
 * "14 or more", "the second most unread")?
 */
export function qualified(text: string, start: number, end: number): boolean {
  const { before, after } = wordsAround(text, start, end);
  if (isOrdinal(before[0]) || COMPARATIVE_WORDS.has(before[0] ?? '')) return true;
  if (before[0] === 'the' && isOrdinal(before[1])) return true;
  const next = after[0] === 'or' ? after[1] : after[0];
  return COMPARATIVE_WORDS.has(next ?? '') || isOrdinal(next);
}

/** Does the word after the number at `start`–`end` of `text` name one of `measure`'s words ("14 unread" of "most unread")? */
export function countsMeasure(text: string, start: number, end: number, measure: readonly string[] | undefined): boolean {
  const noun = wordsAround(text, start, end).after[0];
  return measure !== undefined && noun !== undefined && measure.some((word) => stem(word) === stem(noun));
}
