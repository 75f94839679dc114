/**
 * Rule: every clause of the task has a demonstrated counterpart, and only the
 * task's clauses are carried out (clauses and their pairing: task-clauses.ts).
 *
 * Planning half (this file):
 * - a clause of the demonstration the new task lacks ("Remove three pencils
 *   and add two more bulbs, then Update" for "Add two more bulbs, then
 *   Update"): when the steps it drove can be told apart — each names a word
 *   of that clause's object in its target or value, and no word of another
 *   clause or of the new task — the demonstration is planned without the
 *   clause and those steps (narrowToTask); otherwise the plan is refused,
 *   naming the clause;
 * - a clause of the new task with no counterpart ("disable Auto-update"
 *   where the demonstration only enabled switches and saved), whose words no
 *   demonstrated step acted on: the plan is refused, naming the clause
 *   (clauseProblems) — following it would skip what the clause asks;
 * - an item of the page the task names that no step acts on ("three fewer
 *   peppers" beside the apples the demonstration added), verb or none: the
 *   plan is refused, naming it (rules/unplanned-item.ts).
 *
 * Grounding half: none; the plan's remaining steps are grounded as usual.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { unsetControlProblems } from './unset-control.js';
import { untouchedOptionProblems } from './untouched-option.js';
import { unplannedItemProblems } from './unplanned-item.js';
import type { TaskSlot } from '../align-tasks.js';
import { pairClauses, type TaskClause } from '../task-clauses.js';
import { containsWhole } from '../text-match.js';
import { numberWordValue } from '../number-words.js';
import { stepStrings } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import { clauseOrderProblem } from './clause-order.js';
import { restatesAction } from './restated-request.js';
import { framesWholeTask, placesTask } from './framing-clause.js';
import { questionOfStep } from './choice-question.js';
import { COMMON_WORDS } from '../task-tokens.js';
import { isPress, lastActed, namedBy, otherPressAsked, pressNamedByVerb } from './closing-press.js';
import { unservedClauseProblems } from './unserved-remainder.js';

const quote = (value: string) => JSON.stringify(value);
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);


/** A count ("three", "3"): how many, never which. */
const isCount = (word: string) => /^\d+$/.test(word) || numberWordValue(word) !== undefined;

/** Words other than common ones ("we", "would", "you"): those that say what a text is about. */
const contentWords = (words: readonly string[]) => words.filter((word) => !COMMON_WORDS.has(word));

const mentions = (texts: readonly string[], words: readonly string[]) => words.some((word) => texts.some((text) => containsWhole(text, word)));

/** The steps (indices in the demonstration) a clause alone drove, or undefined when they cannot be told apart from the rest. */
function stepsOfClause(steps: readonly Step[], clause: TaskClause, others: readonly TaskClause[], taskWords: ReadonlySet<string>): number[] | undefined {
  // The clause's own words, not those the new task names too: a step naming those may serve the task. A count both
  // name ("three fewer peppers" beside "add three more apples") names no step: the object words tell them apart.
  if (clause.words.some((word) => taskWords.has(word) && !isCount(word))) return undefined;
  const otherWords = others.flatMap((other) => other.words);
  const found: number[] = [];
  const last = lastActed(steps);
  for (const [index, step] of steps.entries()) {
    if (step.action.type === 'done') continue;
    // Its own strings (a label, a typed value) say whose step it is; only when they name no clause does its row's text.
    const own = stepStrings(step);
    const elsewhere = [...otherWords, ...taskWords];
    const texts = mentions(own, clause.words) || mentions(own, elsewhere) ? own : namedBy(step);
    // The closing press ("Done") naming no clause itself: the text around it is the whole form's, no clause's own.
    if (texts !== own && index === last && isPress(step)) continue;
    if (!mentions(texts, clause.words)) {
      // A "Yes" radio under "Would you stay with us again?": its question's words, other than common ones, say whose it is.
      const question = texts === own ? undefined : questionOfStep(step);
      if (question && mentions([question], contentWords(clause.words)) && !mentions([question], contentWords(elsewhere))) found.push(index);
      continue;
    }
    if (mentions(texts, elsewhere)) return undefined;
    found.push(index);
  }
  return found.length > 0 ? found : undefined;
}

/**
 * Is a clause of the demonstration only its closing press — the steps it alone drove are the last acted step, a click
 * on a button ("…, then send." and the Send button)? A task that leaves the press unsaid ("Reply to Anna with "Sure."")
 * still wants it, as a person sends what they were asked to write: the press is kept, neither dropped nor refused.
 */
