/**
 * The one list of negation words: words that turn what follows them into its
 * opposite ("Do not tick …", "without a receipt", "all except Bob", "none
 * else", "can't", "nor"). meaning-words.ts (a negation in one task text only
 * or in an unfollowed slot), paraphrase-align.ts and rules/kind-by-places.ts
 * (a negation the demonstration's task did not say) read negations here.
 *
 * A written "no" is not always one: "No. 5" / "No 12" is a number's
 * abbreviation, and "Breakfast: No" or "Set Smoking to No." names an option's
 * value. `negationsIn` leaves those out: a "no" / "none" right after a
 * label's colon or written with a capital inside a sentence, standing alone
 * before a comma, a full stop or the end; and a "no" before a number.
 *
 * Pure; no task knowledge.
 */
import { wordsOf } from '../intent-words.js';

/** Negation words (lower case, as `wordsOf` gives them); contractions in n't are negations too (`isNegation`). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'except', 'unless', 'nor', 'neither', 'nothing', 'none', 'cannot', 'dont',
]);

/**
 * Exclusion words: words that take what they stand beside out of a set rather than name it ("every day excluding
 * Sunday", "besides Friday", "apart from …", "skip Mondays", said before the items; "weekends excluded", "Sundays
 * omitted", "weekends left out", "weekends aside", said after them). Read beside the negations (`isNegation`): "all
 * except Bob" is both. Lower case, as `wordsOf` gives them.
 */
export const EXCLUSION_WORDS: ReadonlySet<string> = new Set([
  'except', 'excepting', 'excepted', 'excluding', 'exclude', 'excluded', 'exempted', 'besides', 'apart', 'aside',
  'omit', 'omitting', 'omitted', 'skip', 'skipping', 'skipped', 'leave', 'leaving', 'left', 'minus',
]);

/** Is this lower-cased word a negation ("not", "never", "don't", "can’t" …)? */
export function isNegation(word: string): boolean {
  return NEGATION_WORDS.has(word) || /^\p{L}+n['’]t$/u.test(word);
}

/**
 * The text with each "no" that negates nothing blanked out (same length): a
 * number's abbreviation ("No. 5", "no 12") and an option's value ("Breakfast:
 * No,", "… to None.").
 */
export function withoutValueNo(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text
    // "No. 5", "no. 12", "No 7": a number's abbreviation.
    .replace(/\bno\.?(?=\s*\d)/giu, blank)
    // "Breakfast: No," / "Smoking = none": a label's value, standing alone.
    .replace(/(?<=[:=]\s*)(?:no|none)(?=\s*(?:[,;.!?)]|$))/giu, blank)
    // "Set Smoking to No." — capitalised inside a sentence, standing alone: an option's caption.
    .replace(/(?<=[\p{L}\p{N},]\s+)(?:No|None)(?=\s*(?:[,;.!?)]|$))/gu, blank);
}

/** A stretch of a text (a value: value-spans.ts) that is left out when negations are read. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The negation words of a text outside `values`, in order ("no" as a value or a number's abbreviation left out). */
export function negationsIn(text: string, values: readonly TextSpan[] = []): string[] {
  let masked = text;
  for (const span of values) masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  return wordsOf(withoutValueNo(masked)).filter(isNegation);
}

/**
 * The first negation word `text` says outside its values that `other` does not
 * (word by word: "never" where the other said "not" counts), else undefined.
 */
export function addedNegation(other: string, text: string, otherValues: readonly TextSpan[] = [], textValues: readonly TextSpan[] = []): string | undefined {
  const known = new Set(negationsIn(other, otherValues));
  return negationsIn(text, textValues).find((word) => !known.has(word));
}
