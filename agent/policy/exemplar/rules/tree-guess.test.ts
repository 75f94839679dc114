import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { describeTarget } from '../../../core/describe-target.js';
import { UNREAD_TREE_ATTRIBUTE } from '../../../operators/desktop/unread-tree.js';
import { groundStep } from '../ground-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import { confirmTreeGuess, treeGuessAt } from './tree-guess.js';

/**
 * The GTK sign-up form as the desktop operator reads it: its tree (window,
 * the newsletter check box, the plan radios, Sign up), and OCR's reading of
 * the same window where the tree was not read in time — its layout calls the
 * round radio buttons check boxes.
 */
const APP = 'signup-app.py';
const path = (name: string) => ({ path: `window[Understudy GTK Sign-up] / filler / panel / ${name}` });
function tree(dx = 0): UIElement[] {
  const element = (id: number, role: string, text: string, x: number, y: number, width: number, height: number, states: UIElement['states'] = {}): UIElement => ({
    id,
    role,
    text,
    states,
    box: { x: x + dx, y, width, height },
    source: 'a11y',
    interactive: role !== 'text',
    attributes: path(`${role}[${text}]`),
  });
  return [
    element(1, 'checkbox', 'Send me the newsletter', 161, 232, 182, 22),
    element(2, 'radio', 'Free', 161, 263, 62, 20, { checked: true }),
    element(3, 'radio', 'Pro', 230, 263, 46, 20),
    element(4, 'radio', 'Team', 291, 263, 59, 20),
    element(5, 'button', 'Sign up', 161, 420, 90, 34),
  ];
}
/** OCR's elements where the tree was not read (marked with the application, or '' where no window is known). */
function guesses(application = APP, firstId = 20, dx = 0): UIElement[] {
  const element = (id: number, role: string, text: string, x: number, y: number, width: number, height: number): UIElement => ({
    id,
    role,
    text,
    states: {},
    box: { x: x + dx, y, width, height },
    source: 'ocr',
    interactive: role !== 'text',
    attributes: { [UNREAD_TREE_ATTRIBUTE]: application },
  });
  return [
    element(firstId, 'checkbox', 'Send me the newsletter', 165, 236, 174, 14),
    element(firstId + 1, 'text', 'Free', 185, 267, 30, 12),
    element(firstId + 2, 'checkbox', 'Pro', 234, 267, 38, 12),
    element(firstId + 3, 'checkbox', 'Team', 295, 267, 51, 12),
    element(firstId + 4, 'button', 'Sign up', 161, 420, 90, 34),
  ];
}

const TASK = 'Sign up on the Pro plan';
/** A click demonstrated on the tree's radio "Pro". */
function clickOnTree(): Step {
  const elements = tree();
  const pro = elements.find((element) => element.text === 'Pro')!;
  const action: Action = { type: 'click', target: { elementId: pro.id } };
  return { index: 0, observation: { text: '', elements }, action, targets: [describeTarget(pro, { elements })], timings: {} };
}
/** A click the recorder stored as its point, OCR's guess "checkbox Pro" beside it: the tree was not read in time. */
function clickOnGuess(): Step {
  const elements = guesses();
  const guess = elements.find((element) => element.text === 'Pro')!;
  const action: Action = { type: 'click', target: { x: 240, y: 273 } };
  return { index: 0, observation: { text: '', elements }, action, targets: [], details: { pointTargets: [describeTarget(guess, { elements })] }, timings: {} };
}
const planned = (step: Step, bindings: { old: string; new: string }[] = []) => ({ sourceIndex: 0, step, bindings });
/** The policy's default threshold (exemplar-policy.ts): below it a grounded step is refused. */
const THRESHOLD = 0.55;
const acts = (grounding: ReturnType<typeof groundStep>) => grounding.ok && 'action' in grounding && grounding.score >= THRESHOLD;
const clicked = (grounding: ReturnType<typeof groundStep>) => (acts(grounding) && 'action' in grounding && grounding.action.type === 'click' ? grounding.action.target : undefined);

