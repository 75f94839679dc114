/**
 * Rule: the closing press of a demonstration, named by its caption as a verb.
 *
 *   demonstration: "Choose Pirates for the team and type "Cato" as the nickname, then save the form."
 *                  (chose, typed, pressed "Save")
 *   task:          "Please set the team to Wolves and the nickname to "Tamsin", then click Save."
 *
 * "Save the form" and "click Save" ask the one press: the button's caption
 * said as the verb in one text, as the thing pressed in the other. A clause
 * whose verb is the caption of the demonstration's last acted step — a press
 * on a button — and whose object no other step names ("the form": the whole
 * form, not something in it) is that press: kept as demonstrated, neither
 * counted as a clause the other task lacks nor as one no step serves.
 * "Delete the photo" (a click on the photo, then "Delete") stays a clause of
 * its own: another step names its object.
 *
 * Planning half only (task-clauses.ts). Pure, no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import type { TaskClause } from '../task-clauses.js';
import { containsWhole, normalizeText } from '../text-match.js';

/** The index of the last step that acted (not done, not a wait, not failed); -1 when none. */
export const lastActed = (steps: readonly Step[]) => steps.findLastIndex((step) => step.action.type !== 'done' && step.action.type !== 'wait' && step.result?.ok !== false);

/** Is the step a click on a button (a closing press)? */
export const isPress = (step: Step) => step.action.type === 'click' && targetDescriptorsOf(step).some((target) => target.role === 'button' || target.inputType === 'submit');

/** What a step names: its strings (typed text, option, target texts) and its targets' row or parent texts. */
export function namedBy(step: Step): string[] {
  const contexts = step.action.type === 'scroll' ? [] : targetDescriptorsOf(step).flatMap((target) => (target.context ? [target.context] : []));
  return [...stepStrings(step), ...contexts];
}

/**
 * Is the clause the demonstration's closing press said as a verb ("save the form" for the press on "Save")? Its verb
 * one word, the press's caption that word; no values; no other step names a word of its object.
 */
export function pressNamedByVerb(clause: TaskClause, steps: readonly Step[]): boolean {
  const verb = clause.verb;
  if (verb === undefined || /\s/.test(verb) || clause.values.length > 0) return false;
  const last = lastActed(steps);
  const press = steps[last];
  if (press === undefined || !isPress(press)) return false;
  const captions = targetDescriptorsOf(press).flatMap((target) => [target.text, target.label].filter((text): text is string => !!text));
  if (!captions.some((caption) => normalizeText(caption) === verb)) return false;
  const object = clause.words.filter((word) => word !== verb);
  return steps.every((step, index) => index === last || step.action.type === 'done' || !object.some((word) => namedBy(step).some((text) => containsWhole(text, word))));
}
