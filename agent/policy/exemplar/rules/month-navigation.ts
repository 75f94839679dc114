/**
 * A month navigation: clicks on one control (a "Next month" button) that
 * moved the "Month YYYY" title to the month of a date in the task become one
 * step that navigates to the new date's month, whichever way it lies
 * (date-parts.ts reads the titles; calendar-month.ts then picks the day).
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { RepeatedGrounding } from '../ground-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import { normalizeText } from '../text-match.js';
import { monthCount, shownMonths, type CalendarDate } from '../date-parts.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';

/** Score of a navigation's counterpart control: never demonstrated, but each click is checked to bring the month closer. */
const COUNTERPART_SCORE = 0.7;

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

/**
 * One click of a month navigation: the demonstrated control when the wanted
 * month lies the way it went, else the other control of its role beside it
 * (same container). Each click must bring the shown month closer — the
 * distances already seen are remembered as visit keys — else it refuses.
 */
export function groundNavigation(
  navigate: NonNullable<PlannedStep['navigate']>,
  planIndex: number,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  goalReason: string,
): RepeatedGrounding {
  const shown = shownMonths(elements.filter((element) => !element.states.hidden).map((element) => element.text))[0];
  if (shown === undefined) return { grounding: { ok: false, score: 0, reason: `no month title is on screen to navigate by; ${goalReason}` } };
  const distance = navigate.wanted - shown;
  if (distance === 0) return { grounding: { ok: false, score: 0, reason: `the wanted month shows, yet: ${goalReason}` } };
  const prefix = `nav:${planIndex}:`;
  const seen = [...visited].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)));
  if (seen.some((earlier) => earlier <= Math.abs(distance))) {
    return { grounding: { ok: false, score: 0, reason: `the last click did not bring the month closer (${Math.abs(distance)} month(s) away)` } };
  }
  const visitKey = `${prefix}${Math.abs(distance)}`;
  const control = groundTarget(navigate.control, [], elements);
  if (!control.element) return { grounding: { ok: false, score: 0, reason: `the navigation control is gone: ${control.reason}` } };
  // Two arrows fit the demonstrated one about equally: either, or the "other one beside it", would be a guess.
  const tie = nearTieRefusal(control, 'the navigation control');
  if (tie) return { grounding: { ok: false, score: 0, reason: tie } };
  const way = distance > 0 ? 'later' : 'earlier';
  if (Math.sign(distance) === navigate.direction) {
    return {
      visitKey,
      grounding: {
        ok: true,
        action: { type: 'click', target: { elementId: control.element.id } },
        score: control.score,
        reason: `the wanted month is ${Math.abs(distance)} month(s) ${way}, the way the demonstrated control went: ${control.reason}`,
      },
    };
  }
  const found = control.element;
  const counterparts = elements.filter(
    (element) => element.id !== found.id && element.role === found.role && element.parentId === found.parentId && !element.states.hidden && !element.states.disabled,
  );
  if (counterparts.length !== 1) {
    return { grounding: { ok: false, score: 0, reason: `the wanted month is ${way}, against the demonstrated control, and ${counterparts.length} controls beside it could go that way` } };
  }
  const other = counterparts[0]!;
  return {
    visitKey,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: other.id } },
      score: Math.min(control.score, COUNTERPART_SCORE),
      reason: `the wanted month is ${Math.abs(distance)} month(s) ${way}, against the demonstrated control: the other ${other.role} beside it, ${JSON.stringify(other.text || other.label || '')}`,
    },
  };
}
