/**
 * Rule: the task's clauses in another order than the demonstration's
 * ("Add two more pears and remove one apple, then click Save" for the
 * demonstration "Remove 2 apples, then add 1 pear, then click Save"): each
 * clause of the task pairs with the one demonstrated clause of the same verb,
 * and the demonstration is put in the task's order — its clauses in its task
 * text and the steps each drove — before it is planned, so the clauses align
 * one to one (clause-align.ts) and each is re-grounded with its own count and
 * row.
 *
 * Planning half (this file):
 * - reorderToTask: the demonstration in the task's order, when the pairing is
 *   unambiguous — as many clauses on both sides, each opening with a verb, no
 *   verb twice on either side, each clause of the task with a demonstrated
 *   clause of the same verb — and its steps can be told apart by clause: each
 *   names the object of exactly one clause (its own text, else its row's), a
 *   step naming none sits between steps of one clause, and the clauses' steps
 *   come in the order of the clauses;
 * - clauseOrderProblem: the same verbs in another order, but some verb
 *   stands twice ("add … , remove … , add …") or the steps cannot be told
 *   apart: the plan is refused, naming why (the clauses could pair more than
 *   one way, or following the demonstration's order could act for the wrong clause).
 *
 * Grounding half: none; the reordered steps are grounded as usual.
 */
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { pairClauses, splitClauses, type TaskClause } from '../task-clauses.js';
import { containsWhole } from '../text-match.js';
import { countValue } from '../number-words.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';

/** Words after a count that say the direction, not what is counted. */
const COUNT_FOLLOWERS = new Set(['more', 'fewer', 'less', 'extra']);

/** The words of a clause's object that name a thing on the page (not its counts). */
const objectWords = (clause: TaskClause) => clause.words.filter((word) => countValue(word) === undefined && !COUNT_FOLLOWERS.has(word));

const mentions = (texts: readonly string[], words: readonly string[]) => words.some((word) => texts.some((text) => containsWhole(text, word)));

/** For each clause of the task, the demonstrated clause of its verb; undefined when that is not one to one or every clause stands where it did. */
function verbPermutation(demo: readonly TaskClause[], task: readonly TaskClause[]): { order: number[] } | { ambiguous: true } | undefined {
  if (demo.length < 2 || demo.length !== task.length) return undefined;
  if ([...demo, ...task].some((clause) => clause.verbKey === undefined)) return undefined;
  const keys = (clauses: readonly TaskClause[]) => clauses.map((clause) => clause.verbKey!).sort().join('\n');
  if (keys(demo) !== keys(task)) return undefined;
  if (demo.every((clause, index) => clause.verbKey === task[index]!.verbKey)) return undefined;
  const distinct = (clauses: readonly TaskClause[]) => new Set(clauses.map((clause) => clause.verbKey)).size === clauses.length;
  if (!distinct(demo) || !distinct(task)) return { ambiguous: true };
  return { order: task.map((clause) => demo.findIndex((old) => old.verbKey === clause.verbKey)) };
}

/** For each step (not done), the index of the clause that drove it; undefined when they cannot be told apart. */
function stepClauses(steps: readonly Step[], clauses: readonly TaskClause[]): number[] | undefined {
  const words = clauses.map(objectWords);
  const found = steps.map((step) => {
    const own = stepStrings(step);
    const rows = step.action.type === 'scroll' ? [] : targetDescriptorsOf(step).flatMap((target) => (target.context ? [target.context] : []));
    let hits = words.flatMap((list, index) => (mentions(own, list) ? [index] : []));
    if (hits.length === 0) hits = words.flatMap((list, index) => (mentions(rows, list) ? [index] : []));
    return hits.length === 1 ? hits[0] : undefined;
  });
  // A step naming no clause belongs to the clause of the steps around it.
  const filled = found.map((clause, index) => {
    if (clause !== undefined) return clause;
    const before = found.slice(0, index).reverse().find((other) => other !== undefined);
    const after = found.slice(index + 1).find((other) => other !== undefined);
    return before !== undefined && before === after ? before : undefined;
  });
  if (filled.some((clause) => clause === undefined)) return undefined;
  const order = filled as number[];
  // Each clause drove a run of steps, in the clauses' order.
  if (order.some((clause, index) => index > 0 && clause < order[index - 1]!)) return undefined;
  if (clauses.some((_, index) => !order.includes(index))) return undefined;
  return order;
}

