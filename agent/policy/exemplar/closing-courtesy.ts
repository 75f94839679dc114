/**
 * Courtesies that close or open a request ("Thanks!", "Thank you very much.",
 * "Cheers", "Please.", "Hi!", "When you get a moment,") ask for nothing: a sentence made only of them
 * is no clause of the task (task-clauses.ts), whether one task text has it and
 * the other not. A sentence with anything else in it ("Thanks, then click
 * Save") is not such a courtesy, and a quoted "Thanks" is a value.
 *
 * Pure functions over tokens, no task knowledge.
 */
import { tokenizeTask, type TaskToken } from './task-tokens.js';

/** Words that make up a courtesy sentence (lower-cased). */
const COURTESY_SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'thanks', 'thank', 'you', 'thx', 'ty', 'cheers', 'please', 'pls', 'much', 'very', 'so', 'a', 'lot', 'many',
  'in', 'advance', 'appreciated', 'appreciate', 'it', 'hi', 'hello', 'hey', 'ok', 'okay', 'great', 'regards', 'best',
]);

/** Words of which a courtesy sentence needs one: "you" or "very much" alone thank nobody. */
export const COURTESY_HEADS: ReadonlySet<string> = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers', 'please', 'pls', 'appreciated', 'hi', 'hello', 'hey', 'regards']);

/** Phrases that only say "whenever it suits you" ("When you get a moment, answer Oscar …"). */
const COURTESY_PHRASES: readonly string[] = [
  'when you get a moment', 'when you have a moment', 'when you get a chance', 'when you have a chance', 'when you can',
  'whenever you can', 'if you can', 'if you could', 'if possible', 'if you would', 'at your convenience', 'if you do not mind',
];

/** Is a run of tokens (one sentence or clause, its marks aside) only a courtesy? */
export function isCourtesyOnly(tokens: readonly TaskToken[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'punctuation' && token.kind !== 'separator');
  if (words.length === 0 || words.length > 6) return false;
  const phrase = words.map((token) => (token.kind === 'word' ? token.norm : '\u0000')).join(' ');
  if (COURTESY_PHRASES.includes(phrase)) return true;
  if (!words.every((token) => token.kind === 'word' && COURTESY_SENTENCE_WORDS.has(token.norm))) return false;
  return words.some((token) => COURTESY_HEADS.has(token.norm));
}

/** A list's items without the courtesies opening or closing it ("…, priority Normal, thanks"): no items of the list. */
export function withoutCourtesyEnds(items: readonly string[]): string[] {
  let start = 0;
  let end = items.length;
  while (end > start && isCourtesyOnly(tokenizeTask(items[end - 1]!))) end--;
  while (start < end && isCourtesyOnly(tokenizeTask(items[start]!))) start++;
  return items.slice(start, end);
}
