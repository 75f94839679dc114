/**
 * Rule: a step the demonstration took inside a dialog (a cookie banner, a
 * confirmation, a pop-up) is taken inside a dialog now, or not at all; and a
 * step it took on the page, outside any dialog, is never taken inside one.
 *
 * A dialog's buttons ("OK", "Close", "Accept") share their captions with the
 * page's own controls; grounded by caption alone, the banner's "OK" becomes
 * the search form's "OK" (or its renamed "Find"), and the run submits a form
 * it never filled. So a step whose demonstrated target lay inside an element
 * of role dialog / alertdialog grounds only among elements inside a dialog
 * shown now; when none is, the step does not ground (the policy waits once,
 * then refuses) — except the demonstration's very first step: nothing the
 * demonstration did opened that dialog, it came by itself (a banner at
 * load), and a page where it has not come needs no dismissing; that step is
 * skipped, and if the dialog comes later the press it blocks is reported
 * (covered or misdirected), never taken for done.
 *
 * The other way round: a pop-up that came by itself ("Your session is about
 * to expire — OK / Cancel") holds buttons whose captions or purposes match
 * the page's own ("OK" for "Submit", "Cancel" for "Reset"). A step the
 * demonstration took on the page grounds only among the elements outside the
 * dialogs shown now; when its target is covered, the dismissal recovery
 * (below) or a refusal follows, never a press inside the pop-up.
 *
 * Keys pressed without a target (Ctrl+A, Ctrl+B, Enter, text typed where the
 * caret is) go wherever the focus is. A banner that takes the focus as it
 * comes (on the field's first focus) would take them: Enter accepts the
 * cookies, the typed words vanish, and the plan goes on to submit an empty
 * form. So such a step is not taken while the focus sits in a dialog and the
 * demonstration's keys did not go into one (`keysIntoDialog`); the dismissal
 * recovery clears the dialog first, or the policy refuses.
 *
 * A pop-up need not carry a dialog role (a plain box over a form: "Your
 * session is about to expire. Exit? OK / Cancel", shown on a field's focus on
 * some runs only). Such a box is known as a dialog from the demonstration: a
 * box that appeared by itself over the page and that a demonstrated press
 * closed (the last section below). It is skipped where it did not come, and
 * closed by that control — never its OK — where it came at another step.
 *
 * Pure functions; no task knowledge. What a dialog is and where one sits: ../dialog-place.ts.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { targetedElements, type PlannedStep } from '../planned-step.js';
import { elementPurpose } from './control-purpose.js';
import { dialogCameByItself, dialogOf, dialogShown, isDialog } from '../dialog-place.js';

/** Is the element inside (or itself) a dialog of this element list? */
export function insideDialog(element: UIElement, elements: readonly UIElement[]): boolean {
  return isDialog(element) || dialogOf(element, elements) !== undefined;
}

export type DialogScope =
  /** Not a dialog step, and no dialog shows (or the step has no element target): ground among all elements. */
  | { kind: 'any' }
  /** A step taken on the page while a dialog shows now: ground among these (the elements outside every dialog). */
  | { kind: 'page'; elements: UIElement[] }
  /** A dialog step: ground among these (the elements inside dialogs shown now). */
  | { kind: 'dialog'; elements: UIElement[] }
  /** A dialog that came by itself in the demonstration is not here: nothing to dismiss. */
  | { kind: 'absent'; reason: string };

/** Where a planned step may ground on the current elements. */
export function dialogScope(planned: PlannedStep, elements: readonly UIElement[]): DialogScope {
  const demonstrated = planned.step.observation.elements;
  const target = targetedElements(planned.step)[0];
  if (!target) return { kind: 'any' };
  if (!insideDialog(target, demonstrated)) {
    if (!dialogShown(elements)) return { kind: 'any' };
    return { kind: 'page', elements: elements.filter((element) => !insideDialog(element, elements)) };
  }
  const shown = elements.filter((element) => !element.states.hidden && insideDialog(element, elements));
  if (shown.length === 0 && planned.sourceIndex === 0) {
    return { kind: 'absent', reason: `the demonstration began by dismissing a dialog ("${target.text || target.label || target.role}" in it) that is not on this screen: nothing to dismiss` };
  }
  return { kind: 'dialog', elements: shown };
}

/**
 * Recovery: the step at `cursor` just failed (its target covered, or the press
 * taken by something that came over it) and a dialog shows now. When the plan
 * dismissed a dialog that came by itself (first thing, or later on: the
 * banner may come sooner or later than it did in the demonstration), that
 * step is the way past this one: its index, to be taken before the failed
 * step is tried again. Undefined otherwise.
 */
export function dismissalBefore(steps: readonly PlannedStep[], cursor: number, elements: readonly UIElement[], trajectory?: Trajectory): number | undefined {
  if (!dialogShown(elements)) return undefined;
  // A dismissal demonstrated later than the blocked step serves too: the banner came sooner this time.
  for (let index = 0; index < steps.length; index++) {
    if (index === cursor) continue;
    const planned = steps[index]!;
    // The demonstration's first step, or (with the trajectory) any step in a dialog that came by itself.
    if (planned.sourceIndex !== 0 && !(trajectory && (dialogCameByItself(trajectory, planned.sourceIndex) || sameBannerUnclicked(trajectory, planned, elements)))) continue;
    if (dialogScope(planned, elements).kind === 'dialog') return index;
  }
  return undefined;
}