function closingPressOnly(steps: readonly Step[], clause: TaskClause, others: readonly TaskClause[], taskWords: ReadonlySet<string>): boolean {
  if (clause.verbKey === undefined) return false;
  // "… then save the form" and the press on "Save": the press said as a verb (rules/closing-press.ts).
  if (pressNamedByVerb(clause, steps)) return true;
  const found = stepsOfClause(steps, clause, others, taskWords);
  const last = lastActed(steps);
  const step = steps[last];
  return found?.length === 1 && found[0] === last && step !== undefined && isPress(step);
}

/**
 * Does the new task name an option of the choice the step set ("I go by they/them now" for the Pronouns select
 * whose options the demonstration's page listed)? Then the task asks for that field, in words the demonstration's
 * clause does not share: its step is no step this task lacks, and leaving it out would leave the field wrong.
 */
function namesAnOptionOf(step: Step, task: string): boolean {
  const action = step.action;
  const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const options = step.observation.elements.find((element) => element.id === id)?.options ?? [];
  return options.some((option) => /[\p{L}\p{N}]/u.test(option) && containsWhole(task, option.trim()));
}

/** Words and marks that join a clause to the next one (", and", ";"). */
const JOINERS = /^(?:\s*(?:,|;|\band\b))*\s*/i;
/** Where a sentence ends: its mark, and a closing quote or bracket after it. */
const SENTENCE_END = /[.?!]["'”’)]*$/u;

/**
 * The task text without a clause and the words joining it to its neighbours
 * (also compose-plans.ts). A clause that opens a sentence goes with the
 * joiner after it, the next clause then opening the sentence ("Bill it
 * yearly; the email is …" → "The email is …"); a clause that is a whole
 * sentence goes with its closing mark ("Can you refill it? 90 tablets." →
 * "Can you refill it?"), never leaving a text cut to "?." or ".". Only the
 * text from the clause on changes, and the joiners and spaces right before
 * it: the offsets of earlier clauses hold.
 */
export function withoutClause(text: string, clause: TaskClause): string {
  const before = text.slice(0, clause.start).replace(/(?:\s*(?:,|;|\band\b|\bthen\b))*\s*$/i, '');
  const after = text.slice(clause.end);
  const opensSentence = before === '' || SENTENCE_END.test(before);
  if (!opensSentence) return before + after;
  // A whole sentence: its closing mark goes with it; else the joiner after it, the next clause opening the sentence.
  const [ending = '', mark = '', quotes = ''] = /^\s*([.?!]*)(["'”’)]*)/u.exec(after) ?? [];
  // The next clause opens the sentence then: its joining "then" goes too ("Remove X, then add Y" → "Add Y").
  const rest = mark || quotes ? after.slice(ending.length) : after.replace(JOINERS, '').replace(/^then\b\s*/i, '');
  // A quote or bracket closing after the dropped sentence closes after the one before it: `"… 3 PM? Greta should come."` → `"… 3 PM?"`.
  if (quotes && before !== '') return before + quotes + rest;
  const trimmed = rest.trimStart();
  const opened = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  if (before === '') return opened;
  return opened === '' ? before : `${before} ${opened}`;
}

/**
 * The demonstration without the clauses of its task the new task lacks and
 * the steps they alone drove, when any can be told apart; undefined when
 * none can, or when such a clause was all its task said (clauseProblems then
 * names them).
 */
export function narrowToTask(trajectory: Trajectory, task: string, slots: readonly TaskSlot[]): { trajectory: Trajectory; note: string; dropped: TaskClause } | undefined {
  const pairing = pairClauses(trajectory.task, task, slots);
  if (pairing.demoOnly.length === 0) return undefined;
  const taskWords = new Set(pairing.task.flatMap((clause) => clause.words));
  for (const clause of pairing.demoOnly) {
    const others = pairing.demo.filter((other) => other !== clause);
    if (closingPressOnly(trajectory.steps, clause, others, taskWords) || restatesAction(clause, pairing.task) || framesWholeTask(clause) || placesTask(clause, pairing.task)) continue;
    const steps = stepsOfClause(trajectory.steps, clause, others, taskWords);
    if (!steps || steps.some((index) => namesAnOptionOf(trajectory.steps[index]!, task))) continue;
    const dropped = new Set(steps);
    const rest = withoutClause(trajectory.task, clause);
    // A demonstration of that clause alone is no narrower demonstration: nothing of it is this task's (clauseProblems names it).
    if (!/[\p{L}\p{N}]/u.test(rest)) continue;
    const narrowed: Trajectory = { ...trajectory, task: rest, steps: trajectory.steps.filter((_, index) => !dropped.has(index)) };
    const shown = steps.map((index) => index + 1).join(', ');
    return { trajectory: narrowed, note: `the demonstration also did ${quote(lowerFirst(clause.text))}, which this task does not ask for: its step${steps.length === 1 ? '' : 's'} ${shown} left out`, dropped: clause };
  }
  return undefined;
}

/** Clauses of either task without a counterpart in the other, in plain words (blocking: the plan would leave part undone or do more). */
export function clauseProblems(input: { demoTask: string; task: string; slots: readonly TaskSlot[]; steps: readonly Step[]; page?: readonly UIElement[] }): TaskValueProblem[] {
  const pairing = pairClauses(input.demoTask, input.task, input.slots);
  // "… but keep me signed in on my other devices" where the demonstration never set that box (rules/unset-control.ts).
  const problems: TaskValueProblem[] = unsetControlProblems(input.demoTask, input.task, input.steps);
  // "… yearly billing" where the demonstration left Billing at "Monthly" (rules/untouched-option.ts).
  problems.push(...untouchedOptionProblems(input.demoTask, input.task, input.steps, input.page, input.slots));
  // "Three fewer peppers and add three more apples" where the demonstration only added apples: a row the task names
  // that no step acts on, whether or not its clause has a verb to stand unpaired (rules/unplanned-item.ts).
  problems.push(...unplannedItemProblems(input.demoTask, input.task, input.steps, input.page, input.slots));
  // "Also, I go by they/them now." beside a Pronouns list no step chose in: a verbless clause nothing of the plan does (rules/unserved-remainder.ts).
  problems.push(...unservedClauseProblems(input.task, pairing, { planTask: input.demoTask, slots: input.slots, steps: input.steps, page: input.page }, input.page));
  const named = input.steps.flatMap(namedBy);
  // A clause without a verb ("Then OK.", "name Lara") may be wording: only an action the task asks is missing.
  for (const clause of pairing.taskOnly.filter((clause) => clause.verbKey !== undefined)) {
    // A step acted on every word of the clause's object ("Remember me" ticked though the demonstration's task never said so).
    // Not when a clause of the demonstration names them: then its verb, not this one, is what the step did.
    const demoWords = new Set(pairing.demo.flatMap((other) => other.words));
    if (clause.words.length > 0 && clause.words.every((word) => !demoWords.has(word) && named.some((text) => containsWhole(text, word)))) continue;
    // "… then save the form" where the demonstration closed with a press on "Save" (rules/closing-press.ts).
    if (pressNamedByVerb(clause, input.steps)) continue;
    problems.push({ text: `the task also asks to ${quote(lowerFirst(clause.text))}; the demonstration shows no step for it`, blocking: true });
  }
  // "…, then click Save draft" paired with the demonstration's "…, then save the form" (its press on "Save"): another press (rules/closing-press.ts).
  pairing.task.forEach((clause, index) => {
    for (const demo of pairing.pairs[index]!.map((at) => pairing.demo[at]!)) {
      const word = otherPressAsked(clause, demo, input.steps);
      if (word !== undefined) problems.push({ text: `the task's ${quote(lowerFirst(clause.text))} names ${quote(word)}, which another control's caption holds, where the demonstration's ${quote(lowerFirst(demo.text))} pressed another`, blocking: true });
    }
  });
  const reordered = clauseOrderProblem(input); // clauses in another order that could not be put in it (rules/clause-order.ts)
  if (reordered.length > 0) return [...problems, ...reordered];
  problems.push(...misalignedParts(pairing, input, named));
  const taskWords = new Set(pairing.task.flatMap((clause) => clause.words));
  for (const clause of pairing.demoOnly) {
    if (closingPressOnly(input.steps, clause, pairing.demo.filter((other) => other !== clause), taskWords)) continue;
    // "Can you transfer it?" where the task says "please send it": the same one action, no extra one (rules/restated-request.ts).
    if (restatesAction(clause, pairing.task)) continue;
    // "Could you fill in the hotel survey?": the form as a whole, which the other clauses fill (rules/framing-clause.ts).
    if (framesWholeTask(clause)) continue;
    // "In the editor, make cobalt bold": where the task is done, no action of its own (rules/framing-clause.ts).
    if (placesTask(clause, pairing.task)) continue;
    problems.push({ text: `the demonstration also did ${quote(lowerFirst(clause.text))}, which this task does not ask for, and its steps cannot be told apart from the others`, blocking: true });
  }
  return problems;
}

/** The clauses (indices) holding a whole occurrence of the value; empty when every occurrence runs across clauses. */
function clausesHolding(clauses: readonly TaskClause[], text: string, value: string): Set<number> {
  const held = new Set<number>();
  const needle = value.trim().toLowerCase();
  if (needle === '') return held;
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const index = clauses.findIndex((clause) => clause.start <= at && at + needle.length <= clause.end);
    if (index >= 0) held.add(index);
  }
  return held;
}

/**
 * Parts of the two tasks the alignment did not keep apart: a slot whose values
 * run across clauses (["Hotspot", "turn off Sync"]), or a clause paired with
 * the demonstration's whose object the steps acted on and that this clause
 * names nothing in place of ("add two more mugs" / "add one more pencils",
 * where "pencils" stood in another clause of the demonstration).
 */
function misalignedParts(pairing: ReturnType<typeof pairClauses>, input: { demoTask: string; task: string; slots: readonly TaskSlot[] }, named: readonly string[]): TaskValueProblem[] {
  if (pairing.demo.length < 2 && pairing.task.length < 2) return [];
  const problems: TaskValueProblem[] = [];
  const oneClause = (clauses: readonly TaskClause[], text: string, values: readonly string[]) => {
    // A list's items stand in order: each after the one before ("Hotspot", then the "turn" of "turn off Sync").
    let from = 0;
    const inOrder = values.map((value) => {
      const at = text.toLowerCase().indexOf(value.trim().toLowerCase(), from);
      if (at < 0) return undefined;
      from = at + value.trim().length;
      return clauses.findIndex((clause) => clause.start <= at && from <= clause.end);
    });
    if (inOrder.every((index) => index !== undefined && index >= 0)) return new Set(inOrder).size <= 1;
    const sets = values.map((value) => clausesHolding(clauses, text, value));
    // A value not written as such ("Lara Costa" for "Costa, Lara", a date read in parts) is judged by the rules that read it.
    if (values.some((value) => !text.toLowerCase().includes(value.trim().toLowerCase()))) return true;
    return sets.length === 0 || [...(sets[0] ?? [])].some((index) => sets.every((set) => set.has(index)));
  };
  for (const slot of input.slots) {
    if (oneClause(pairing.demo, input.demoTask, slot.old) && oneClause(pairing.task, input.task, slot.new)) continue;
    problems.push({ text: `the task's ${quote(slot.new.join(', '))} and the demonstration's ${quote(slot.old.join(', '))} do not stand in matching parts of the two tasks, so the steps cannot be rewritten part by part`, blocking: true });
  }
  const slotted = (word: string) => input.slots.some((slot) => slot.old.some((value) => containsWhole(value, word)));
  pairing.demo.forEach((old, index) => {
    // What the task's clauses paired with this one name between them ("…, who lives in Belgium; her e-mail is …").
    const clauses = pairing.task.filter((_, at) => pairing.pairs[at]!.includes(index));
    if (clauses.length === 0) return;
    const words = new Set(clauses.flatMap((clause) => clause.words));
    // Only a word the task names in another clause: the alignment anchored it across clauses (a word the task
    // lacks altogether is the slots' business, rules/task-values.ts).
    const elsewhere = new Set(pairing.task.filter((clause) => !clauses.includes(clause)).flatMap((clause) => clause.words));
    const missing = old.words.filter((word) => !words.has(word) && elsewhere.has(word) && !slotted(word) && named.some((text) => containsWhole(text, word)));
    if (missing.length === 0) return;
    const shown = clauses.map((clause) => quote(lowerFirst(clause.text))).join(' and ');
    problems.push({ text: `the demonstration's ${quote(lowerFirst(old.text))} acted on ${missing.map(quote).join(', ')}, and this task's ${shown} ${clauses.length === 1 ? 'names' : 'name'} nothing in ${missing.length === 1 ? 'its' : 'their'} place`, blocking: true });
  });
  return problems;
}
