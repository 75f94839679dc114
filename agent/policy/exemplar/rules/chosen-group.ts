/**
 * Rule: a choice picked by its value needs no name for the group it sits under.
 *
 *   demonstration: "Could you register me? I'm Kenji Pike - Student plan, paying monthly."   (clicked the radio
 *                  "Student $22/mo" under "Plan")
 *   task:          "Sign Noor Akana up for the Student membership, billed yearly."
 *
 * The demonstration's task said "plan", and its step chose under the heading "Plan"; but the value "Student" is
 * what chose the radio, and the new task names a value of that type where the demonstration named "Student" — so
 * the heading's words are where the value goes, as a field's label is for a typed value, not words the new task
 * must repeat. Only a grouped choice (radio, option, checkbox: planned-step.ts GROUPED_CHOICE_ROLES) clicked or
 * chosen whose caption holds one of the demonstration's values, when the new task names as many values of that
 * type, and when no other group of the demonstration's page or this one offers a choice of that role holding the
 * value or a new value of its type (a "Student" locker beside the "Student" plan: the heading then tells which);
 * the values still pair by their places (kind-by-places.ts).
 *
 * Planning half: kind-by-places.ts (the words a demonstration acted on). Grounding half: none.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { ValueSpan } from '../value-spans.js';
import { GROUPED_CHOICE_ROLES, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole } from '../text-match.js';

/** Each step that chose a grouped choice by one of the demonstration's values, with the group it sat under. */
export function valueChosenGroups(steps: readonly Step[], oldSpans: readonly ValueSpan[], newSpans: readonly ValueSpan[], page: readonly UIElement[] = []): Map<Step, string> {
  const groups = new Map<Step, string>();
  const count = (spans: readonly ValueSpan[], type: string) => spans.filter((span) => span.type === type).length;
  for (const step of steps) {
    const targets = targetDescriptorsOf(step);
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    if (!target.group || !GROUPED_CHOICE_ROLES.has(target.role)) continue;
    const caption = target.text || target.label || '';
    const chosenBy = oldSpans.filter((span) => containsWhole(caption, span.value) || containsWhole(caption, span.text));
    if (chosenBy.length === 0 || chosenBy.some((span) => count(newSpans, span.type) !== count(oldSpans, span.type))) continue;
    // The value, or a new value of its type, under another group of that role here or there: the heading tells which.
    const values = [...chosenBy, ...newSpans.filter((span) => chosenBy.some((old) => old.type === span.type))];
    const elsewhere = [...step.observation.elements, ...page].some(
      (element) =>
        element.role === target.role && element.group !== undefined && element.group !== target.group &&
        values.some((span) => containsWhole(element.text || element.label || '', span.value) || containsWhole(element.text || element.label || '', span.text)),
    );
    if (elsewhere) continue;
    groups.set(step, target.group);
  }
  return groups;
}
