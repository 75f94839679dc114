/**
 * Numbers written as words ("one small pizza", "five tickets"): a person
 * reads them as the digits a form field takes. Small cardinals only — larger
 * numbers are written with digits in task texts. The one vocabulary of
 * number words (value-spans.ts reads its number values with it too).
 *
 * Counts of a repeated action (countValue): digits or a number word, the
 * adverbs "once", "twice", "thrice", and "N times" ("press + twice" =
 * "press + 2 times").
 */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** Adverbs saying how many times: only ever counts. */
const TIMES = ['once', 'twice', 'thrice'];

/**
 * Counts said as a phrase a person reads as one number ("half a dozen guests" is 6 guests, "a dozen eggs" 12):
 * whole phrases only — "dozens of" or "a couple" say no exact count.
 */
const PHRASES: Readonly<Record<string, number>> = { 'half a dozen': 6, 'a dozen': 12 };

/** The number words and phrases, longest first, for patterns ("half\s+a\s+dozen|a\s+dozen|zero|one|…|twenty"). */
export const NUMBER_WORD_PATTERN = [...Object.keys(PHRASES).map((phrase) => phrase.replace(/ /gu, String.raw`\s+`)), ...WORDS].join('|');

/** The digits a number word or phrase stands for ("five" → "5", "half a dozen" → "6"), else undefined. */
export function numberWordValue(word: string): string | undefined {
  const written = word.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (Object.hasOwn(PHRASES, written)) return String(PHRASES[written]);
  const index = WORDS.indexOf(written);
  return index < 0 ? undefined : String(index);
}

/** The number word for a count's digits ("3" → "three"), else undefined (larger counts have none here). */
export function numberWordFor(digits: string): string | undefined {
  return /^\d+$/.test(digits.trim()) ? WORDS[Number(digits.trim())] : undefined;
}

/** The number words a text holds, as digits: "send one pizza for two" → ["1", "2"]. */
export function numberWordsIn(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).flatMap((word) => {
    const value = numberWordValue(word);
    return value === undefined ? [] : [value];
  });
}

/**
 * How many times a written count says: "3", "three", "twice", "3 times",
 * "two times", "once" (a whole non-negative count; a sign is kept: "-3" is -3);
 * undefined for anything else.
 */
export function countValue(text: string): number | undefined {
  const phrase = / /u.test(text.trim()) ? numberWordValue(text) : undefined;
  if (phrase !== undefined) return Number(phrase);
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length === 2 && /^times?$/.test(words[1]!)) words.pop();
  if (words.length !== 1) return undefined;
  const word = words[0]!.replace('−', '-');
  if (/^-?\d+$/.test(word)) return Number(word);
  const adverb = TIMES.indexOf(word);
  if (adverb >= 0) return adverb + 1;
  const value = numberWordValue(word);
  return value === undefined ? undefined : Number(value);
}

/** Is the word a count adverb ("once", "twice", "thrice")? */
export const isTimesWord = (word: string): boolean => TIMES.includes(word.trim().toLowerCase());

/**
 * "a" / "an" before what is counted ("add a guest" where the demonstration
 * said "add 3 guests"): a count of one, written "one". Only where a count is
 * expected — the caller has the other text's count at the same place —; an
 * article is no value anywhere else.
 */
export function articleCount(word: string): string | undefined {
  return /^an?$/i.test(word.trim()) ? 'one' : undefined;
}

/** A number written as an ordinal in digits: 1 → "1st", 12 → "12th", 23 → "23rd". */
export function ordinalOf(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
