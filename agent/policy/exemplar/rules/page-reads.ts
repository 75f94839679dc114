/**
 * The planning rules for values read or counted off the page that the
 * demonstration's literal steps do not show (one entry for plan-demonstration.ts):
 * a caption the task names (caption-slot.ts), a number done as that many clicks
 * (click-count.ts), a counter stepped to a number
 * (stepper-target.ts), the Nth word of a text (word-pick.ts), a number the person
 * waited for before acting (recorded-waits.ts).
 */
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { markCaptionSlots } from './caption-slot.js';
import { markClickCounts } from './click-count.js';
import { markStepperTargets } from './stepper-target.js';
import { markWordPicks } from './word-pick.js';
import { markRecordedWaits } from './recorded-waits.js';

export function markPageReads(steps: PlannedStep[], options: Pick<RuleContext, 'demoTask' | 'task' | 'slots' | 'unusedSlots' | 'notes'>): void {
  markCaptionSlots(steps, options.unusedSlots, options.notes);
  markClickCounts(steps, options.slots, options.unusedSlots, options.notes, options);
  markStepperTargets(steps, options);
  markWordPicks(steps, options);
  markRecordedWaits(steps, options);
}
