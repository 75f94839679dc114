/**
 * The English words that say how a quantity changes, shared by the two rules
 * that work a typed number out again (derived-values.ts, quantity-change.ts).
 * A file of its own so neither rule imports the other for them (an import
 * cycle, which test/architecture/import-boundaries.test.ts forbids).
 */
import { tokenizeTask } from '../task-tokens.js';

/**
 * Words that say how a quantity changes, by the way they change it: two
 * tasks must change it the same ways for the same arithmetic to hold
 * ("Remove 2" and "Lower … by 2" both take away; "Add" and "Lower" do not).
 */
export const CHANGE_WORDS: Record<string, string> = {
  add: 'up', more: 'up', increase: 'up', raise: 'up', extra: 'up', plus: 'up', another: 'up',
  remove: 'down', fewer: 'down', less: 'down', lower: 'down', reduce: 'down', decrease: 'down', minus: 'down', subtract: 'down', drop: 'down',
  times: 'times', double: 'times', triple: 'times', half: 'times', halve: 'times',
  set: 'to', need: 'to', change: 'to', total: 'to', make: 'to',
};

/** How a task says the quantity changes: the kinds of its change words ("up", "down", "times", "to"). */
export function changeWords(task: string): string[] {
  const kinds = tokenizeTask(task).flatMap((token) => (token.kind === 'word' && Object.prototype.hasOwnProperty.call(CHANGE_WORDS, token.norm) ? [CHANGE_WORDS[token.norm]!] : []));
  return [...new Set(kinds)].sort();
}

/** The change words a task uses, for reasons. */
export function changeWordsAsWritten(task: string): string[] {
  return tokenizeTask(task).flatMap((token) => (token.kind === 'word' && Object.prototype.hasOwnProperty.call(CHANGE_WORDS, token.norm) ? [token.text] : []));
}
