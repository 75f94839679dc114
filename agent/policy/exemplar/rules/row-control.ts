/**
 * Rule: inside the row a task names, act on the control the task asks for —
 * never on the demonstrated one when the task names another.
 *
 * A row-keyed step (row-keys.ts) acted on one of several controls of its row
 * ("Save" beside "Like" and "Share"). When the new task names another of
 * those controls ("Share @kai's post") and not the demonstrated one, the
 * demonstration shows a different action: following it would press "Save"
 * in the right row — a confident wrong action. The plan gets a blocking
 * problem instead, in words a user understands. A wordless icon is named by
 * the class words no other control of its row shares ("trash" beside
 * "star"); a slot rewriting such a class word is no sign the step presses
 * the other icon (grounding weighs the class lightly), so it still refuses.
 *
 * Pure function over the plan.
 */
import type { UIElement } from '../../../core/observation.js';
import type { DemonstrationPlan } from '../planned-step.js';
import { classWords, isWordless, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import { sameIntentCaption } from '../intent-words.js';
import type { TaskValueProblem } from './task-values.js';
import { splitClauses } from '../task-clauses.js';

const captionOf = (element: { text: string; label?: string }) => (/[\p{L}\p{N}]/u.test(element.text) ? element.text : element.label || element.text).trim();

/** Does the task name this caption (as words, or by a word of the same intent)? */
function names(task: string, caption: string): boolean {
  if (caption === '' || !/[\p{L}\p{N}]/u.test(caption)) return false;
  if (containsWhole(task, caption)) return true;
  return task.split(/[^\p{L}\p{N}'-]+/u).some((word) => word !== '' && sameIntentCaption(word, caption));
}

/** A wordless icon's caption: its class words (three letters or more) that none of `others` shares. */
function iconCaption(element: { attributes?: Record<string, string> }, others: readonly { attributes?: Record<string, string> }[]): string {
  const words = (of: { attributes?: Record<string, string> }) => classWords(of, { letters: true });
  const shared = new Set(others.flatMap(words));
  return [...new Set(words(element))].filter((word) => !shared.has(word)).join(' ');
}

/** Does the task name the caption — for an icon, any of its class words? */
const namesAny = (task: string, caption: string, wordless: boolean) => (wordless ? caption.split(' ').some((word) => names(task, word)) : names(task, caption));

/**
 * The part of the task about the row: the task without its clauses about
 * other rows of the plan ("add one more mugs" of "Remove three batteries,
 * add one more mugs": its "more" asks nothing of the batteries' row). A
 * clause naming no row ("click the star icon") stays.
 */
function taskForRow(task: string, rows: readonly string[], otherRows: readonly string[]): string {
  const clauses = splitClauses(task);
  if (clauses.length < 2) return task;
  const names = (clause: { text: string }, values: readonly string[]) => values.some((value) => containsWhole(clause.text, value));
  const others = otherRows.filter((row) => !rows.some((own) => normalizeText(own) === normalizeText(row)));
  const kept = clauses.filter((clause) => names(clause, rows) || !names(clause, others));
  return kept.length === clauses.length ? task : kept.map((clause) => clause.text).join('; ');
}

/**
 * The rows other steps of the plan act in: the rows their keys name now, and
 * for a step in the demonstrated row the words of its row the task names
 * (a "+" pressed again in the "Pears" row), except those of this step's row.
 */
function otherRows(plan: DemonstrationPlan, planned: DemonstrationPlan['steps'][number]): string[] {
  const words = (text: string) => text.split(/[^\p{L}\p{N}'-]+/u).filter((word) => /\p{L}/u.test(word));
  const own = new Set(targetDescriptorsOf(planned.step).flatMap((target) => words(target.context ?? '')).map(normalizeText));
  return plan.steps.flatMap((other) => {
    if (other === planned) return [];
    if (other.rowKeys && other.rowKeys.length > 0) return other.rowKeys.map((key) => key.new);
    const context = targetDescriptorsOf(other.step).flatMap((target) => words(target.context ?? ''));
    return context.filter((word) => !own.has(normalizeText(word)) && containsWhole(plan.task, word));
  });
}

export function rowControlProblems(plan: DemonstrationPlan): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  for (const planned of plan.steps) {
    // A deed on a card presses the control naming the task's deed, not the demonstrated one (rules/row-deed.ts).
    if (!planned.rowKeys || planned.rowKeys.length === 0 || planned.rowDeed || planned.deedConfirmation) continue;
    const action = planned.step.action;
    const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
    const elements = planned.step.observation.elements;
    const acted = elements.find((element) => element.id === id);
    const target = acted ?? targetDescriptorsOf(planned.step)[0];
    if (!target) continue;
    // The other controls of its row: same role and tag, the same parent.
    const siblings = acted
      ? elements.filter((element: UIElement) => element.id !== acted.id && element.parentId === acted.parentId && element.role === acted.role && (element.tag ?? '') === (acted.tag ?? ''))
      : [];
    const wordless = isWordless(target);
    const captionIn = (element: { text: string; label?: string; attributes?: Record<string, string> }, others: readonly UIElement[]) =>
      wordless ? iconCaption(element, others) : captionOf(element);
    const caption = captionIn(target, siblings);
    const task = taskForRow(plan.task, planned.rowKeys.map((key) => key.new), otherRows(plan, planned));
    if (namesAny(task, caption, wordless) || (!wordless && substitute(caption, planned.bindings).changed)) continue;
    const asked = siblings
      .map((sibling) => captionIn(sibling, [target as UIElement, ...siblings.filter((other) => other !== sibling)]))
      .filter((other) => normalizeText(other) !== normalizeText(caption) && namesAny(task, other, wordless));
    if (asked.length === 0) continue;
    problems.push({
      blocking: true,
      text: `the task asks for ${JSON.stringify(asked[0])} in the row, but the demonstration pressed ${JSON.stringify(caption)} there (demonstrated step ${planned.sourceIndex + 1})`,
      help: `a demonstration that presses ${JSON.stringify(asked[0])}, or a model for the hybrid policy (--policy hybrid)`,
    });
  }
  return problems;
}
