/**
 * Place as evidence: a control the demonstration clicked inside a dialog
 * (a confirmation box, a consent banner) is a control of the dialog. While a
 * dialog shows on the new screen, the look-alikes outside it (a row's
 * "Delete" icon behind a "Delete" confirmation) are not that control — and
 * under a modal box a person could not reach them anyway.
 */
import type { UIElement } from '../../core/observation.js';
import type { Step } from '../../core/trajectory.js';

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
/** Containers searched upwards for the dialog an element sits in. */
const MAX_DEPTH = 12;

/** The dialog an element sits in (itself excluded), if any. */
export function dialogOf(element: UIElement, elements: readonly UIElement[]): UIElement | undefined {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  let current = element.parentId === undefined ? undefined : byId.get(element.parentId);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (DIALOG_ROLES.has(current.role)) return current;
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return undefined;
}

/** Did the demonstrated step act on an element inside a dialog? */
export function demonstratedInDialog(step: Step): boolean {
  const action = step.action;
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return false;
  const id = action.target.elementId;
  const element = step.observation.elements.find((candidate) => candidate.id === id);
  return element !== undefined && dialogOf(element, step.observation.elements) !== undefined;
}

/** Does a dialog show on this screen? */
export function dialogShown(elements: readonly UIElement[]): boolean {
  return elements.some((element) => DIALOG_ROLES.has(element.role) && !element.states.hidden);
}