/**
 * The one control that closes a dialog shown now (×, Close, Dismiss), when
 * there is exactly one: how a person gets rid of a pop-up whose buttons are
 * worded otherwise than the one the demonstration dismissed ("Allow cookies"
 * this time, "OK" then). Only for recovery (a dialog that came by itself
 * over a step), never for a dialog the task is about.
 */
export function closeControl(elements: readonly UIElement[]): UIElement | undefined {
  const closers = elements.filter((element) => !element.states.hidden && element.interactive && elementPurpose(element) === 'close' && insideDialog(element, elements));
  return closers.length === 1 ? closers[0] : undefined;
}

/** Did this run already act inside a dialog (then no dialog came by itself unasked: it was dealt with)? */
export function actedInDialog(history: readonly Step[]): boolean {
  return history.some((step) => {
    if (step.result?.ok === false) return false;
    const target = targetedElements(step)[0];
    return target !== undefined && insideDialog(target, step.observation.elements);
  });
}

/**
 * The dialog a demonstrated step acted in is the one shown now (same role and
 * a name: "Cookie consent"), and no click of the demonstration brought it up
 * (it came after typing, on focus): a banner the page raises, not one the task
 * opens on purpose, so the demonstrated dismissal serves when it blocks a step.
 */
function sameBannerUnclicked(trajectory: Trajectory, planned: PlannedStep, elements: readonly UIElement[]): boolean {
  const demonstrated = planned.step.observation.elements;
  const target = targetedElements(planned.step)[0];
  const dialog = target ? dialogOf(target, demonstrated) : undefined;
  if (!dialog?.label) return false;
  const previous = trajectory.steps[planned.sourceIndex - 1]?.action.type;
  if (previous === 'click' || previous === 'double-click') return false;
  return elements.some((element) => isDialog(element) && !element.states.hidden && element.role === dialog.role && element.label === dialog.label);
}

/**
 * A keystroke step without a target (a press; text typed where the caret is)
 * would go into a dialog that has the focus now, while the demonstration's
 * keys went to the page: why not to take it, else undefined.
 */
export function keysIntoDialog(planned: PlannedStep, elements: readonly UIElement[]): string | undefined {
  const action = planned.step.action;
  if (action.type !== 'press' && !(action.type === 'type' && !action.target)) return undefined;
  const focused = elements.find((element) => element.states.focused && !element.states.hidden);
  if (!focused || !insideDialog(focused, elements)) return undefined;
  const demonstrated = planned.step.observation.elements;
  const then = demonstrated.find((element) => element.states.focused);
  if (then && insideDialog(then, demonstrated)) return undefined;
  const dialog = isDialog(focused) ? focused : dialogOf(focused, elements);
  const name = dialog?.label || dialog?.text.slice(0, 40) || 'a dialog';
  return `the keys would go to [${focused.id}] ${focused.role} ${JSON.stringify(focused.text || focused.label || '')} in ${JSON.stringify(name)}, which has the focus now; the demonstration's keys went to the page`;
}

// ---------------------------------------------------------------------------
// Dialogs without a dialog role, known from the demonstration.
//
// - A box that appeared by itself over the page and was closed by a
//   demonstrated press: the demonstration clicked a control that closes or
//   backs out (Cancel, Close, ×: control-purpose.ts), that was not on screen
//   before the previous step acted, where that previous step only put a field
//   to use (typed into it or clicked it: a field opens nothing on purpose),
//   and that was gone after the click (`unaskedDismissal`);
// - at such a step, when no control of that role and caption shows now,
//   nothing came up to dismiss: the step is skipped (`skipUnaskedDismissals`,
//   as `dialogScope` says 'absent' for a role dialog dismissed first thing);
// - at any other step, when that control shows now and the demonstration did
//   not see it there, the box came at another field this time: click it
//   (never another button of the box: its OK leaves the page), then take the
//   step before again — typing afresh — for what the box interrupted
//   (`unaskedPopupDismissal`).
// ---------------------------------------------------------------------------

/** The role and caption of the control a demonstrated unasked dismissal clicked. */
export interface UnaskedDismissal {
  role: string;
  caption: string;
}

const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

const captionOf = (element: UIElement) => (element.text || element.label || '').trim();

/** The shown, interactive controls of the dismissal's role and caption. */
const controlsLike = (elements: readonly UIElement[], control: UnaskedDismissal) =>
  elements.filter((element) => !element.states.hidden && element.interactive && element.role === control.role && captionOf(element) === control.caption);

const showsControl = (elements: readonly UIElement[], control: UnaskedDismissal) => controlsLike(elements, control).length > 0;

/** Did the step only put a field to use (typed into it, or clicked it)? */
function fieldStep(step: Step | undefined): boolean {
  if (!step || (step.action.type !== 'type' && step.action.type !== 'click')) return false;
  const target = targetedElements(step)[0];
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
  const target = targetedElements(step)[0];
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
    const matches = controlsLike(elements, control);
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
