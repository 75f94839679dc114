/**
 * Rule: a count field takes a count. The demonstration typed a number into a field that counts ("4" into Guests);
 * the plan would type whatever the new task's value bound to that number is. A person never types a name there —
 * "Book a table for Chen and Rossi, 6 guests" pairs, by the word template, the list "Lopez, 4" with "Chen, Rossi",
 * so "Rossi" would go into Guests — and never a range: "6 to 8 guests" leaves how many for someone to decide, and
 * the field holds one number. Either way the plan is refused, naming the value and the field.
 *
 * What a count field is and what a count reads as: count-field.ts (the one place). Only a typing the demonstration
 * made of a number into such a field is judged, and only the text the binding writes (a value read off the page or
 * worked out — `copyFrom`, `derived`, `lookup`, `pageToken` — is a number by its own rule; `typeText` is judged as
 * written).
 *
 * Why it is safe: it only refuses. A field that counts and took a number in the demonstration cannot rightly take
 * words; a label that names a count but took words in the demonstration ("Guests: Ana, Bo") is no count field here.
 *
 * Planning half only (plan-rules.ts). Pure; no task knowledge.
 */
import { countReading, isCountField } from '../count-field.js';
import { targetDescriptorsOf, type DemonstrationPlan } from '../planned-step.js';
import { substitute } from '../text-match.js';
import type { TaskValueProblem } from './task-values.js';

/** One blocking problem per planned typing of a non-count into a field the demonstration typed a count into. */
export function countFieldProblems(plan: Pick<DemonstrationPlan, 'steps'>): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  for (const planned of plan.steps) {
    const action = planned.step.action;
    if (action.type !== 'type' || countReading(action.text) !== 'count') continue;
    if (planned.copyFrom || planned.derived || planned.lookup || planned.pageToken) continue;
    const field = targetDescriptorsOf(planned.step)[0];
    if (!field || !isCountField(field)) continue;
    const text = planned.typeText ?? substitute(action.text, planned.bindings).text;
    const reading = countReading(text);
    if (reading === 'count') continue;
    const name = (field.label || field.text || 'the field').trim();
    problems.push({
      text:
        reading === 'range'
          ? `the task gives "${text}" for "${name}", a range and no one count: how many is for a person to decide`
          : `the plan would type "${text}" into "${name}", which takes a count (the demonstration typed "${action.text}"): "${text}" is no number`,
      blocking: true,
      help: 'a task text that gives the count as one number, or a model for the hybrid policy (--policy hybrid)',
    });
  }
  return problems;
}
