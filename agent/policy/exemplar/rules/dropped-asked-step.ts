/**
 * Rule (a guard over the finished plan): a demonstrated step that set something — a choice clicked (a radio, tick box,
 * switch, option), a text typed, an option selected — that no step of the plan does any more, while the new task still
 * names what that step set, is refused.
 *
 *   demonstration: 'Can you give wi-fi a "Poor" and location a "Good"? We would stay again.'
 *                  (the Wi-Fi row's "Poor", the Location row's "Good", "Yes", "Done")
 *   task:          'Can you give wi-fi a "Great" and value for money a "Good"? We would stay again.'
 *
 * The plan once folded the Wi-Fi click into a search for the next row (rules/feed-search.ts took it for a press that
 * loads more), so it rated value for money, answered Yes and pressed Done — Wi-Fi left empty, the survey sent wrong.
 * A person asked two ratings gives both, or says they cannot. Whatever rule drops such a step next, the plan is
 * refused, naming the step and what the task still asks of it.
 *
 * What the step set is read from its own strings (its typed text, chosen option, caption, label, value), the caption
 * heading its row on the left and the header of its column (cell-place.ts): a wordless radio of a rating grid is told
 * by both. Of those, the ones the demonstration's task names whole are what the step did for its task; the new task
 * still asks it when it names one of them itself ("wi-fi") or a slot carries one to a new value ("Poor" → "Great") —
 * the slot's whole value: a piece of one ("wharf " of the note "wharf juniper bramble" typed in pieces around its bold
 * word) is carried by the steps typing the new value, and comes out empty, dropped, when the bold word now opens it
 * (rules/split-value.ts).
 *
 * Why it refuses nowhere it should not: steps the plan leaves out on purpose are not dropped by this reading —
 * a clause the new task lacks is narrowed away before planning (rules/task-clauses.ts), so its steps are no part of
 * the plan's demonstration; a drop-down chosen twice keeps its last choice (rules/superseded-selects.ts); the clicks
 * of a checked set stand in its one "make exactly these checked" step (an ensured step of that role); the blocks of
 * the other items of a repeated list stand in the template block repeated per new item (a copy for an item of the same
 * kind of control). Presses (buttons, links, tabs) are never read: loads, searches and menus fold those on purpose.
 *
 * Pure, over the plan; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { columnHeaderOf, inRowLeft } from '../cell-place.js';
import { describeDemonstratedStep } from '../describe-step.js';
import { CHOICE_ROLES, controlKind, stepStrings, targetDescriptorsOf, targetedElements, toggledState, type DemonstrationPlan, type PlannedStep } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { supersededSelect } from './superseded-selects.js';
import type { TaskValueProblem } from './task-values.js';

const HELP = 'a demonstration of this kind of task that sets each value the task names (understudy record)';

/** Does the step set something (a choice, a text, an option) rather than only press? */
function setsValue(step: Step): boolean {
  const action = step.action;
  if (action.type === 'type' || action.type === 'select') return true;
  if (action.type !== 'click' && action.type !== 'double-click') return false;
  const target = targetDescriptorsOf(step)[0];
  return (target !== undefined && CHOICE_ROLES.has(target.role)) || toggledState(step) !== undefined;
}

const caption = (element: UIElement) => (!element.interactive && !element.states.hidden ? element.text.trim() : '');

/** What the step set, in the words a page shows for it: its own strings, its row's caption on the left, its column's header. */
function setWords(step: Step): string[] {
  const words = stepStrings(step);
  const elements = step.observation.elements;
  for (const target of targetedElements(step)) {
    for (const element of elements) if (element.id !== target.id && caption(element) !== '' && inRowLeft(element, target)) words.push(caption(element));
    const header = columnHeaderOf(target, elements);
    if (header && caption(header) !== '') words.push(caption(header));
  }
  return [...new Set(words.map((word) => word.trim()).filter((word) => /[\p{L}\p{N}]/u.test(word)))];
}

/** Does a planned step do the demonstrated step at `index` (or stand for it: a checked set, a repeated list's block)? */
function done(index: number, step: Step, planned: readonly PlannedStep[]): boolean {
  const target = targetDescriptorsOf(step)[0];
  return planned.some((candidate) => {
    // A search, a load or a navigation keeps its first step's index but only looks: it does not set the value.
    if (candidate.sourceIndex === index) return !candidate.feedSearch && !candidate.search && !candidate.navigate;
    if (!target) return false;
    if (candidate.ensureChecked) return candidate.ensureChecked.role === target.role;
    const own = targetDescriptorsOf(candidate.step)[0];
    return candidate.item !== undefined && own !== undefined && candidate.step.action.type === step.action.type && controlKind(own) === controlKind(target);
  });
}

/** Blocking problems for demonstrated steps that set what the new task still names, which the plan no longer does. */
export function droppedAskedStepProblems(plan: DemonstrationPlan): TaskValueProblem[] {
  const { steps } = plan.trajectory;
  const demoTask = plan.trajectory.task;
  const carried = (word: string) =>
    containsWhole(plan.task, word) || plan.alignment.slots.some((slot) => slot.new.length > 0 && slot.old.some((old) => normalizeText(old) === normalizeText(word)));
  const problems: TaskValueProblem[] = [];
  steps.forEach((step, index) => {
    if (step.result?.ok === false || step.action.type === 'done' || !setsValue(step) || supersededSelect(step, steps[index + 1])) return;
    if (done(index, step, plan.steps)) return;
    const asked = setWords(step).filter((word) => containsWhole(demoTask, word) && carried(word));
    if (asked.length === 0) return;
    problems.push({
      text: `the plan leaves out demonstrated step ${index + 1} (${describeDemonstratedStep(step)}, for ${asked.map((word) => JSON.stringify(word)).join(' and ')}), though the task still asks for it`,
      blocking: true,
      help: HELP,
    });
  });
  return problems;
}
