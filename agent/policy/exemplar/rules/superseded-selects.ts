/**
 * Rule: a drop-down chosen twice in a row keeps only its last choice.
 *
 *   demonstration: select "Monday, February 10" in Day, select "Friday, February 14" in Day, select "12:30 PM" in Start time
 *
 * A recording may hold a choice the person did not mean to keep — the
 * option the list showed when it opened, a slip corrected at once — right
 * before the choice that stayed. Nothing happened between the two, so the
 * first leaves no trace on the page; copied into a plan it would choose an
 * option the new task never names (a day of another week). So a select
 * followed at once by another select in the same drop-down is left out of
 * the plan; the last one stands. Not in a list that keeps several picks
 * ("hold Ctrl to pick several"): each pick there adds to the ones before.
 *
 * Planning half: plan-demonstration.ts (the demonstrated steps). Grounding half: none.
 */
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { normalizeText } from '../text-match.js';
import { targetDescriptorsOf } from '../planned-step.js';

/** A list box that allows several picks: it says so by `multiple` / `aria-multiselectable`. */
function keepsSeveral(target: TargetDescriptor): boolean {
  const attributes = target.attributes ?? {};
  return 'multiple' in attributes || attributes['aria-multiselectable'] === 'true';
}

/** Is the step a select that the next step, a select in the same drop-down, replaced? */
export function supersededSelect(step: Step, next: Step | undefined): boolean {
  if (!next || next.result?.ok === false || step.action.type !== 'select' || next.action.type !== 'select') return false;
  const a = targetDescriptorsOf(step)[0];
  const b = targetDescriptorsOf(next)[0];
  if (!a || !b) return false;
  // A list that keeps several picks (a pick held with Ctrl or Shift adds to the one before) replaces nothing.
  if (next.action.modifiers?.length || [a, b].some(keepsSeveral)) return false;
  const sameId = 'elementId' in step.action.target && 'elementId' in next.action.target && step.action.target.elementId === next.action.target.elementId;
  return sameId && a.role === b.role && normalizeText(a.label) === normalizeText(b.label);
}
