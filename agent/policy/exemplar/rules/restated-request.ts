/**
 * A request clause that only restates what the rest of the task asks: "Jonah
 * Nowak is still waiting on $101 for pizza night. Can you transfer it?" — the
 * question is the sentence's one action, sending, asked of a pronoun; "I owe
 * Anika Kim 89.81 dollars for pizza night - please send it." asks the same
 * action in another clause. Such a clause is no extra action the new task
 * leaves out (rules/task-clauses.ts): its steps are the task's own.
 *
 * The clause qualifies when, its courtesy words ("can you", "please",
 * "would you mind") and pronoun objects ("it", "them") aside, it holds only
 * intent phrases (intent-words.ts: "transfer" asks what "send" and "pay" ask)
 * and the other task asks each of those intents in some clause. A clause
 * naming anything else ("Can you also archive it?", "transfer it to Bob")
 * stays a clause of its own.
 *
 * Pure; no task knowledge.
 */
import { intentMatches, wordsOf } from '../intent-words.js';
import type { TaskClause } from '../task-clauses.js';

/** Words of asking politely, and pronoun objects, that say nothing of what is asked. */
export const COURTESY: ReadonlySet<string> = new Set([
  'can', 'could', 'would', 'will', 'you', 'please', 'kindly', 'just', 'go', 'ahead', 'and', 'mind', 'for', 'me', 'us',
  'it', 'them', 'this', 'that', 'those', 'these', 'now', 'then', 'too', 'thanks', 'thank', 'ok', 'okay',
]);

/** The intents a text asks, in its lower-cased words. */
function intentsIn(text: string): Set<string> {
  return new Set(intentMatches(wordsOf(text)).map((match) => match.intent));
}

/** Does `clause` (of one task) only restate, politely and of a pronoun, an action `others` (the other task's clauses) ask? */
export function restatesAction(clause: Pick<TaskClause, 'text'>, others: readonly Pick<TaskClause, 'text'>[]): boolean {
  const words = wordsOf(clause.text);
  const matches = intentMatches(words);
  if (matches.length === 0) return false;
  const covered = new Set(matches.flatMap((match) => Array.from({ length: match.end - match.start }, (_, offset) => match.start + offset)));
  if (words.some((word, index) => !covered.has(index) && !COURTESY.has(word))) return false;
  const asked = new Set(others.flatMap((other) => [...intentsIn(other.text)]));
  return matches.every((match) => asked.has(match.intent));
}
