/**
 * Rule: an hour chosen from an hour drop-down is the hour of the task's time,
 * written on the clock that drop-down counts — 24 hours, or 12 with an AM / PM
 * pair beside it.
 *
 *   demonstration: "… Time: 19:45."    on a sheet whose Hour list runs 00–23: selected "19"
 *   task:          "… Time: 21:50."    on a sheet whose Hour list runs 1–12, AM / PM buttons beside it
 *                  → select "9", then press PM (unless PM is already the pressed one)
 *   task:          "… 12:30 AM …"      on a 24-hour list → select "00"; "00:30" on a 12-hour list → "12" and AM
 *
 * A person reads the time, then the list: a list of exactly the hours 1–12 is a
 * 12-hour clock, whose half of the day is set apart (AM / PM); a list of exactly
 * 0–23 takes the 24-hour hour whole. The demonstrated option must be the
 * demonstrated time's hour on the demonstrated list's clock (its time binding,
 * old → new, tells which time), so the step is known to have set that hour.
 *
 * Never guessed: a 12-hour list with no AM / PM pair whose pressed state can be
 * read (or with two such pairs: which belongs to this hour?) refuses; two times
 * of the task that both fit the demonstrated hour but differ now refuse. Lists
 * of other options (time slots "9:00 AM", numbers 1–24) are no clock here.
 *
 * Grounding half of the select step: ground-step.ts. Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Binding } from '../text-match.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { timeOf, timesNamedIn, type ClockTime } from './date-formats.js';

export type Clock = 12 | 24;

/** The clock an hour list counts: exactly the hours 1–12, or exactly 0–23 (written "7" or "07"); else none. */
export function clockOf(options: readonly string[] | undefined): Clock | undefined {
  if (!options || !options.every((option) => /^\d{1,2}$/u.test(option.trim()))) return undefined;
  const hours = new Set(options.map((option) => Number(option.trim())));
  if (hours.size !== options.length) return undefined;
  const runs = (from: number, to: number) => hours.size === to - from + 1 && [...hours].every((hour) => hour >= from && hour <= to);
  if (runs(1, 12)) return 12;
  if (runs(0, 23)) return 24;
  return undefined;
}

/** A 0–23 hour as a clock shows it: 0 and 12 are "12" on a 12-hour clock. */
const onClock = (hour: number, clock: Clock) => (clock === 12 ? ((hour + 11) % 12) + 1 : hour);

/** The option of `options` (a clock of `clock`) that shows `hour` (0–23). */
function optionOf(hour: number, options: readonly string[], clock: Clock): string | undefined {
  return options.find((option) => Number(option.trim()) === onClock(hour, clock));
}

/** Half-of-day names a toggle is read by. */
const HALVES: Readonly<Record<string, 'am' | 'pm'>> = { am: 'am', 'a.m.': 'am', pm: 'pm', 'p.m.': 'pm' };

/** Is the element an AM or a PM toggle (by the name a person reads)? */
export function halfOf(element: Pick<UIElement, 'text' | 'label' | 'attributes'>): 'am' | 'pm' | undefined {
  const name = checkableName(element);
  return Object.hasOwn(HALVES, name) ? HALVES[name] : undefined;
}

/** The page's one AM / PM pair, each with a state that can be read; else why not. */
export function halfPair(elements: readonly UIElement[]): { am: UIElement; pm: UIElement } | { problem: string } {
  const shown = elements.filter((element) => element.interactive && !element.states.hidden && halfOf(element) !== undefined);
  const am = shown.filter((element) => halfOf(element) === 'am');
  const pm = shown.filter((element) => halfOf(element) === 'pm');
  if (am.length !== 1 || pm.length !== 1) return { problem: `the page shows ${am.length} AM and ${pm.length} PM control(s), not one pair` };
  if (checkedOf(am[0]!) === undefined || checkedOf(pm[0]!) === undefined) return { problem: 'which of AM / PM is on cannot be read off the page' };
  return { am: am[0]!, pm: pm[0]! };
}

export type ClockHourGrounding =
  | { ok: true; option: string; reason: string; stay: boolean }
  | { ok: true; click: UIElement; reason: string; stay: boolean }
  | { ok: true; satisfied: true; reason: string }
  | { ok: false; reason: string };

/**
 * The grounding of a select step on an hour list, when the demonstrated list
 * (`demonstratedOptions`) and the page's `select` each count a clock and a time
 * binding's old hour is the demonstrated `option`: the new time's hour on the
 * page's clock, and on a 12-hour clock its half of the day, one action per turn
 * (`stay` while the half is still to be set). Undefined when the rule does not apply.
 */
