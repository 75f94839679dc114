/**
 * Rule: inside the row a task names, act on the control the task asks for —
 * never on the demonstrated one when the task names another.
 *
 * A row-keyed step (row-keys.ts) acted on one of several controls of its row
 * ("Save" beside "Like" and "Share"). When the new task names another of
 * those controls ("Share @kai's post") and not the demonstrated one, the
 * demonstration shows a different action: following it would press "Save"
 * in the right row — a confident wrong action. The plan gets a blocking
 * problem instead, in words a user understands.
 *
 * Pure function over the plan.
 */
import type { UIElement } from '../../../core/observation.js';
import type { DemonstrationPlan } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import { sameIntentCaption } from '../intent-words.js';
import type { TaskValueProblem } from './task-values.js';

const captionOf = (element: { text: string; label?: string }) => (/[\p{L}\p{N}]/u.test(element.text) ? element.text : element.label || element.text).trim();

/** Does the task name this caption (as words, or by a word of the same intent)? */
function names(task: string, caption: string): boolean {
  if (caption === '' || !/[\p{L}\p{N}]/u.test(caption)) return false;
  if (containsWhole(task, caption)) return true;
  return task.split(/[^\p{L}\p{N}'-]+/u).some((word) => word !== '' && sameIntentCaption(word, caption));
}

export function rowControlProblems(plan: DemonstrationPlan): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  for (const planned of plan.steps) {
    if (!planned.rowKeys || planned.rowKeys.length === 0) continue;
    const action = planned.step.action;
    const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
    const elements = planned.step.observation.elements;
    const acted = elements.find((element) => element.id === id);
    const target = acted ?? targetDescriptorsOf(planned.step)[0];
    if (!target) continue;
    const caption = captionOf(target);
    if (names(plan.task, caption) || substitute(caption, planned.bindings).changed) continue;
    // The other controls of its row: same role and tag, the same parent, another caption.
    const siblings = acted
      ? elements.filter((element: UIElement) => element.id !== acted.id && element.parentId === acted.parentId && element.role === acted.role && (element.tag ?? '') === (acted.tag ?? ''))
      : [];
    const asked = siblings.map(captionOf).filter((other) => normalizeText(other) !== normalizeText(caption) && names(plan.task, other));
    if (asked.length === 0) continue;
    problems.push({
      blocking: true,
      text: `the task asks for ${JSON.stringify(asked[0])} in the row, but the demonstration pressed ${JSON.stringify(caption)} there (demonstrated step ${planned.sourceIndex + 1})`,
      help: `a demonstration that presses ${JSON.stringify(asked[0])}, or a model for the hybrid policy (--policy hybrid)`,
    });
  }
  return problems;
}
