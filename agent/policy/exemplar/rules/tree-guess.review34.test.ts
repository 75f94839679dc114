/**
 * Review probes (session 34, review34) of rules/tree-guess.ts: a step the recorder stored as a point with OCR's guess
 * beside it (the tree was not read in time) is grounded only on the one tree element that shows the guessed text and
 * is of the guessed kind. Hostile: the one such element lies in another application's window (the demonstrated one
 * closed), the guessed caption is a word inside a longer caption, and the binding rewriting part of a word.
 * `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { describeTarget } from '../../../core/describe-target.js';
import { UNREAD_TREE_ATTRIBUTE } from '../../../operators/desktop/unread-tree.js';
import { groundStep } from '../ground-step.js';
import { confirmTreeGuess } from './tree-guess.js';

const APP = 'signup-app.py';
const a11y = (id: number, role: string, text: string, y: number, window = 'Understudy GTK Sign-up'): UIElement => ({
  id, role, text, states: {}, box: { x: 230, y, width: 46, height: 20 }, source: 'a11y', interactive: role !== 'text',
  attributes: { path: `window[${window}] / filler / panel / ${role}[${text}]` },
});
const ocr = (id: number, role: string, text: string, y: number): UIElement => ({
  id, role, text, states: {}, box: { x: 234, y, width: 38, height: 12 }, source: 'ocr', interactive: role !== 'text', attributes: { [UNREAD_TREE_ATTRIBUTE]: APP },
});
/** The demonstrated click, stored as a point with OCR's guess `checkbox "<text>"` beside it. */
function clickOnGuess(text: string): Step {
  const elements = [ocr(20, 'checkbox', 'Free', 240), ocr(21, 'checkbox', text, 267), ocr(22, 'button', 'Sign up', 420)];
  const guess = elements[1]!;
  const action: Action = { type: 'click', target: { x: 240, y: 273 } };
  return { index: 0, observation: { text: '', elements }, action, targets: [], details: { pointTargets: [describeTarget(guess, { elements })] }, timings: {} };
}
const planned = (step: Step, bindings: { old: string; new: string }[] = []) => ({ sourceIndex: 0, step, bindings });
const acts = (grounding: ReturnType<typeof groundStep>) => grounding.ok && 'action' in grounding && grounding.score >= 0.55;

describe('OCR guess confirmed by the tree: review34 probes', () => {
  it('clicks the sign-up window\'s own "Pro" radio', () => {
    const grounding = groundStep(planned(clickOnGuess('Pro')), [a11y(2, 'radio', 'Free', 263), a11y(3, 'radio', 'Pro', 290)], 'Sign up on the Pro plan');
    expect(acts(grounding), grounding.reason).toBe(true);
  });
  // The sign-up application closed; another application's window (billing settings) shows its own "Pro" radio. The
  // guess named signup-app.py's window; the one tree "Pro" now is in another application — a person would not press it.
  it.fails('wrong action: never clicks another application\'s "Pro" radio for the sign-up window\'s guess', () => {
    const grounding = groundStep(planned(clickOnGuess('Pro')), [a11y(7, 'radio', 'Basic', 263, 'Billing settings'), a11y(8, 'radio', 'Pro', 290, 'Billing settings')], 'Sign up on the Pro plan');
    expect(acts(grounding), grounding.reason).toBe(false);
  });
  it('refuses a guess whose text is only part of the tree\'s caption ("Pro" for "Pro annual")', () => {
    const confirmed = confirmTreeGuess(describeTarget(ocr(21, 'checkbox', 'Pro', 267), { elements: [] }), [], [a11y(3, 'radio', 'Pro annual', 290)]);
    expect(confirmed.ok).toBe(false);
  });
  it('never rewrites part of a word: "Pro" → "Team" leaves "Produce reports" alone', () => {
    const confirmed = confirmTreeGuess(describeTarget(ocr(21, 'checkbox', 'Produce reports', 267), { elements: [] }), [{ old: 'Pro', new: 'Team' }], [a11y(3, 'checkbox', 'Teamduce reports', 290), a11y(4, 'checkbox', 'Produce reports', 320)]);
    expect(confirmed.ok && confirmed.element.text, confirmed.reason).toBe('Produce reports');
  });
  it('refuses where the tree shows the caption on a button and a toggle both of another family than the guess\'s', () => {
    const confirmed = confirmTreeGuess(describeTarget(ocr(21, 'checkbox', 'Pro', 267), { elements: [] }), [], [a11y(3, 'button', 'Pro', 290), a11y(4, 'link', 'Pro', 320)]);
    expect(confirmed.ok).toBe(false);
  });
});
