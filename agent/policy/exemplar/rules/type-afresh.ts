/**
 * Rule: a text the demonstration typed into an empty field is typed over
 * whatever that field holds now. The demonstration's field ended up holding
 * the typed text alone; typed after what a field holds already (the same name
 * typed once before a pop-up took the focus, a step taken again after a
 * switch between demonstrations) it would read "adaada" — a wrong answer
 * the page accepts without complaint. A field the demonstration typed into
 * while it held text keeps its text (the person added to it).
 *
 * Pure function; no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';

function targetIn(action: Action | undefined, elements: readonly UIElement[]): UIElement | undefined {
  const target = action && 'target' in action ? action.target : undefined;
  return target && 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined;
}

/** The type action set to replace the field's text, when the demonstrated field was empty and the field now is not; else the action as it was. */
export function typeAfresh(action: Action, elements: readonly UIElement[], demonstrated: Step | undefined): Action {
  if (action.type !== 'type' || action.replace || !action.target || !demonstrated || demonstrated.action.type !== 'type') return action;
  const now = targetIn(action, elements);
  const then = targetIn(demonstrated.action, demonstrated.observation.elements);
  if (!now?.value || !then || (then.value ?? '') !== '') return action;
  return { ...action, replace: true };
}
