import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { skipUnaskedDismissals, unaskedDismissal, unaskedPopupDismissal } from './unasked-popup.js';

function element(id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 0, y: id * 20, width: 50, height: 18 }, source: 'dom', interactive: role === 'button' || role === 'textbox', ...extra };
}
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

describe('a pop-up a field raised by itself', () => {
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
