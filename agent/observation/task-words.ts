/**
 * Word overlap between the task and an element's text: the relevance signal
 * of the state abstraction. Words are lower-cased letter/digit runs; very
 * common English words and words shorter than two characters say nothing
 * about relevance and are ignored.
 */

const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or that the their then there these this to was were ' +
    'will with you your click select enter type choose press find then them all any each which what when where who how'
  ).split(' '),
);

/** The meaningful words of a text, lower case. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
}

/** Text with case, punctuation and spacing normalised, for equality tests. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How much of an element's text the task mentions: the number of the text's
 * distinct content words that occur in the task (0 when none do).
 */
export function taskOverlap(taskWords: ReadonlySet<string>, text: string): number {
  if (taskWords.size === 0 || !text) return 0;
  let hits = 0;
  for (const word of new Set(contentWords(text))) if (taskWords.has(word)) hits++;
  return hits;
}
