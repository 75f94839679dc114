/**
 * Rule: when the task names the caption under which the demonstration read a
 * value off its page ("Enter the value of Country" → the cell after
 * "Country"), a task naming another caption ("the value of Color") reads the
 * value after that one. The slot is then used: the caption follows it.
 *
 * Planning only: the grounding reads after the caption as for any page value
 * (rules/typed-values.ts `pageValueFor`), which refuses when the new caption
 * is not on the page once with a value after it.
 */
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../planned-step.js';
import { normalizeText } from '../text-match.js';

/** Point each page-value caption that is a slot's old value at the slot's new value; the slots so used leave `unusedSlots`. */
export function markCaptionSlots(steps: readonly PlannedStep[], unusedSlots: TaskSlot[], notes: string[]): void {
  for (const planned of steps) {
    const source = planned.copyFrom;
    if (!source?.caption || source.keyedByField || planned.lookup) continue;
    const index = unusedSlots.findIndex((slot) => !slot.list && slot.old.length === 1 && slot.new.length === 1 && normalizeText(slot.old[0]) === normalizeText(source.caption));
    if (index < 0) continue;
    const slot = unusedSlots[index]!;
    planned.copyFrom = { ...source, caption: slot.new[0]!, captionFromTask: true };
    unusedSlots.splice(index, 1);
    notes.push(`demonstrated step ${planned.sourceIndex + 1} read its value after ${JSON.stringify(slot.old[0])}, which its task named: reads after ${JSON.stringify(slot.new[0])}`);
  }
}
