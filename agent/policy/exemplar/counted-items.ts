/**
 * Counts a task gives together with what they count, however written:
 * "2 adults and 3 kids", "two adults", "adults: 2, children: 3",
 * "Adults = 2", "set Adults to 2", "type 2 in Adults". Each is one item: a
 * count and the noun it counts. Two task texts pair their items by the noun
 * (one noun for one or several: "adult" / "adults", "child" / "children"),
 * whatever their order, so "4 adults and 1 children" → "1 adults and 2
 * children" reads adults 4 → 1 and children 1 → 2 — never "the 4 becomes 1
 * wherever it was typed". A noun counted twice in one text pairs with
 * nothing. Pure functions, no task knowledge.
 */
import { NUMBER_WORD_PATTERN, numberWordValue } from './number-words.js';
import { sameNoun } from './word-forms.js';

export interface CountedItem {
  /** The count as written ("2", "two"). */
  count: string;
  /** Its value as digits ("2"). */
  value: string;
  /** The noun counted, as written ("adults", "Kids"). */
  noun: string;
}

export interface CountPair {
  noun: string;
  /** The count as the demonstration's task wrote it, and as the new task does. */
  old: CountedItem;
  new: CountedItem;
}

const COUNT = `(?:\\d+|${NUMBER_WORD_PATTERN})`;
/** Words after a count that are no noun counted (a repetition, a measure of time or a direction word). */
const NOT_NOUNS = new Set(['times', 'time', 'more', 'fewer', 'less', 'extra', 'of', 'and', 'or', 'to', 'in', 'the', 'a', 'an', 'at', 'for', 'per', 'by', 'on', 'then']);
/** Words set to a count that name no noun counted ("set it to 5"). */
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'one', 'each', 'all', 'value', 'number', 'count', 'quantity', 'field']);
/**
 * Noun, then a count it is set to: "adults: 2", "Adults = 2", "set adults to 2" / "change the number of kids to 3"
 * (after a verb that sets a value, in any case), "Adults to 2" / "Adults as 2" (else a label as written,
 * capitalised: "send it to 7" is no count) — the count ending its phrase, not counting a noun of its own ("show: 4 adults").
 */
const NOUN_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\p{L}+)\\s*(?::|=)|(?:[Ss]et|[Cc]hange|[Mm]ake)\\s+(?:the\\s+)?(?:number\\s+of\\s+)?(\\p{L}+)\\s+(?:to|as)|(\\p{Lu}\\p{L}*)\\s+(?:to|as))\\s+(${COUNT})(?=\\s*(?:[,;)!?]|\\.(?!\\d)|$|\\s(?:and|then|or|in|for|please)\\b))`, 'gu');
/**
 * A count, then what it counts: "2 adults", "two kids"; "2 in Adults", "2 into Adults". Not digits after a currency
 * sign: "the $125 item" is an item that costs 125, not 125 items.
 */
const COUNT_FIRST = new RegExp(`(?<![\\p{L}\\p{N}\\p{Sc}.:,/-])(${COUNT})\\s+(?:(?:in|into)\\s+(?:the\\s+)?)?(\\p{L}+)`, 'giu');

const valueOf = (count: string) => (/^\d+$/.test(count) ? String(Number(count)) : numberWordValue(count)!);

/** The count-and-noun items of a task text, in order (see the head of this file). */
export function countedItems(text: string): CountedItem[] {
  const items: { at: number; item: CountedItem }[] = [];
  const taken = new Set<number>();
  for (const match of text.matchAll(NOUN_FIRST)) {
    const noun = (match[1] ?? match[2] ?? match[3])!;
    const count = match[4]!;
    if (NOT_NOUNS.has(noun.toLowerCase()) || PRONOUNS.has(noun.toLowerCase()) || numberWordValue(noun) !== undefined) continue;
    const countAt = (match.index ?? 0) + match[0].length - count.length;
    taken.add(countAt);
    items.push({ at: match.index ?? 0, item: { count, value: valueOf(count), noun } });
  }
  for (const match of text.matchAll(COUNT_FIRST)) {
    const at = match.index ?? 0;
    const noun = match[2]!;
    if (taken.has(at) || NOT_NOUNS.has(noun.toLowerCase()) || numberWordValue(noun) !== undefined) continue;
    // Digits before a capitalised name are a house number or a model, not a count ("7 Mill Lane"), unless "in"/"into" led there.
    if (/^\d/.test(match[1]!) && /^\p{Lu}/u.test(noun) && !/\s(?:in|into)\s/iu.test(match[0])) continue;
    items.push({ at, item: { count: match[1]!, value: valueOf(match[1]!), noun } });
  }
  return items.sort((a, b) => a.at - b.at).map(({ item }) => item);
}

/**
 * The items of `demoTask` and `task` paired by their noun: every noun counted
 * once in each text. Nouns counted in one text only, or twice in either, are left out.
 */
export function countPairs(demoTask: string, task: string): CountPair[] {
  const [old, now] = [countedItems(demoTask), countedItems(task)];
  const once = (items: CountedItem[], noun: string) => items.filter((item) => sameNoun(item.noun, noun));
  return old.flatMap((item) => {
    const [olds, news] = [once(old, item.noun), once(now, item.noun)];
    return olds.length === 1 && news.length === 1 ? [{ noun: item.noun, old: item, new: news[0]! }] : [];
  });
}
