/**
 * Place as evidence: a control the demonstration clicked inside a dialog
 * (a confirmation box, a consent banner) is a control of the dialog. While a
 * dialog shows on the new screen, the look-alikes outside it (a row's
 * "Delete" icon behind a "Delete" confirmation) are not that control — and
 * under a modal box a person could not reach them anyway.
 *
 * A dialog the demonstration did not open (a consent banner already there
 * when it started, or one that came up by itself between two steps that do
 * not open anything) may not come up on the new run at all: its step is
 * skipped when no dialog shows. A dialog a demonstrated step opened (a
 * confirmation) is waited for, and refused without it — never stood in for
 * by a look-alike outside it.
 */
import type { UIElement } from '../../core/observation.js';
import type { Step, Trajectory } from '../../core/trajectory.js';

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
/** Containers searched upwards for the dialog an element sits in. */
const MAX_DEPTH = 12;

/** Is this element a dialog (role dialog or alertdialog)? */
export function isDialog(element: UIElement): boolean {
  return DIALOG_ROLES.has(element.role);
}

/** The dialog an element sits in (itself excluded), if any. */
export function dialogOf(element: UIElement, elements: readonly UIElement[]): UIElement | undefined {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  let current = element.parentId === undefined ? undefined : byId.get(element.parentId);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    if (isDialog(current)) return current;
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
  return elements.some((element) => isDialog(element) && !element.states.hidden);
}

/** The dialogs shown in an observation, as role + name, for telling whether a step opened one. */
function shownDialogs(elements: readonly UIElement[]): string[] {
  return elements.filter((element) => isDialog(element) && !element.states.hidden).map((element) => `${element.role}|${element.label ?? ''}`);
}

/**
 * Did the dialog this demonstrated step acted in come by itself — on screen
 * before the previous step acted (or at the start) — rather than opened by
 * the demonstration? False for a step outside any dialog.
 */
export function dialogCameByItself(trajectory: Trajectory, sourceIndex: number): boolean {
  const step = trajectory.steps[sourceIndex];
  if (!step || !demonstratedInDialog(step)) return false;
  const action = step.action;
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return false;
  const id = action.target.elementId;
  const target = step.observation.elements.find((element) => element.id === id)!;
  const dialog = dialogOf(target, step.observation.elements)!;
  if (sourceIndex === 0) return true;
  // The previous step did not bring the dialog up when it was already there before it acted.
  const previous = trajectory.steps[sourceIndex - 1]!;
  return shownDialogs(previous.observation.elements).includes(`${dialog.role}|${dialog.label ?? ''}`);
}

/**
 * Is this demonstrated step one in a dialog the demonstration did not open,
 * with no dialog on the new screen, so that there is nothing to dismiss?
 */
export function skippableDialogStep(trajectory: Trajectory, sourceIndex: number, elements: readonly UIElement[]): boolean {
  return !dialogShown(elements) && dialogCameByItself(trajectory, sourceIndex);
}
