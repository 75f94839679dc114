/**
 * What a card of a list shows, read as a person reads it for the values a task names (rules/row-deed.ts): a day and
 * month however written, and only where the card writes one day; an amount only in its currency; a bare number only
 * written as a reference ("#40", "Order 40"), never a price or a quantity; a word only in an entry of the card holding
 * no other word than the task's — other capitalised words only in the card's title line, its name ("Sara" is "Sara
 * Lindqvist", never the note "Backup: Sara Lindqvist"). Pure functions over texts.
 */
import { escapeRegExp } from '../../../core/reg-exp.js';
import { casedWords } from '../intent-words.js';
import { MONTH_NAMES, monthOfWord } from '../date-parts.js';
import { showsValue } from '../row-keys.js';
import { COURTESY_WORDS, FUNCTION_WORDS, POSSESSIVES, PRONOUNS } from '../task-tokens.js';

/**
 * Words a task only speaks with — function, courtesy, pronoun and possessive words, persons, auxiliaries, greetings —
 * naming nothing a card shows. Any other word ("one", "and") is a value a card must show.
 */
export const SPEAKING_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS, ...COURTESY_WORDS, ...PRONOUNS, ...POSSESSIVES,
  'they', 'he', 'she', 'we', 'you', 'i', 'me', 'us', 'is', 'are', 'was', 'be', 'do', 'does', 'did', 'have', 'has', 'had',
  'can', 'could', 'would', 'will', 'should', 'want', 'need', 'like', 'again', 'thanks', 'thank', 'hi', 'hello', 'ok', 'okay',
]);

/** Currency signs and the words naming each ("42.50 dollars" is "$42.50", never "£42.50"). */
const CURRENCY_WORDS: Record<string, readonly string[]> = { '£': ['pound', 'pounds', 'quid', 'gbp'], $: ['dollar', 'dollars', 'bucks', 'usd'], '€': ['euro', 'euros', 'eur'] };
const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?`;
const CURRENCY_WORD = Object.values(CURRENCY_WORDS).flat().join('|');
/** An amount with its currency: "£42.50", "$ 9", "42.50 dollars", "131.49 pounds". */
const MONEY = new RegExp(String.raw`([£$€])\s?(${AMOUNT})(?![\d])|(?<![\p{L}\p{N}.,])(${AMOUNT})\s*(${CURRENCY_WORD})(?![\p{L}])`, 'giu');

/** The amounts a text writes with their currency, each as sign and number ("£42.50"), with where each stands. */
export function amountsIn(text: string): { value: string; sign: string; amount: string; index: number; end: number }[] {
  return [...text.matchAll(MONEY)].map((match) => {
    const sign = match[1] ?? Object.entries(CURRENCY_WORDS).find(([, words]) => words.includes(match[4]!.toLowerCase()))![0];
    const amount = match[2] ?? match[3]!;
    return { value: `${sign}${amount}`, sign, amount, index: match.index, end: match.index + match[0].length };
  });
}

/** A month's name, whole or cut to three letters or more ("Sep", "Sept", "September"). */
const MONTH = `(${MONTH_NAMES.map((name) => `${name.slice(0, 3)}(?:${name.slice(3).split('').map((letter, index, letters) => letters.slice(0, index + 1).join('')).reverse().join('|')})?`).join('|')})`;
/** A day and a month in either order, the day maybe ordinal, maybe "the 4th of June": "4 June", "June 4th", "the 21st of September". */
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?(?![\p{L}])|(?<![\p{L}])${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])`, 'giu');

/** The days of the year a text writes by day and month (month × 100 + day), with where each stands. */
export function daysIn(text: string): { day: number; index: number; end: number }[] {
  return [...text.matchAll(DAY_MONTH)].flatMap((match) => {
    const month = monthOfWord(match[2] ?? match[3]!);
    const day = Number(match[1] ?? match[4]);
    return month >= 1 && day >= 1 && day <= 31 ? [{ day: month * 100 + day, index: match.index, end: match.index + match[0].length }] : [];
  });
}

/** Does a card's text show the value: a day and month as any writing of that day, else as whole words or a number? */
export function cardShows(text: string, value: string): boolean {
  const [day, ...more] = daysIn(value);
  if (day && more.length === 0 && day.index === 0 && day.end === value.length) return daysIn(text).some((shown) => shown.day === day.day);
  // An amount with its currency shows only in that currency ("£42.50" is never "$42.50").
  const [money, ...moreMoney] = amountsIn(value);
  if (money && moreMoney.length === 0 && money.index === 0 && money.end === value.length) return amountsIn(text).some((shown) => shown.sign === money.sign && sameAmount(shown.amount, money.amount));
  // A number is never read inside a date ("order 14" is not the order placed on 14 Jun).
  return showsValue(withoutDates(text), value);
}

const sameAmount = (one: string, other: string) => Number(one.replace(/,/g, '')) === Number(other.replace(/,/g, ''));

/** The text with its dates blanked: days and months, and numeric dates ("2026-06-14", "14/06/2026"). */
export function withoutDates(text: string): string {
  return text.replace(DAY_MONTH, (match) => ' '.repeat(match.length)).replace(/(?<![\d])\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d])/g, (match) => ' '.repeat(match.length));
}

