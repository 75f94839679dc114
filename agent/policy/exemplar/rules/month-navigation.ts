/**
 * A month navigation: clicks on one control (a "Next month" button) that
 * moved the "Month YYYY" title to the month of a date in the task become one
 * step that navigates to the new date's month, whichever way it lies
 * (date-parts.ts reads the titles; calendar-month.ts then picks the day).
 */
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { normalizeText } from '../text-match.js';
import { monthCount, shownMonths, type CalendarDate } from '../date-parts.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';

/** The month a step's observation shows in a "Month YYYY" title (visible elements only). */
function shownMonthOf(step: Step): number | undefined {
  return shownMonths(step.observation.elements.filter((element) => !element.states.hidden).map((element) => element.text))[0];
}

/**
 * Clicks on one and the same control right before a step, that moved the
 * month title on screen to the month of a date in the task: a navigation to
 * that month. It becomes one step that navigates to the new date's month,
 * whichever way it lies, so a demonstration that went two months forward
 * also serves a task three months back.
 */
export function markNavigations(steps: PlannedStep[], notes: string[], dates: readonly { old: CalendarDate; new: CalendarDate }[]): void {
  if (dates.length === 0) return;
  const sameControl = (a: TargetDescriptor, b: TargetDescriptor) =>
    a.role === b.role && normalizeText(a.text) === normalizeText(b.text) && normalizeText(a.label) === normalizeText(b.label);
  for (let goal = steps.length - 1; goal > 0; goal--) {
    let start = goal;
    let control: TargetDescriptor | undefined;
    while (start > 0) {
      const previous = steps[start - 1]!;
      const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
      if (!target || previous.search || previous.ensureChecked || previous.rankedPick || previous.navigate || previous.intendedChecked !== undefined) break;
      if (control && !sameControl(control, target)) break;
      control = target;
      start--;
    }
    if (!control || start === goal) continue;
    const before = shownMonthOf(steps[start]!.step);
    const after = shownMonthOf(steps[goal]!.step);
    if (before === undefined || after === undefined || before === after) continue;
    const date = dates.find((candidate) => monthCount(candidate.old) === after);
    if (!date) continue;
    const direction = after > before ? 1 : -1;
    const first = steps[start]!;
    steps.splice(start, goal - start, { ...first, navigate: { control, direction, wanted: monthCount(date.new), demonstrated: goal - start } });
    notes.push(
      `navigates with ${JSON.stringify(control.text || control.label || control.role)} (demonstrated steps ${first.sourceIndex + 1}–${steps[start + 1]!.sourceIndex}) until the month of ${date.new.month}/${date.new.day}/${date.new.year} shows`,
    );
    goal = start;
  }
}