describe('a step demonstrated on a control the tree named, met by OCR guesses where the tree was not read', () => {
  it('refuses the guess "checkbox Pro" for the demonstrated radio "Pro", saying why, where it acted before', () => {
    const grounding = groundStep(planned(clickOnTree()), guesses(), TASK);
    expect(acts(grounding)).toBe(false);
    expect(grounding.reason).toContain(`${APP}'s accessibility tree could not be read this time; OCR's guess checkbox "Pro" is not certain`);
  });

  it('refuses the new plan\'s guess as well ("Team" for "Pro"), and a guess in no known window', () => {
    expect(acts(groundStep(planned(clickOnTree(), [{ old: 'Pro', new: 'Team' }]), guesses(), 'Sign up on the Team plan'))).toBe(false);
    const unknown = groundStep(planned(clickOnTree()), guesses(''), TASK);
    expect(acts(unknown)).toBe(false);
    expect(unknown.reason).toContain(`the window's accessibility tree could not be read this time; OCR's guess checkbox "Pro" is not certain`);
  });

  it('acts on the tree\'s own radio when the read was whole, or cut short after reaching it', () => {
    const whole = tree(300);
    expect(clicked(groundStep(planned(clickOnTree()), whole, TASK))).toEqual({ elementId: 3 });
    // Cut short: the tree's radios were read, OCR stood in for the rest (its guess of "Pro" too, merged beside).
    const cut = [...tree().slice(0, 4), ...guesses(APP, 20).slice(2)];
    const grounding = groundStep(planned(clickOnTree()), cut, TASK);
    expect(clicked(grounding)).toEqual({ elementId: 3 });
    expect(grounding.reason).not.toContain('not certain');
  });

  it('lets a demonstration read by OCR alone (a window without a tree) be met by the same reading in no known window, never in an accessible one', () => {
    // Demonstrated on a Tk form: OCR's reading, unmarked — the tree was read whole and the window published none.
    const tk = guesses().map((element) => ({ ...element, attributes: undefined }));
    const pro = tk.find((element) => element.text === 'Pro')!;
    const step: Step = { index: 0, observation: { text: '', elements: tk }, action: { type: 'click', target: { elementId: pro.id } }, targets: [describeTarget(pro, { elements: tk })], timings: {} };
    // Now the read failed: every OCR element is marked '' — OCR reads the Tk window as it did.
    expect(clicked(groundStep(planned(step), guesses(''), TASK))).toEqual({ elementId: 22 });
    // OCR's reading inside the GTK application's window is a guess at what its tree would say: refused.
    expect(acts(groundStep(planned(step), guesses(APP), TASK))).toBe(false);
  });

  it('tells callers that take the element without weighing its score (pagers, drop zones) that it is a guess', () => {
    const pro = describeTarget(tree()[2]!, { elements: tree() });
    const found = groundTarget(pro, [], guesses());
    expect(found.element?.id).toBe(22);
    expect(nearTieRefusal(found, 'the plan')).toMatch(/^the plan is not certain: .*OCR's guess checkbox "Pro" is not certain/);
    expect(nearTieRefusal(groundTarget(pro, [], tree()), 'the plan')).toBeUndefined();
  });
});

describe('a step stored as a point with OCR\'s guess beside it', () => {
  it('finds the guess the recorder kept beside the point', () => {
    expect(treeGuessAt(clickOnGuess(), { x: 240, y: 273 })?.text).toBe('Pro');
    expect(treeGuessAt(clickOnGuess(), { x: 500, y: 20 })).toBeUndefined();
  });

  it('is grounded on the one tree control that confirms the guess, never replayed as the point', () => {
    // The window sits 300 px further right now: the demonstrated point lies on nothing.
    const grounding = groundStep(planned(clickOnGuess()), tree(300), TASK);
    expect(clicked(grounding)).toEqual({ elementId: 3 });
    expect(grounding.reason).toContain('OCR\'s guess checkbox "Pro" (the tree was not read when this step was demonstrated) is confirmed by the accessibility tree: [3] radio "Pro"');
    // The new task's plan: the guessed caption rewritten by the binding.
    expect(clicked(groundStep(planned(clickOnGuess(), [{ old: 'Pro', new: 'Team' }]), tree(), 'Sign up on the Team plan'))).toEqual({ elementId: 4 });
  });

  it('refuses in words where the tree is not read again: a guess met by a guess confirms nothing', () => {
    const grounding = groundStep(planned(clickOnGuess()), guesses(), TASK);
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toBe(
      `${APP}'s accessibility tree could not be read when this step was demonstrated; OCR's guess checkbox "Pro" is not certain, and no toggle control read from an accessibility tree here shows "Pro" to confirm it`,
    );
  });

  it('refuses where the tree shows the caption on another kind of control, or on two toggles', () => {
    const button: UIElement = { ...tree()[2]!, role: 'button' };
    expect(acts(groundStep(planned(clickOnGuess()), [button], TASK))).toBe(false);
    // A "Pro" radio in the plan row and a "Pro" check box for the support add-on: which one was pressed is a guess.
    const addOn: UIElement = { ...tree()[0]!, id: 9, text: 'Pro', box: { x: 161, y: 300, width: 40, height: 20 } };
    const two = groundStep(planned(clickOnGuess()), [...tree(), addOn], TASK);
    expect(two.ok).toBe(false);
    expect(two.reason).toContain('2 elements read from an accessibility tree here show "Pro"');
  });

  it('does not hold a scroll to its guess: the pointer only has to be over the list', () => {
    const step: Step = { ...clickOnGuess(), action: { type: 'scroll', deltaX: 0, deltaY: 120, target: { x: 240, y: 273 } } };
    expect(acts(groundStep(planned(step), guesses(), TASK))).toBe(true);
  });

  it('confirms OCR\'s plain text by any one tree element of that caption, and nothing by a guess without words', () => {
    const text: TargetDescriptor = { role: 'text', text: 'Free', box: { x: 185, y: 267, width: 30, height: 12 }, attributes: { [UNREAD_TREE_ATTRIBUTE]: APP } };
    const confirmed = confirmTreeGuess(text, [], tree());
    expect(confirmed.ok && confirmed.element.id).toBe(2);
    expect(confirmTreeGuess({ ...text, text: '' }, [], tree()).ok).toBe(false);
  });
});