/**
 * Does the card (its texts) show the value? A day the task names must be the card's one day: a card writing two
 * (ordered, delivered) cannot tell which is meant. A word must stand in an entry of the card (a line, or a part
 * between "·", ",", ":" …) holding no word beyond the task's (`alongside`) and speaking words: "kettle" is not the
 * entry "Kettle descaler" nor "Kettle Descaler", nor "Noah Nassar" the note "calls go to Noah Nassar". A word the task
 * capitalises may stand beside other capitalised words only in the card's title line (`title`, its name): "Sara" is
 * "Sara Lindqvist", but "Noah Nassar" is not "Backup: Noah Nassar" (a label binds its value, so ":" parts nothing
 * here), nor "Dijon" the note "Previously Dijon". The kind's word (`kind`: "order" of "Order #B5093 Processing",
 * shown by every card and telling none apart) may stand beside any capitalised word.
 */
export function cardShowsValue(card: readonly string[], value: string, alongside: readonly string[], where: { title?: string; kind?: boolean } = {}): boolean {
  const [day, ...more] = daysIn(value);
  if (day && more.length === 0 && day.index === 0 && day.end === value.length && new Set(card.flatMap((text) => daysIn(text).map((shown) => shown.day))).size > 1) return false;
  if (/^\p{N}+$/u.test(value)) return card.some((text) => referenceShown(withoutDates(text), value, alongside));
  if (!/^\p{L}+$/u.test(value)) return card.some((text) => cardShows(text, value));
  const told = toldBy(value, alongside);
  // Other capitalised words may stand beside it (a surname, a heading's "Placed", a team): a lower-case one makes the entry
  // a longer name or a sentence about something else.
  const named = /^\p{Lu}/u.test(value);
  return card.some((text) => text.split(named ? NAMED_ENTRY_SEPARATORS : ENTRY_SEPARATORS).some((entry) => cardShows(entry, value) && casedWords(entry).every((word) => told(word) || /\d/.test(word) || ((where.kind || (named && text === where.title)) && /^\p{Lu}/u.test(word)))));
}

/**
 * Does a text write the bare number as a reference: "#40", "No. 40", "number 40", or after a word of the task ("Order
 * 40" for "order 40")? Never a price ("£40"), a quantity ("Qty: 3") nor a count ("3 items"): a person reads "order 40"
 * as the order numbered 40.
 */
function referenceShown(text: string, value: string, alongside: readonly string[]): boolean {
  const words = alongside.filter((word) => /^\p{L}+$/u.test(word)).map(escapeRegExp);
  const before = [String.raw`#\s*`, String.raw`№\s*`, String.raw`(?<![\p{L}\p{N}])no\.?\s*`, String.raw`(?<![\p{L}\p{N}])number\s+#?`, ...(words.length > 0 ? [String.raw`(?<![\p{L}\p{N}])(?:${words.join('|')})\s+#?`] : [])];
  return new RegExp(`(?:${before.join('|')})${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Is a card's word one the task said (the value or a word beside it) or a speaking word, in any case? */
function toldBy(value: string, alongside: readonly string[]): (word: string) => boolean {
  const allowed = new Set([value, ...alongside].map((word) => word.toLowerCase()));
  return (word) => allowed.has(word.toLowerCase()) || SPEAKING_WORDS.has(word.toLowerCase());
}

/** What parts a card's line into entries: "Sales · Dijon", "Kettle, Lamp", "Backup: Noah Nassar". */
const ENTRY_SEPARATORS = /[·•,;|—–:/()\n]+/u;
/** The same, keeping a label with its value ("Backup: Noah Nassar"): where a name is looked for. */
const NAMED_ENTRY_SEPARATORS = /[·•,;|—–/()\n]+/u;

/** What parts a list of things in one line: "Kettle, Lamp", "Mug; Teapot", "Kettle & Lamp". */
const LIST_SEPARATORS = /[,;&+]|\band\b/u;

/**
 * The texts of a card that name other things than the task's values: word-only texts ("Lamp", "Final sale") whose
 * words the task did not say. `texts` are the card's own texts, one per element, captions of controls left out.
 */
export function otherThingsShown(texts: readonly string[], values: readonly string[]): string[] {
  const told = (word: string) => values.some((value) => toldBy(value, values)(word));
  return texts.filter((text) => /^[\p{L}\s'’-]+$/u.test(text.trim()) && !casedWords(text).every(told));
}

/**
 * Does the card show the value as one thing of a list holding others ("Kettle, Lamp" for "kettle")? An entry of only
 * the task's words beside an entry of other plain words: the card's deed would act on those too. Dates ("Jun 14,
 * 2026") and a card's whole text ("… 2026 #B5093 Kettle Track parcel") list nothing.
 */
export function valueAmongOthers(card: readonly string[], value: string, alongside: readonly string[]): boolean {
  const told = toldBy(value, alongside);
  return card.some((text) => {
    const entries = text.split(LIST_SEPARATORS).map((entry) => entry.trim()).filter((entry) => entry !== '');
    const own = entries.some((entry) => cardShows(entry, value) && casedWords(entry).every(told));
    return own && entries.some((entry) => /^[\p{L}\s'’-]+$/u.test(entry) && !casedWords(entry).every(told));
  });
}
