import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { actedInDialog, closeControl, dialogScope, dismissalBefore, keysIntoDialog } from './dialog-steps.js';
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
