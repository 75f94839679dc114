/**
 * Rule: an element the task chooses by its position ("Tab #3", "the 2nd
 * item") is the element at that position now, not the one with the
 * demonstrated element's name.
 *
 * When the demonstration clicked one of several alike siblings (same role,
 * same parent) whose place among them was a number its task names — and
 * neither its name nor anything else in the demonstration used that number
 * — the number chose it. Grounding such a step by the element's name picks
 * whatever now carries that name, wherever it sits. So the element the
 * grounding found must sit at the position the new task names (the number
 * as rebound, or the same number); else the step is refused, saying both
 * positions. Ranked picks (plan-demonstration.ts) already choose by number
 * and are left alone.
 *
 * Pure function; no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { tokenizeTask } from '../task-tokens.js';
import { ordinalOf } from '../number-words.js';

/** A whole number or ordinal ("3", "3rd") as a 1-based position, or undefined. */
function positionOf(text: string): number | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text.trim());
  return match && Number(match[1]) >= 1 ? Number(match[1]) : undefined;
}


/**
 * Why the element this step would click is not the one the task's number
 * points to, if it is not.
 */
export function positionProblem(plan: Pick<DemonstrationPlan, 'trajectory' | 'task' | 'steps'>, planned: PlannedStep, action: Action, elements: readonly UIElement[]): string | undefined {
  if (action.type !== 'click' || !action.target || !('elementId' in action.target)) return undefined;
  const clickedId = action.target.elementId;
  if (planned.rankedPick || planned.extremePick || planned.valuePick || planned.figurePick || planned.search || planned.navigate || planned.ensureChecked) return undefined;
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target || target.ordinal === undefined) return undefined;
  const demoTask = plan.trajectory.task;
  // The demonstrated element among alike siblings: the number can only have chosen it among several.
  const demoElements = planned.step.observation.elements;
  const actedId = 'target' in planned.step.action && planned.step.action.target && 'elementId' in planned.step.action.target ? planned.step.action.target.elementId : undefined;
  const acted = demoElements.find((element) => element.id === actedId);
  if (!acted) return undefined;
  const siblings = demoElements.filter((element) => element.role === acted.role && element.parentId === acted.parentId && !element.states.hidden);
  // A target the task names outright is chosen by its name.
  if (normalizeText(target.text) !== '' && containsWhole(demoTask, target.text.trim())) return undefined;
  const used = plan.steps.flatMap((step) => stepStrings(step.step));
  for (const token of tokenizeTask(demoTask)) {
    const number = positionOf(token.text);
    if (number === undefined || number - 1 !== target.ordinal || siblings.length < Math.max(2, number)) continue;
    // A number some step typed, chose or showed is a value, not a position.
    if (used.some((text) => containsWhole(text, token.text))) continue;
    const rebound = planned.bindings.find((binding) => normalizeText(binding.old) === token.norm);
    const wanted = rebound ? positionOf(rebound.new) : tokenizeTask(plan.task).some((other) => other.norm === token.norm) ? number : undefined;
    if (wanted === undefined) continue;
    const found = elements.find((element) => element.id === clickedId);
    if (!found || found.ordinal === undefined || found.ordinal === wanted - 1) return undefined;
    return (
      `the task asks for number ${wanted}, and the demonstration's ${JSON.stringify(target.text || target.label || target.role)} was its ${ordinalOf(number)} ${target.role}; ` +
      `[${found.id}] ${JSON.stringify(found.text || found.label || '')} is the ${ordinalOf(found.ordinal + 1)} ${found.role} here, so the name would pick another position than the task names`
    );
  }
  return undefined;
}