export function clockHourFor(
  option: string,
  demonstratedOptions: readonly string[] | undefined,
  bindings: readonly Binding[],
  select: UIElement,
  elements: readonly UIElement[],
): ClockHourGrounding | undefined {
  const demonstratedClock = clockOf(demonstratedOptions);
  const clock = clockOf(select.options);
  if (!demonstratedClock || !clock || !/^\d{1,2}$/u.test(option.trim())) return undefined;
  // Two lists counting 1–12 or 0–23 (Guests beside Hour, a duration): which is the hour is not told by the numbers.
  if (elements.filter((element) => !element.states.hidden && clockOf(element.options) !== undefined).length !== 1) return undefined;
  const times: { old: ClockTime; new: ClockTime }[] = [];
  for (const binding of bindings) {
    const [old, now] = [timeOf(binding.old), timeOf(binding.new)];
    if (old && now && onClock(old.hour, demonstratedClock) === Number(option.trim())) times.push({ old, new: now });
  }
  if (times.length === 0) return undefined;
  const hours = new Set(times.map((time) => time.new.hour));
  if (hours.size !== 1) return { ok: false, reason: `the demonstrated hour ${JSON.stringify(option)} was the hour of more than one time of the task, and they differ now` };
  const hour = times[0]!.new.hour;
  const wanted = optionOf(hour, select.options!, clock);
  if (wanted === undefined) return { ok: false, reason: `the hour list shows no hour ${onClock(hour, clock)}` };
  const said = `the hour of ${String(hour).padStart(2, '0')}:${String(times[0]!.new.minute).padStart(2, '0')} on this ${clock}-hour list`;
  if (clock === 24) return { ok: true, option: wanted, reason: `selects ${JSON.stringify(wanted)}, ${said}`, stay: false };
  const pair = halfPair(elements);
  if ('problem' in pair) return { ok: false, reason: `the hour list counts 12 hours, and ${pair.problem}` };
  const half = hour >= 12 ? pair.pm : pair.am;
  const halfName = hour >= 12 ? 'PM' : 'AM';
  if (select.value?.trim() !== wanted.trim()) return { ok: true, option: wanted, reason: `selects ${JSON.stringify(wanted)}, ${said} (then ${halfName})`, stay: true };
  if (!checkedOf(half)) {
    if (half.states.disabled) return { ok: false, reason: `${halfName} is disabled` };
    return { ok: true, click: half, reason: `presses ${halfName} [${half.id}]: ${said} is in the ${halfName === 'PM' ? 'afternoon or evening' : 'morning'}`, stay: true };
  }
  return { ok: true, satisfied: true, reason: `the hour list shows ${JSON.stringify(wanted)} and ${halfName} is on` };
}

/**
 * A demonstrated press on AM or PM where this page has no AM / PM control and
 * counts its hours 0–23 in a list: the hour chosen there holds the half of the
 * day already, so the press has nothing left to do.
 */
export function halfHeldByHourList(elements: readonly UIElement[]): boolean {
  const halves = elements.filter((element) => element.interactive && !element.states.hidden && halfOf(element) !== undefined);
  const lists = elements.filter((element) => !element.states.hidden && element.role === 'combobox' && clockOf(element.options) !== undefined);
  return halves.length === 0 && lists.length === 1 && clockOf(lists[0]!.options) === 24;
}

/**
 * A demonstrated press on AM or PM (`pressed`) that put the half of the demonstrated time on: on this page the half of
 * the new time — satisfied when it is on already or when the page's 24-hour list holds it, else a press on it. A
 * replayed press would set the demonstrated half, not the asked one. Undefined when the press was no half toggle or
 * no time binding's old time lies in the pressed half.
 */
export function halfPressFor(pressed: UIElement | undefined, bindings: readonly Binding[], elements: readonly UIElement[]): ClockHourGrounding | undefined {
  const pressedHalf = pressed ? halfOf(pressed) : undefined;
  if (!pressedHalf) return undefined;
  const times = bindings.flatMap((binding) => {
    const [old, now] = [timeOf(binding.old), timeOf(binding.new)];
    return old && now && (old.hour >= 12 ? 'pm' : 'am') === pressedHalf ? [now] : [];
  });
  if (times.length === 0) return undefined;
  const halves = new Set(times.map((time) => (time.hour >= 12 ? 'pm' : 'am')));
  if (halves.size !== 1) return { ok: false, reason: 'the demonstrated AM / PM press was for more than one time of the task, and their halves differ now' };
  const wanted = [...halves][0]!;
  const halfName = wanted.toUpperCase();
  if (halfHeldByHourList(elements)) return { ok: true, satisfied: true, reason: `no AM / PM here: the 24-hour hour list holds the ${halfName}` };
  const pair = halfPair(elements);
  if ('problem' in pair) return { ok: false, reason: `the demonstration pressed ${pressedHalf.toUpperCase()}, and ${pair.problem}` };
  const half = wanted === 'pm' ? pair.pm : pair.am;
  if (checkedOf(half)) return { ok: true, satisfied: true, reason: `${halfName} is on, as the task's time asks` };
  if (half.states.disabled) return { ok: false, reason: `${halfName} is disabled` };
  return { ok: true, click: half, reason: `presses ${halfName} [${half.id}], the half of the task's time`, stay: false };
}

/** Is `text` the hour of a time the task names, as a 24-hour or a 12-hour list shows it ("08" or "8" for "8:25 AM", "21" or "9" for "9:50 PM")? */
export function isTaskTimeHour(text: string, task: string): boolean {
  if (!/^\d{1,2}$/u.test(text.trim())) return false;
  const hour = Number(text.trim());
  return timesNamedIn(task).some((time) => time.hour === hour || onClock(time.hour, 12) === hour);
}
