/**
 * Rule: a pop-up that a field raised by itself ("Your session is about to
 * expire. Exit? OK / Cancel", shown on a field's focus on some runs only) is
 * dismissed by the control the demonstration closed it with — when it shows
 * — and the step it interrupted is taken again; when it does not show, the
 * demonstrated dismissal is skipped. It need not be marked as a dialog (a
 * plain box over the form); the evidence is the demonstration's own:
 *
 * - an unasked dismissal is a demonstrated click on a control that closes or
 *   backs out (Cancel, Close, ×: control-purpose.ts), that was not on screen
 *   before the previous step acted, where that previous step only put a
 *   field to use (typed into it or clicked it: a field opens nothing on
 *   purpose), and that was gone after the click;
 * - at such a step, when no control of that role and caption shows now,
 *   nothing came up to dismiss: the step is skipped (`skipUnaskedDismissals`);
 * - at any other step, when that control shows now and the demonstration did
 *   not see it there, the pop-up came at another field this time: click it
 *   (never another button of the box: its OK leaves the page), then take the
 *   step before again — typing afresh — for what the pop-up interrupted
 *   (`unaskedPopupDismissal`).
 *
 * Pure functions; no task knowledge. Dialogs with a dialog role: dialog-steps.ts.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { elementPurpose } from './control-purpose.js';

/** The role and caption of the control a demonstrated unasked dismissal clicked. */
export interface UnaskedDismissal {
  role: string;
  caption: string;
}

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

function targetOf(step: Step): UIElement | undefined {
  const action = step.action;
  const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  return id === undefined ? undefined : step.observation.elements.find((element) => element.id === id);
}

const captionOf = (element: UIElement) => (element.text || element.label || '').trim();

const showsControl = (elements: readonly UIElement[], control: UnaskedDismissal) =>
  elements.some((element) => !element.states.hidden && element.interactive && element.role === control.role && captionOf(element) === control.caption);

/** Did the step only put a field to use (typed into it, or clicked it)? */
function fieldStep(step: Step | undefined): boolean {
  if (!step || (step.action.type !== 'type' && step.action.type !== 'click')) return false;
  const target = targetOf(step);
  return target !== undefined && FIELD_ROLES.has(target.role);
}

/**
 * The control this demonstrated step clicked to close a pop-up that a field
 * raised by itself (see the file comment), else undefined. `steps` is the
 * demonstration's steps, `index` this step's.
 */
export function unaskedDismissal(steps: readonly Step[], index: number): UnaskedDismissal | undefined {
  const step = steps[index];
  if (!step || step.action.type !== 'click') return undefined;
  const target = targetOf(step);
  if (!target || !target.interactive) return undefined;
  const purpose = elementPurpose(target);
  if (purpose !== 'cancel' && purpose !== 'close') return undefined;
  const control = { role: target.role, caption: captionOf(target) };
  if (!control.caption) return undefined;
  const previous = steps[index - 1];
  if (!fieldStep(previous) || showsControl(previous!.observation.elements, control)) return undefined;
  const next = steps[index + 1];
  if (next && showsControl(next.observation.elements, control)) return undefined;
  return control;
}

/** The plan's unasked dismissals, by plan index. */
function dismissalsOf(steps: readonly PlannedStep[], demonstrated: readonly Step[]): Map<number, UnaskedDismissal> {
  const found = new Map<number, UnaskedDismissal>();
  steps.forEach((planned, index) => {
    const control = unaskedDismissal(demonstrated, planned.sourceIndex);
    if (control) found.set(index, control);
  });
  return found;
}

/** The cursor moved past the unasked dismissals at it whose control does not show now (nothing came up to dismiss). */
export function skipUnaskedDismissals(steps: readonly PlannedStep[], demonstrated: readonly Step[], cursor: number, elements: readonly UIElement[]): { cursor: number; skipped: number } {
  const dismissals = dismissalsOf(steps, demonstrated);
  let at = cursor;
  for (let control = dismissals.get(at); control && !showsControl(elements, control); control = dismissals.get(at)) at += 1;
  return { cursor: at, skipped: at - cursor };
}

export interface PopupDismissal {
  /** The control to click now. */
  element: UIElement;
  /** The plan step to take next: the one the pop-up interrupted. */
  resumeAt: number;
  reason: string;
}

/**
 * At plan step `cursor` (not itself a dismissal): a pop-up shows now that the
 * demonstration dismissed at another step, and not here — its control, the
 * one with the demonstrated role and caption, to click, and the step to take
 * again after it. Undefined otherwise (also when the control is not the only
 * one of its caption: which box it closes would be a guess).
 */
export function unaskedPopupDismissal(steps: readonly PlannedStep[], demonstrated: readonly Step[], cursor: number, elements: readonly UIElement[]): PopupDismissal | undefined {
  const dismissals = dismissalsOf(steps, demonstrated);
  if (dismissals.size === 0 || dismissals.has(cursor)) return undefined;
  const here = steps[cursor]?.step.observation.elements ?? [];
  for (const [index, control] of dismissals) {
    if (showsControl(here, control)) continue;
    const matches = elements.filter((element) => !element.states.hidden && element.interactive && element.role === control.role && captionOf(element) === control.caption);
    if (matches.length !== 1 || elementPurpose(matches[0]!) === undefined || matches[0]!.states.disabled) continue;
    const element = matches[0]!;
    const resumeAt = Math.max(0, cursor - 1);
    return {
      element,
      resumeAt,
      reason: `a pop-up came up by itself before step ${cursor + 1} (the demonstration closed one at step ${index + 1}): [${element.id}] ${element.role} ${JSON.stringify(control.caption)} closes it, then step ${resumeAt + 1} is taken again`,
    };
  }
  return undefined;
}
