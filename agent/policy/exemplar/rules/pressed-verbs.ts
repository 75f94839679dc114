/**
 * Rule: a request the demonstration asked by the control it pressed.
 *
 * A task often leaves its request to the page: "I'm flying Vienna to Prague on
 * Tue the 11th for 2 of us - see what's available." names no verb of
 * searching, yet its steps filled the form and pressed "Search". A person told
 * "Could you look for Prague flights out of Lisbon …" on the same page does
 * what that demonstration did: the request the new text says in words is the
 * one the demonstration's press carried out. So a verb key the new task asks
 * counts as asked by the demonstration's task when the demonstration pressed a
 * control (a button, link or menu item: control-purpose.ts ACTIVATORS) whose
 * caption opens with that verb ("Search", "Search flights", "Find flights",
 * "Reply", "Yes, delete": intent-words.ts captionVerb).
 *
 * Why it is safe: only the press of a control captioned by the very verb key
 * counts — a control the demonstration never pressed, or one captioned by
 * another request ("Filter", "Sort", "Forward", "Archive"), asks nothing here,
 * and the opposite of a pressed verb ("hide" where it pressed "Show") stays a
 * contradiction; the texts' own verbs are still compared both ways
 * (verb-gap.ts), and every value must still pair by its place
 * (kind-by-places.ts). A field clicked into (a "Search" box) is no press.
 *
 * The press of such a control, where the new task asks its verb in words, is
 * the page's way of doing what both ask: the caption's other words ("flights"
 * of "Find flights") are the page's, not words the new task must repeat
 * (kind-by-places.ts) — unless the caption names a value of the task.
 * Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import { captionVerb } from '../intent-words.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { ACTIVATORS } from './control-purpose.js';

type Step = Trajectory['steps'][number];

/** The verb key of the caption of the control a step pressed ("Search flights" → search), else undefined (no press, no verb). */
export function pressedVerbOf(step: Step): string | undefined {
  if (step.action.type !== 'click') return undefined;
  for (const target of targetDescriptorsOf(step)) {
    if (!ACTIVATORS.has(target.role)) continue;
    // An input button shows its value ("<input type=submit value=Search>").
    const verb = captionVerb(target.text || target.label || (target.inputType ? (target.value ?? '') : ''));
    if (verb !== undefined) return verb;
  }
  return undefined;
}

/** The verb keys of the captions of the controls the steps pressed ("Search flights" → search), in order, once each. */
export function pressedVerbs(steps: readonly Step[]): string[] {
  return [...new Set(steps.flatMap((step) => pressedVerbOf(step) ?? []))];
}
