/**
 * Rule: a slot that cuts a value of one kind out of a value of another kind is no pairing of values.
 *
 *   demonstration: "I'm flying Vienna to Prague on Tue the 11th for 2 of us - see what's available."
 *   task:          "I'm flying Madrid to Dublin on March 18 - see what's available."
 *   slot:          "2" → "18"   (the count of travellers for the day's number: the day "Tue the 11th" left in the wording)
 *
 * A person reads "18" as part of the day "March 18", never as the count the
 * demonstration's "2" was: followed, the plan would choose "18 adults" and
 * leave the demonstrated day as it was. A slot whose value, on one side,
 * stands strictly inside a value of some kind (value-spans.ts: a day, a
 * name, a quoted text) while its counterpart is no part of a value of that
 * kind is refused, naming both.
 *
 * Plan level (plan-rules.ts). Pure, no task knowledge.
 */
import type { DemonstrationPlan } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { valueSpans, type ValueSpan } from '../value-spans.js';
import type { TaskValueProblem } from './task-values.js';

/** A bare number: digits, maybe with a decimal part. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** The value of `spans` that holds `value` as a strict part (more than the value itself), if any. */
function holdingSpan(value: string, spans: readonly ValueSpan[]): ValueSpan | undefined {
  return spans.find((span) => normalizeText(span.text) !== normalizeText(value) && containsWhole(span.text, value));
}

/** Is `value` a value of `type` in its text, or part of one? */
const ofType = (value: string, spans: readonly ValueSpan[], type: ValueSpan['type']) => spans.some((span) => span.type === type && containsWhole(span.text, value));

/** Problems of slots that cut a value of one kind out of a value of another (see above). */
export function cutValueProblems(plan: { alignment: Pick<DemonstrationPlan['alignment'], 'slots'>; task: string; trajectory: Pick<DemonstrationPlan['trajectory'], 'task'> }): TaskValueProblem[] {
  const [demoSpans, taskSpans] = [valueSpans(plan.trajectory.task), valueSpans(plan.task)];
  const problems: TaskValueProblem[] = [];
  for (const slot of plan.alignment.slots) {
    if (slot.list || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const [old, now] = [slot.old[0]!, slot.new[0]!];
    // Numbers only: a word cut out of a name or an address is read by other paths (kind-by-places, field pairs), whose
    // own slots these are not.
    if (!NUMBER.test(old.trim()) || !NUMBER.test(now.trim())) continue;
    const inNew = holdingSpan(now, taskSpans);
    const inOld = holdingSpan(old, demoSpans);
    if (inNew && !ofType(old, demoSpans, inNew.type)) {
      problems.push({ text: `the task's ${JSON.stringify(now)} is part of the ${inNew.type} ${JSON.stringify(inNew.text)}, which the demonstration's ${JSON.stringify(old)} is not, so the two do not stand for each other`, blocking: true });
    } else if (inOld && !ofType(now, taskSpans, inOld.type)) {
      problems.push({ text: `the demonstration's ${JSON.stringify(old)} is part of the ${inOld.type} ${JSON.stringify(inOld.text)}, which the task's ${JSON.stringify(now)} is not, so the two do not stand for each other`, blocking: true });
    }
  }
  return problems;
}
