/**
 * Aligning two task texts clause by clause when their clauses pair one to
 * one, in the same order, each with the same verb ("Take away three pencils,
 * add two more mugs, then click Save." / "Take away two napkins, add one
 * candles, then click Update."). One alignment over the whole text may pair a
 * word of one clause with the same word in another ("two" of "two more mugs"
 * with "two" of "two napkins") and read the rest as one slot running across
 * clauses; aligned clause by clause, each clause's values stay its own.
 *
 * Paired clauses ask the same with their verbs however worded ("take away" /
 * "remove"): the verb is template, the rest aligned. The clause-wise
 * alignment stands when it fits better (a higher score) and accounts for every
 * word of each clause (a short clause may otherwise be read by its typed
 * values alone, its other words dropped). Clauses in another order
 * are put in the task's order first (rules/clause-order.ts). Pure functions,
 * no task knowledge.
 */
import { alignTasks, type AlignOptions, type TaskAlignment } from './align-tasks.js';
import { pairClauses, type TaskClause } from './task-clauses.js';
import { isHarmlessAlone, tokenizeTask } from './task-tokens.js';

/** Do the clauses pair one to one, in order, each with a clause of the same verb? */
export function clausesInStep(demo: readonly TaskClause[], task: readonly TaskClause[], pairs: readonly number[][]): boolean {
  return (
    demo.length >= 2 &&
    demo.length === task.length &&
    pairs.every((paired, index) => paired.length === 1 && paired[0] === index && task[index]!.verbKey !== undefined && task[index]!.verbKey === demo[index]!.verbKey)
  );
}

/** The clause's text opening with the other clause's verb as written: the two ask the same ("remove" / "take away"), so the verb is template. */
function sameVerbAs(clause: TaskClause, other: TaskClause): string {
  if (!clause.verb || !other.verb || clause.text.slice(0, clause.verb.length).toLowerCase() !== clause.verb || other.text.slice(0, other.verb.length).toLowerCase() !== other.verb) return clause.text;
  return other.text.slice(0, other.verb.length) + clause.text.slice(clause.verb.length);
}

/** Is every word of either clause template (in both) or inside a slot of its side? */
export function accountsForEveryWord(old: string, now: string, alignment: TaskAlignment): boolean {
  const words = (text: string) => tokenizeTask(text).filter((token) => token.kind !== 'separator' && token.kind !== 'punctuation' && !isHarmlessAlone(token));
  const oldWords = new Set(words(old).map((token) => token.norm));
  const newWords = new Set(words(now).map((token) => token.norm));
  const inSlots = (side: 'old' | 'new') => new Set(alignment.slots.flatMap((slot) => slot[side].flatMap((value) => words(value).map((token) => token.norm))));
  const oldSlotted = inSlots('old');
  const newSlotted = inSlots('new');
  return [...oldWords].every((word) => newWords.has(word) || oldSlotted.has(word)) && [...newWords].every((word) => oldWords.has(word) || newSlotted.has(word));
}

/** The alignment clause by clause when the clauses pair in step and it fits better than `whole`; else `whole`. */
export function alignByClauses(demoTask: string, task: string, whole: TaskAlignment, options: AlignOptions = {}): TaskAlignment {
  const pairing = pairClauses(demoTask, task, whole.slots);
  if (!clausesInStep(pairing.demo, pairing.task, pairing.pairs)) return whole;
  const parts = pairing.demo.map((clause, index) => {
    const text = sameVerbAs(pairing.task[index]!, clause);
    return { text, alignment: alignTasks(clause.text, text, options), size: tokenizeTask(clause.text).length + tokenizeTask(text).length };
  });
  // A clause too short for the word-by-word alignment may be read by its typed values alone, its other words dropped: then not.
  if (parts.some((part, index) => !accountsForEveryWord(pairing.demo[index]!.text, part.text, part.alignment))) return whole;
  const size = parts.reduce((sum, part) => sum + part.size, 0);
  const score = size === 0 ? 0 : parts.reduce((sum, part) => sum + part.alignment.score * part.size, 0) / size;
  if (score <= whole.score) return whole;
  return {
    score,
    slots: parts.flatMap((part) => part.alignment.slots),
    anchors: parts.reduce((sum, part) => sum + part.alignment.anchors, 0),
    unpaired: parts.flatMap((part) => part.alignment.unpaired),
    ...(parts.some((part) => part.alignment.ambiguousLists) ? { ambiguousLists: parts.flatMap((part) => part.alignment.ambiguousLists ?? []) } : {}),
  };
}