/** The task text with its clauses put in `order` (the words joining them stay where they were). */
function reorderedText(text: string, clauses: readonly TaskClause[], order: readonly number[]): string {
  const spans = clauses.map((clause) => [clause.start, clause.start + clause.text.length] as const);
  let result = text.slice(0, spans[0]![0]);
  order.forEach((from, at) => {
    let piece = text.slice(spans[from]![0], spans[from]![1]);
    const sentenceStart = at === 0 || /[.!?]\s*$/.test(result);
    const opensWithVerb = clauses[from]!.verb !== undefined;
    if (sentenceStart) piece = piece.charAt(0).toUpperCase() + piece.slice(1);
    else if (opensWithVerb && /^\p{Lu}\p{Ll}/u.test(piece)) piece = piece.charAt(0).toLowerCase() + piece.slice(1);
    result += piece + text.slice(spans[at]![1], at + 1 < spans.length ? spans[at + 1]![0] : text.length);
  });
  return result;
}

/** The demonstration in the task's clause order (see the head of this file); undefined when it stands in that order or cannot be put so. */
export function reorderToTask(trajectory: Trajectory, task: string): { trajectory: Trajectory; note: string } | undefined {
  const demo = splitClauses(trajectory.task);
  const permutation = verbPermutation(demo, splitClauses(task));
  if (!permutation || !('order' in permutation)) return undefined;
  const acting = trajectory.steps.filter((step) => step.action.type !== 'done');
  const closing = trajectory.steps.filter((step) => step.action.type === 'done');
  // Only a done at the very end is left where it is.
  if (trajectory.steps.slice(acting.length).some((step) => step.action.type !== 'done')) return undefined;
  const owners = stepClauses(acting, demo);
  if (!owners) return undefined;
  const steps = [...permutation.order.flatMap((clause) => acting.filter((_, index) => owners[index] === clause)), ...closing].map((step, index) => ({ ...step, index }));
  const reordered = reorderedText(trajectory.task, demo, permutation.order);
  // The text put in order must read as the task's clauses in order (else planning it would reorder again).
  const check = splitClauses(reordered);
  const taskClauses = splitClauses(task);
  if (check.length !== taskClauses.length || check.some((clause, index) => clause.verbKey !== taskClauses[index]!.verbKey)) return undefined;
  return {
    trajectory: { ...trajectory, task: reordered, steps },
    note: `the task asks in another order: the demonstration followed as ${JSON.stringify(reordered)}`,
  };
}

/** Why the task's clauses in another order cannot be followed (blocking), else nothing. */
export function clauseOrderProblem(input: { demoTask: string; task: string; slots: readonly TaskSlot[]; steps: readonly Step[] }): TaskValueProblem[] {
  const pairing = pairClauses(input.demoTask, input.task, input.slots);
  const permutation = verbPermutation(pairing.demo, pairing.task);
  if (!permutation) return [];
  if ('ambiguous' in permutation) {
    return [{ text: 'the task asks in another order than the demonstration, and its clauses could pair with the demonstration\'s in more than one way (a verb stands in two of them)', blocking: true }];
  }
  // reorderToTask put every demonstration it could in the task's order: this one's steps cannot be told apart by clause.
  return [{ text: 'the task asks in another order than the demonstration, and the demonstration\'s steps cannot be told apart clause by clause', blocking: true }];
}
