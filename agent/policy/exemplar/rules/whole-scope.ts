/**
 * Rule: a task that acts on the whole ("give everything the style bold", "make
 * all of the text italic", "the entire list") and one that acts on a part ("give
 * the text non the style bold") are different tasks, however alike their other
 * words are.
 *
 * A demonstration of the whole selects everything (Ctrl+A) and never names the
 * part; one of a part selects the word and never says "everything". The word
 * alignment sees only the differing wording between them (no value on either
 * side), so without this rule the plan followed the demonstration's scope: the
 * text editor of the sixth real set styled all the text when the task named one
 * word. When exactly one of the two tasks has a word of the whole, the plan is
 * refused with those words. Pure functions over the two task texts.
 */
import type { DemonstrationPlan } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';

/** Words that say the task acts on all of something. */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['everything', 'entire', 'whole']);

/** The words of the whole a task is written with ("everything", "all of"), or undefined when none. */
export function wholeScopeWords(task: string): string | undefined {
  const words = [...task.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
  for (let index = 0; index < words.length; index++) {
    if (WHOLE_WORDS.has(words[index]!)) return words[index];
    if (words[index] === 'all' && words[index + 1] === 'of') return 'all of';
  }
  return undefined;
}

/** A blocking problem when one task acts on the whole and the other does not. */
export function wholeScopeProblem(plan: Pick<DemonstrationPlan, 'task'> & { trajectory: Pick<DemonstrationPlan['trajectory'], 'task'> }): TaskValueProblem | undefined {
  const demonstrated = wholeScopeWords(plan.trajectory.task);
  const asked = wholeScopeWords(plan.task);
  if ((demonstrated === undefined) === (asked === undefined)) return undefined;
  return {
    text: demonstrated
      ? `the demonstration's task acts on the whole ("${demonstrated}") and this task does not, so its steps would act on more than the task names`
      : `the task acts on the whole ("${asked}") and the demonstration's task did not, so its steps would act on only a part`,
    blocking: true,
  };
}
