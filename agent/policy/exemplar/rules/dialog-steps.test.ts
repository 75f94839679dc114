import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { actedInDialog, closeControl, dialogScope, dismissalBefore, keysIntoDialog, skipUnaskedDismissals, unaskedDismissal, unaskedPopupDismissal } from './dialog-steps.js';
import { groundStep } from '../ground-step.js';

function element(id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 0, y: id * 20, width: 50, height: 18 }, source: 'dom', interactive: role === 'button' || role === 'textbox', ...extra };
}
const page = [element(1, 'textbox', '', { label: 'Search' }), element(2, 'button', 'OK')];
const banner = [element(10, 'dialog', 'Cookie consent'), element(11, 'button', 'OK', { parentId: 10 }), element(12, 'button', '×', { label: 'Close', parentId: 10 })];

function planned(sourceIndex: number, targetId: number, seen: UIElement[]): PlannedStep {
  const step: Step = {
    index: sourceIndex,
    observation: { text: '', elements: seen },
    action: { type: 'click', target: { elementId: targetId } },
    targets: [],
    result: { ok: true },
    timings: {},
  };
  return { sourceIndex, step, bindings: [] };
}

describe('dialog steps', () => {
  const dismiss = planned(0, 11, [...page, ...banner]);
  const search = planned(1, 2, page);

  it('ground a step taken inside a dialog only among the elements of a dialog shown now', () => {
    expect(dialogScope(search, page)).toEqual({ kind: 'any' });
    const scope = dialogScope(dismiss, [...page, ...banner]);
    expect(scope.kind === 'dialog' && scope.elements.map((shown) => shown.id)).toEqual([10, 11, 12]);
    // The page's own "OK" is never a stand-in for the banner's.
    expect(dialogScope({ ...dismiss, sourceIndex: 2 }, page)).toEqual({ kind: 'dialog', elements: [] });
  });

  it('skip the first step when the dialog it dismissed has not come', () => {
    expect(dialogScope(dismiss, page)).toMatchObject({ kind: 'absent' });
  });

  it('go back to the dismissal when a dialog comes over a later step, and close it by its one close control', () => {
    expect(dismissalBefore([dismiss, search], 1, [...page, ...banner])).toBe(0);
    expect(dismissalBefore([dismiss, search], 1, page)).toBeUndefined();
    expect(closeControl([...page, ...banner])?.id).toBe(12);
    // Two close controls: which one is a guess.
    expect(closeControl([...page, ...banner, element(13, 'button', 'Close', { parentId: 10 })])).toBeUndefined();
  });

  it('dismiss a banner the demonstration met later on, when it came by itself, before the step it now blocks', () => {
    // Demonstrated: type into the search box (no banner yet), the banner comes by itself, it is dismissed, then OK.
    const typed = planned(0, 1, page);
    const later = planned(1, 11, [...page, ...banner]);
    const ok = planned(2, 2, page);
    const trajectory = { id: 't', task: 'x', steps: [{ ...typed.step, observation: { text: '', elements: [...page, ...banner] } }, later.step, ok.step] } as unknown as Trajectory;
    expect(dismissalBefore([typed, later, ok], 2, [...page, ...banner], trajectory)).toBe(1);
    // Without the trajectory only the first step counts.
    expect(dismissalBefore([typed, later, ok], 2, [...page, ...banner])).toBeUndefined();
    // A dialog the demonstration opened (absent before its step) is no pop-up to dismiss.
    const opened = { ...trajectory, steps: [typed.step, later.step, ok.step] } as Trajectory;
    expect(dismissalBefore([typed, later, ok], 2, [...page, ...banner], opened)).toBeUndefined();
  });

  it('dismiss a banner the demonstration met only after the step it now blocks (it came sooner this time)', () => {
    const typed = planned(0, 1, page);
    const later = planned(1, 11, [...page, ...banner]);
    const ok = planned(2, 2, page);
    const trajectory = { id: 't', task: 'x', steps: [{ ...typed.step, observation: { text: '', elements: [...page, ...banner] } }, later.step, ok.step] } as unknown as Trajectory;
    // The very first step is blocked: the dismissal demonstrated at step 2 is the way past it.
    expect(dismissalBefore([typed, later, ok], 0, [...page, ...banner], trajectory)).toBe(1);
    // Never the blocked step itself, and nothing without a dialog on screen.
    expect(dismissalBefore([typed, later, ok], 1, [...page, ...banner], { ...trajectory, steps: [typed.step, later.step, ok.step] } as Trajectory)).toBeUndefined();
    expect(dismissalBefore([typed, later, ok], 0, page, trajectory)).toBeUndefined();
  });

  it('dismiss a named banner the demonstration met after typing (it came on focus), but not one a click opened', () => {
    const named = [element(10, 'dialog', 'We use cookies', { label: 'Cookie consent' }), element(11, 'button', 'OK', { parentId: 10 })];
    const typed: PlannedStep = { ...planned(0, 1, page), step: { ...planned(0, 1, page).step, action: { type: 'type', text: 's', target: { elementId: 1 } } } };
    const later = planned(1, 11, [...page, ...named]);
    const ok = planned(2, 2, page);
    const trajectory = { id: 't', task: 'x', steps: [typed.step, later.step, ok.step] } as unknown as Trajectory;
    expect(dismissalBefore([typed, later, ok], 0, [...page, ...named], trajectory)).toBe(1);
    // Another banner (no such name) is not that one.
    expect(dismissalBefore([typed, later, ok], 0, [...page, ...banner], trajectory)).toBeUndefined();
    // A click brought it up in the demonstration: a dialog the task opens on purpose.
    const clicked = { ...trajectory, steps: [planned(0, 2, page).step, later.step, ok.step] } as Trajectory;
    expect(dismissalBefore([planned(0, 2, page), later, ok], 0, [...page, ...named], clicked)).toBeUndefined();
  });

  it('ground a step taken on the page only outside the dialogs shown now', () => {
    const popup = [element(20, 'dialog', 'Your session is about to expire'), element(21, 'button', 'OK', { parentId: 20 }), element(22, 'button', 'Cancel', { parentId: 20 })];
    const scope = dialogScope(search, [...page, ...popup]);
    expect(scope.kind === 'page' && scope.elements.map((shown) => shown.id)).toEqual([1, 2]);
    // The page's own button is there: it is the one pressed, never the pop-up's look-alike.
    const grounded = groundStep(search, [...popup, ...page]);
    expect(grounded.ok && 'action' in grounded && grounded.action).toEqual({ type: 'click', target: { elementId: 2 } });
    // The page's button is gone (renamed or covered): the pop-up's "OK" does not stand in for it.
    const renamed = [element(1, 'textbox', '', { label: 'Search' }), element(3, 'link', 'Help')];
    const covered = groundStep(search, [...renamed, ...popup]);
    expect(covered.ok && 'action' in covered && covered.action.type === 'click' && 'elementId' in covered.action.target && covered.action.target.elementId).not.toBeGreaterThanOrEqual(20);
    expect(covered.score).toBeLessThan(0.55); // the offline policy's default threshold: it refuses
  });

  it('press no keys into a dialog that took the focus when the demonstration pressed them on the page', () => {
    const keys = (action: Step['action'], seen: UIElement[]): PlannedStep => ({ ...planned(1, 1, seen), step: { ...planned(1, 1, seen).step, action } });
    const field = element(1, 'textbox', '', { label: 'Search', states: { focused: true } });
    const typedHere = [field, element(2, 'button', 'OK')];
    const focusedBanner = [element(1, 'textbox', '', { label: 'Search' }), element(2, 'button', 'OK'), element(10, 'dialog', 'We use cookies', { label: 'Cookie consent' }), element(11, 'button', 'Accept all', { parentId: 10, states: { focused: true } })];
    for (const action of [{ type: 'press', keys: 'Enter' }, { type: 'press', keys: 'Control+A' }, { type: 'type', text: 'compass' }] as const) {
      const step = keys(action, typedHere);
      expect(keysIntoDialog(step, focusedBanner)).toContain('"Cookie consent"');
      const grounded = groundStep(step, focusedBanner);
      expect(grounded.ok).toBe(false);
      // The focus back on the page (or a banner that did not take it): the keys go where they went before.
      expect(keysIntoDialog(step, typedHere)).toBeUndefined();
      expect(keysIntoDialog(step, [...page, ...banner])).toBeUndefined();
    }
    // Text typed into a named field is aimed at it (and checked by the operator), not sent where the focus is.
    expect(keysIntoDialog(keys({ type: 'type', text: 'compass', target: { elementId: 1 } }, typedHere), focusedBanner)).toBeUndefined();
    // Keys the demonstration pressed inside the dialog (Escape on a focused banner) are pressed there again.
    expect(keysIntoDialog(keys({ type: 'press', keys: 'Escape' }, focusedBanner), focusedBanner)).toBeUndefined();
  });

  it('know when the run already acted inside a dialog', () => {
    const acted = (ok: boolean): Step => ({ ...dismiss.step, result: { ok } });
    expect(actedInDialog([acted(true)])).toBe(true);
    expect(actedInDialog([acted(false)])).toBe(false);
  });
});

