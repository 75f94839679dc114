/**
 * Rule: the question a choice answers — the text written just above a radio
 * button or tick box and ending in "?" ("Would you stay with us again?" over
 * Yes / No / Maybe).
 *
 * A "Yes" radio names nothing of what it answers; its question does. A
 * clause of the demonstration's task ("We would stay again") that the new
 * task lacks drove the click on "Yes" when the question under which it
 * stands shares the clause's words (rules/task-clauses.ts stepsOfClause).
 * The question is the nearest text ending in "?" whose bottom lies at most
 * two control heights above the control's top and which starts no further
 * right than the control's right edge. Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { targetedElements } from '../planned-step.js';

/** Controls that answer a question. */
const ANSWER_ROLES: ReadonlySet<string> = new Set(['radio', 'checkbox', 'switch']);
/** How far above a control its question may end, in control heights. */
const REACH_HEIGHTS = 2;

/** The question written just above the control, from the elements of its screen; undefined when none. */
export function questionAbove(control: UIElement, elements: readonly UIElement[]): string | undefined {
  if (!ANSWER_ROLES.has(control.role) || !control.box) return undefined;
  const top = control.box.y;
  const reach = REACH_HEIGHTS * Math.max(control.box.height, 1);
  let best: { text: string; gap: number } | undefined;
  for (const element of elements) {
    const text = element.text.trim();
    if (element === control || ANSWER_ROLES.has(element.role) || !element.box || !/\?$/.test(text)) continue;
    const gap = top - (element.box.y + element.box.height);
    if (gap < -1 || gap > reach || element.box.x > control.box.x + control.box.width) continue;
    if (!best || gap < best.gap) best = { text, gap };
  }
  return best?.text;
}

/** The question the step's clicked control answers, on the step's screen; undefined when none. */
export function questionOfStep(step: Step): string | undefined {
  if (step.action.type !== 'click') return undefined;
  const control = targetedElements(step)[0];
  return control ? questionAbove(control, step.observation.elements) : undefined;
}
