/**
 * Rule: a tick box or switch the task speaks of, which the demonstration never set, is refused.
 *
 *   demonstration: "Change my password from Otter-tango34 to Quartzkite42."     (typed, pressed Save; never touched
 *                                                                                "Sign out of other devices")
 *   task:          "Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices."
 *
 * The task asks for a state of that box — ticked or not — and the
 * demonstration shows no step setting it: followed, the plan would leave the
 * box as the page happens to show it, right or wrong by chance. When the
 * demonstration set no tick box or switch at all, and most of the words of
 * one's label (two or more, a word and its short ending alike: "sign" /
 * "signed") stand in the task, and fewer in the demonstration's task, the
 * plan is refused, naming the control. A demonstration that set some (one
 * switch of several) rebinds them by the task's values, as before.
 *
 * Planning half only (task-clauses.ts clauseProblems). Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { sameStem } from '../word-forms.js';
import type { TaskValueProblem } from './task-values.js';

/** Controls whose state the task may ask for with words of their label. */
const STATE_ROLES: ReadonlySet<string> = new Set(['checkbox', 'switch']);
/** How many of a label's words a text must name, at least, to speak of its control. */
const MIN_WORDS = 2;

/** A label's words that name something: three letters or more ("sign", "other", "devices"; not "of", "me"). */
const labelWords = (label: string) => [...new Set((label.toLowerCase().match(/\p{L}{3,}/gu) ?? []))];

/** How many of `words` the text names, a word or one a short ending longer ("signed" for "sign"). */
function named(text: string, words: readonly string[]): number {
  const own = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((word) => own.some((other) => sameStem(other, word))).length;
}

/**
 * The tick boxes and switches of the demonstration's first screen the task speaks of (most of their label's words,
 * more than the demonstration's task) when the demonstration set none: one per label. Also rules/asked-box-state.ts.
 */
export function unsetControlsNamed(demoTask: string, task: string, steps: readonly Step[]): UIElement[] {
  if (steps.some((step) => targetDescriptorsOf(step).some((target) => STATE_ROLES.has(target.role)))) return [];
  const found = new Map<string, UIElement>();
  for (const element of steps[0]?.observation.elements ?? []) {
    const label = (element.label || element.text || '').trim();
    if (!STATE_ROLES.has(element.role) || label === '' || found.has(label)) continue;
    const words = labelWords(label);
    const inTask = named(task, words);
    if (inTask >= MIN_WORDS && inTask * 2 > words.length && inTask > named(demoTask, words)) found.set(label, element);
  }
  return [...found.values()];
}

/** Problems: each unset tick box or switch of the demonstration's screens whose label the task names (and its own task less). */
export function unsetControlProblems(demoTask: string, task: string, steps: readonly Step[]): TaskValueProblem[] {
  return unsetControlsNamed(demoTask, task, steps).map((element) => ({
    text: `the task speaks of ${JSON.stringify((element.label || element.text || '').trim())}, which no step of the demonstration set`,
    blocking: true,
  }));
}