// A sign-in form; a box that says "Your session is about to expire. Exit?" with OK and Cancel, over the form.
const form = (disabled = false) => [
  element(1, 'textbox', '', { label: 'Username', states: { disabled } }),
  element(2, 'textbox', '', { label: 'Password', states: { disabled } }),
  element(3, 'button', 'Login', { states: { disabled } }),
];
const popup = [element(10, 'text', 'Your session is about to expire.'), element(11, 'button', 'OK'), element(12, 'button', 'Cancel')];

function step(index: number, action: Action, elements: UIElement[]): Step {
  return { index, observation: { text: '', elements }, action, targets: [], result: { ok: true }, timings: {} };
}
const click = (id: number): Action => ({ type: 'click', target: { elementId: id } });
const type = (id: number, text: string): Action => ({ type: 'type', target: { elementId: id }, text });

// Demonstrated: type the user name, click the password field (the pop-up came), Cancel, type the password, Login.
const demonstrated = [
  step(0, type(1, 'ada'), form()),
  step(1, click(2), form()),
  step(2, click(12), [...form(true), ...popup]),
  step(3, type(2, 'pw'), form()),
  step(4, click(3), form()),
];
const plan: PlannedStep[] = demonstrated.map((shown, sourceIndex) => ({ sourceIndex, step: shown, bindings: [] }));

describe('a dialog without a dialog role, known from the demonstration (a box a field raised by itself)', () => {
  it('is told by the demonstration: a Cancel that came after a field step and was gone after the click', () => {
    expect(unaskedDismissal(demonstrated, 2)).toEqual({ role: 'button', caption: 'Cancel' });
    expect(demonstrated.map((_, index) => unaskedDismissal(demonstrated, index) !== undefined)).toEqual([false, false, true, false, false]);
    // A Cancel a button press opened (a confirmation the task asked for) is no unasked pop-up.
    const opened = [step(0, click(3), form()), step(1, click(12), [...form(), ...popup]), step(2, type(2, 'pw'), form())];
    expect(unaskedDismissal(opened, 1)).toBeUndefined();
    // A Cancel that was on the screen before the field step (part of the page) is none either.
    const onPage = [step(0, click(2), [...form(), ...popup]), step(1, click(12), [...form(), ...popup])];
    expect(unaskedDismissal(onPage, 1)).toBeUndefined();
    // Nor an OK: only a control that closes or backs out.
    const ok = [step(0, click(2), form()), step(1, click(11), [...form(true), ...popup]), step(2, click(3), form())];
    expect(unaskedDismissal(ok, 1)).toBeUndefined();
  });

  it('skips the demonstrated dismissal when no pop-up came up this time, and keeps it when one did', () => {
    expect(skipUnaskedDismissals(plan, demonstrated, 2, form())).toEqual({ cursor: 3, skipped: 1 });
    expect(skipUnaskedDismissals(plan, demonstrated, 2, [...form(true), ...popup])).toEqual({ cursor: 2, skipped: 0 });
    expect(skipUnaskedDismissals(plan, demonstrated, 1, form())).toEqual({ cursor: 1, skipped: 0 });
  });

  it('closes a pop-up that came at another field by its demonstrated Cancel (never its OK) and takes the interrupted step again', () => {
    // The pop-up came when the user name was typed this time: before step 2 (click the password field).
    const now = [...form(true), ...popup];
    const dismissal = unaskedPopupDismissal(plan, demonstrated, 1, now);
    expect(dismissal?.element.id).toBe(12);
    expect(dismissal?.resumeAt).toBe(0);
    expect(dismissal?.reason).toMatch(/Cancel/);
    // No pop-up, or at the dismissal step itself: nothing to do here.
    expect(unaskedPopupDismissal(plan, demonstrated, 1, form())).toBeUndefined();
    expect(unaskedPopupDismissal(plan, demonstrated, 2, now)).toBeUndefined();
    // Two Cancels on the screen: which box it closes would be a guess.
    expect(unaskedPopupDismissal(plan, demonstrated, 3, [...now, element(13, 'button', 'Cancel')])).toBeUndefined();
    // A demonstration with no unasked pop-up never clicks a Cancel it finds.
    const plain = [step(0, type(1, 'ada'), form()), step(1, type(2, 'pw'), form()), step(2, click(3), form())];
    const plainPlan = plain.map((shown, sourceIndex) => ({ sourceIndex, step: shown, bindings: [] }));
    expect(unaskedPopupDismissal(plainPlan, plain, 1, now)).toBeUndefined();
  });
});
