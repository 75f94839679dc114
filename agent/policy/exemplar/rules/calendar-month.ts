/**
 * A click on a day of a calendar is a click on a date, not on a number: the
 * "17" in a month grid means the 17th of whatever month the calendar's
 * caption shows. So a demonstrated click on a day cell (a grid of day numbers
 * under a "March 1972" caption) becomes, for a new date, a calendar step:
 *
 * - read the caption (one "March 1972" text, or a month name and a year side
 *   by side) above the grid on screen now;
 * - while it shows another month than the new date's, page with the
 *   calendar's own controls — the ones the demonstration used, else those its
 *   header holds (‹ › « » < > Prev Next by caption, label or title; else the
 *   one control on each side of the caption) — one page per turn, re-reading
 *   the caption after each and refusing when a page did not bring the month
 *   closer, or after MAX_PAGES;
 * - then click the new day among the month's own days (not the greyed days
 *   of the months beside it that many grids show).
 *
 * It never clicks a day while the caption shows another month, and refuses
 * when no caption can be read. Pure functions over observations; the policy
 * keeps the pages seen as visit keys.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { MONTH_NAMES, monthCount, parseMonthTitle, type CalendarDate } from '../date-parts.js';
import { groundTarget } from '../ground-target.js';
import type { StepGrounding } from '../ground-step.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { valueSpans } from '../value-spans.js';

/** Pages a calendar step turns at most before it refuses (three years, either way). */
export const MAX_PAGES = 36;
/** Score of a day chosen in a calendar whose caption shows the wanted month: the date is read, not guessed. */
const DAY_SCORE = 0.9;
/** Score of a paging control found by its caption or place rather than demonstrated; each page is checked. */
const FOUND_PAGER_SCORE = 0.75;

/** What a planned calendar step needs: the date to reach and the paging the demonstration showed. */
export interface CalendarDayStep {
  wanted: CalendarDate;
  /** Demonstrated paging controls, by the way they went (+1 later, −1 earlier). */
  pagers: { control: TargetDescriptor; direction: 1 | -1 }[];
}

/** A month grid on screen: its day cells in reading order, and its caption when one can be read. */
export interface CalendarView {
  cells: UIElement[];
  /** The shown month as year × 12 + month − 1; undefined when no caption was found. */
  shown?: number;
  caption: UIElement[];
  /** The cells of the shown month itself (1 … its last day), without the neighbouring months' days. */
  own: UIElement[];
}

const dayNumber = (element: UIElement): number | undefined => {
  const match = /^\s*(\d{1,2})\s*$/.exec(element.text || element.label || '');
  const value = match ? Number(match[1]) : NaN;
  return value >= 1 && value <= 31 ? value : undefined;
};
const centreY = (element: UIElement) => element.box.y + element.box.height / 2;
const visible = (element: UIElement) => !element.states.hidden && element.box.width > 0 && element.box.height > 0;

/**
 * The month grids among the elements: at least 28 day numbers of one role and
 * tag, holding every day 1–28, in four or more rows. Each with its caption.
 */
export function calendarsOn(elements: readonly UIElement[]): CalendarView[] {
  const groups = new Map<string, UIElement[]>();
  for (const element of elements) {
    if (!visible(element) || dayNumber(element) === undefined) continue;
    const key = `${element.role}|${element.tag ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  const views: CalendarView[] = [];
  for (const group of groups.values()) {
    const numbers = new Set(group.map(dayNumber));
    const rows = new Set(group.map((cell) => Math.round(centreY(cell))));
    if (group.length < 28 || rows.size < 4 || ![...Array(28).keys()].every((index) => numbers.has(index + 1))) continue;
    // Two months side by side are two grids: split where the first "1" of a later run starts a new column block.
    for (const cells of splitGrids(group)) views.push(viewOf(cells, elements));
  }
  return views;
}

/** Cells in reading order, split into grids that do not overlap horizontally (a two-month view). */
function splitGrids(cells: readonly UIElement[]): UIElement[][] {
  const byLeft = [...cells].sort((a, b) => a.box.x - b.box.x);
  const grids: UIElement[][] = [];
  let current: UIElement[] = [];
  let right = -Infinity;
  for (const cell of byLeft) {
    // A gap wider than a cell between columns starts another grid.
    if (current.length > 0 && cell.box.x > right + cell.box.width) {
      grids.push(current);
      current = [];
    }
    current.push(cell);
    right = Math.max(right, cell.box.x + cell.box.width);
  }
  if (current.length > 0) grids.push(current);
  // Reading order: rows top to bottom (cells of one row share their centre within a few px), left to right.
  return grids.filter((grid) => grid.length >= 28).map((grid) => grid.sort((a, b) => (Math.abs(centreY(a) - centreY(b)) > 3 ? centreY(a) - centreY(b) : a.box.x - b.box.x)));
}

function viewOf(cells: UIElement[], elements: readonly UIElement[]): CalendarView {
  const top = Math.min(...cells.map((cell) => cell.box.y));
  const left = Math.min(...cells.map((cell) => cell.box.x));
  const right = Math.max(...cells.map((cell) => cell.box.x + cell.box.width));
  const inCells = new Set(cells.map((cell) => cell.id));
  // Captions sit above the grid (within a few rows) and over it horizontally; the nearest one is the grid's.
  const above = elements.filter((element) => visible(element) && !inCells.has(element.id) && element.box.y + element.box.height <= top + 2 && top - element.box.y < 80);
  const overGrid = (element: UIElement) => element.box.x + element.box.width > left && element.box.x < right;
  let best: { shown: number; caption: UIElement[]; gap: number } | undefined;
  const consider = (shown: number | undefined, caption: UIElement[]) => {
    if (shown === undefined) return;
    const gap = top - Math.max(...caption.map((element) => element.box.y + element.box.height));
    if (!best || gap < best.gap) best = { shown, caption, gap };
  };
  for (const element of above.filter(overGrid)) consider(parseMonthTitle(captionText(element)), [element]);
  // "March" and "1972" as two elements on one line (a month and a year span, or two drop-downs).
  for (const month of above.filter(overGrid)) {
    const index = monthIndex(captionText(month));
    if (index === undefined) continue;
    const year = above.find((other) => other !== month && /^\d{4}$/.test(captionText(other)) && Math.abs(centreY(other) - centreY(month)) < 6 && other.box.x > month.box.x && other.box.x - (month.box.x + month.box.width) < 60);
    if (year) consider(Number(captionText(year)) * 12 + index, [month, year]);
  }
  return { cells, ...(best ? { shown: best.shown } : {}), caption: best?.caption ?? [], own: ownDays(cells) };
}

/** A caption's words: a drop-down shows its chosen value. */
function captionText(element: UIElement): string {
  return (element.role === 'combobox' ? element.value ?? element.text : element.text || element.label || '').trim();
}

function monthIndex(text: string): number | undefined {
  const word = text.replace(/[.,]$/, '').toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase() === word || name.slice(0, 3).toLowerCase() === word);
  return index < 0 ? undefined : index;
}

/** The run 1, 2, … of the grid's own month: days before its first "1" and after its last day belong to the months beside it. */
function ownDays(cells: readonly UIElement[]): UIElement[] {
  const start = cells.findIndex((cell) => dayNumber(cell) === 1);
  if (start < 0) return [];
  const own = [cells[start]!];
  for (let index = start + 1; index < cells.length && dayNumber(cells[index]!) === own.length + 1; index++) own.push(cells[index]!);
  return own;
}

/** The calendar that holds this element as a day cell, if any. */
export function calendarHolding(element: UIElement, elements: readonly UIElement[]): CalendarView | undefined {
  return calendarsOn(elements).find((view) => view.cells.some((cell) => cell.id === element.id));
}

/** The element a demonstrated click landed on, in that step's own observation. */
export function clickedElement(step: Step): UIElement | undefined {
  const action = step.action;
  if (action.type !== 'click' || !('elementId' in action.target)) return undefined;
  const id = action.target.elementId;
  return step.observation.elements.find((element) => element.id === id);
}

/**
 * Is this demonstrated step a click on day `date.day` of a calendar? True
 * when the clicked element is a day cell of a month grid, shows that day,
 * and the grid's caption (when readable) showed the date's month.
 */
export function clickedCalendarDay(step: Step, date: CalendarDate): boolean {
  const element = clickedElement(step);
  if (!element || dayNumber(element) !== date.day) return false;
  const view = calendarHolding(element, step.observation.elements);
  return view !== undefined && (view.shown === undefined || view.shown === monthCount(date));
}

const PREVIOUS = /^(?:‹|«|<|<<|←|◀|◄|❮|⟨|⇐)|(?:^|\b)(?:prev|previous|back|earlier|last)\b|(?:‹|«|<|←|◀|◄|❮|⟨)$/i;
const NEXT = /^(?:›|»|>|>>|→|▶|►|❯|⟩|⇒)|(?:^|\b)(?:next|forward|later)\b|(?:›|»|>|→|▶|►|❯|⟩)$/i;
/** Controls that turn a year rather than a month: kept only when nothing else goes that way. */
const YEAR_PAGE = /«|»|<<|>>|\byear\b/i;

function namesOf(element: UIElement): string[] {
  return [element.text, element.label, element.attributes?.['title'], element.attributes?.['aria-label']].filter((name): name is string => Boolean(name && name.trim())).map((name) => name.trim());
}

/**
 * The calendar's own control that pages `direction` (+1 later, −1 earlier):
 * in the header band (from a little above the caption down to the grid), by
 * its words or glyph; else by place, the one control left (earlier) or right
 * (later) of the caption.
 */
export function pagerOf(view: CalendarView, elements: readonly UIElement[], direction: 1 | -1): UIElement | undefined {
  if (view.caption.length === 0) return undefined;
  const gridTop = Math.min(...view.cells.map((cell) => cell.box.y));
  const captionTop = Math.min(...view.caption.map((element) => element.box.y));
  const captionLeft = Math.min(...view.caption.map((element) => element.box.x));
  const captionRight = Math.max(...view.caption.map((element) => element.box.x + element.box.width));
  const cells = new Set(view.cells.map((cell) => cell.id));
  const band = elements.filter(
    (element) => visible(element) && element.interactive && !element.states.disabled && !cells.has(element.id) && !view.caption.includes(element) && element.box.y + element.box.height > captionTop - 30 && element.box.y < gridTop,
  );
  const pattern = direction > 0 ? NEXT : PREVIOUS;
  const other = direction > 0 ? PREVIOUS : NEXT;
  const named = band.filter((element) => namesOf(element).some((name) => pattern.test(name)) && !namesOf(element).some((name) => other.test(name)));
  const monthly = named.filter((element) => !namesOf(element).some((name) => YEAR_PAGE.test(name)));
  const pool = monthly.length > 0 ? monthly : named;
  const distance = (element: UIElement) => (direction > 0 ? element.box.x - captionRight : captionLeft - (element.box.x + element.box.width));
  if (pool.length > 0) return [...pool].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  // No words: the one control on that side of the caption, on its line.
  const side = band.filter((element) => Math.abs(centreY(element) - centreY(view.caption[0]!)) < 10 && distance(element) >= -2);
  return side.length === 1 ? side[0] : undefined;
}

const monthName = (count: number) => `${MONTH_NAMES[((count % 12) + 12) % 12]} ${Math.floor(count / 12)}`;

/**
 * One turn of a calendar step: a page toward the wanted month, or the click
 * on its day once the caption shows it. `pagesSeen` are the distances (in
 * months) at which this step paged before, so a page that brought the month
 * no closer is caught; the returned visit key records this one.
 */
export function groundCalendarDay(
  calendar: CalendarDayStep,
  elements: readonly UIElement[],
  pagesSeen: readonly number[],
  visitPrefix: string,
): { grounding: StepGrounding; visitKey?: string; paging?: boolean } {
  const wanted = monthCount(calendar.wanted);
  const views = calendarsOn(elements);
  if (views.length === 0) return { grounding: { ok: false, score: 0, reason: 'no month calendar (a grid of day numbers) is on screen' } };
  const view = views.find((candidate) => candidate.shown === wanted) ?? views.find((candidate) => candidate.shown !== undefined) ?? views[0]!;
  const wantedText = `${calendar.wanted.day} ${monthName(wanted)}`;
  if (view.shown === undefined) {
    return { grounding: { ok: false, score: 0, reason: `the calendar shows no month and year caption that could be read, so its day ${calendar.wanted.day} cannot be told from another month's; the task wants ${wantedText}` } };
  }
  if (view.shown === wanted) {
    const day = view.own.find((cell) => dayNumber(cell) === calendar.wanted.day);
    if (!day) return { grounding: { ok: false, score: 0, reason: `the calendar shows ${monthName(wanted)}, but not its day ${calendar.wanted.day} among its own days` } };
    return {
      grounding: { ok: true, action: { type: 'click', target: { elementId: day.id } }, score: DAY_SCORE, reason: `[${day.id}] is day ${calendar.wanted.day} of ${monthName(wanted)}, the month the calendar's caption shows` },
    };
  }
  const distance = wanted - view.shown;
  const direction: 1 | -1 = distance > 0 ? 1 : -1;
  const way = `${Math.abs(distance)} month(s) ${distance > 0 ? 'later' : 'earlier'}`;
  if (pagesSeen.length >= MAX_PAGES) {
    return { grounding: { ok: false, score: 0, reason: `paged the calendar ${pagesSeen.length} times and ${monthName(wanted)} is still ${way} than the ${monthName(view.shown)} shown` } };
  }
  if (pagesSeen.some((earlier) => earlier <= Math.abs(distance))) {
    return { grounding: { ok: false, score: 0, reason: `the last page did not bring the calendar closer to ${monthName(wanted)}: it shows ${monthName(view.shown)}, ${way}` } };
  }
  const visitKey = `${visitPrefix}${Math.abs(distance)}`;
  for (const pager of calendar.pagers.filter((candidate) => candidate.direction === direction)) {
    const found = groundTarget(pager.control, [], elements);
    if (found.element && found.score >= 0.55) {
      return { visitKey, paging: true, grounding: { ok: true, action: { type: 'click', target: { elementId: found.element.id } }, score: found.score, reason: `the calendar shows ${monthName(view.shown)}; ${monthName(wanted)} is ${way}: page with the demonstrated control (${found.reason})` } };
    }
  }
  const control = pagerOf(view, elements, direction);
  if (!control) {
    return { grounding: { ok: false, score: 0, reason: `the calendar shows ${monthName(view.shown)} and ${monthName(wanted)} is ${way}, but no control of the calendar pages that way` } };
  }
  return {
    visitKey,
    paging: true,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: control.id } },
      score: FOUND_PAGER_SCORE,
      reason: `the calendar shows ${monthName(view.shown)}; ${monthName(wanted)} is ${way}: page with its ${control.role} ${JSON.stringify(namesOf(control)[0] ?? '')}`,
    },
  };
}

/** The distances a calendar step paged at, from the policy's visit keys. */
export function pagesSeenOf(visited: Iterable<string>, prefix: string): number[] {
  return [...visited].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)));
}

/**
 * Planning half: a demonstrated click on the day of a task date in a
 * calendar becomes a calendar step for the new date, taking over the paging
 * the demonstration did right before it (a `navigate` step), whose control
 * it keeps as the first choice for that direction.
 */
export function markCalendarDays(
  steps: PlannedStep[],
  slotDates: readonly { old: CalendarDate; new: CalendarDate }[],
  notes: string[],
  tasks: Pick<RuleContext, 'demoTask' | 'task'>,
): void {
  // A task naming the very date of its demonstration has no date slot, yet the calendar may open on another month.
  const dates = slotDates.length > 0 ? slotDates : sameDate(tasks);
  for (let index = 0; index < steps.length; index++) {
    const planned = steps[index]!;
    const date = dates.find((candidate) => clickedCalendarDay(planned.step, candidate.old));
    if (!date) continue;
    const pagers: CalendarDayStep['pagers'] = [];
    // Pages the demonstration turned right before: one collapsed navigation, or single clicks on the calendar's pagers.
    while (index > 0) {
      const previous = steps[index - 1]!;
      const paged = previous.navigate ? { control: previous.navigate.control, direction: previous.navigate.direction } : demonstratedPage(previous.step);
      if (!paged || previous.calendarDay) break;
      if (!pagers.some((pager) => pager.direction === paged.direction)) pagers.push(paged);
      steps.splice(index - 1, 1);
      index--;
    }
    planned.calendarDay = { wanted: date.new, pagers };
    notes.push(
      `demonstrated step ${planned.sourceIndex + 1} clicked day ${date.old.day} of a calendar showing ${monthName(monthCount(date.old))}: pages the calendar to ${monthName(monthCount(date.new))} and clicks day ${date.new.day}`,
    );
  }
}

/** The one date both task texts name, when it is the same date in both. */
function sameDate(tasks: Pick<RuleContext, 'demoTask' | 'task'>): { old: CalendarDate; new: CalendarDate }[] {
  const datesIn = (text: string) => valueSpans(text).filter((span) => span.type === 'date').map((span) => span.value);
  const [demo, now] = [datesIn(tasks.demoTask), datesIn(tasks.task)];
  if (demo.length !== 1 || now.length !== 1 || demo[0] !== now[0]) return [];
  const [year, month, day] = now[0]!.split('-').map(Number) as [number, number, number];
  const date = { year, month, day };
  return [{ old: date, new: date }];
}

/** A demonstrated click on a calendar's paging control, with the way it pages. */
function demonstratedPage(step: Step): { control: TargetDescriptor; direction: 1 | -1 } | undefined {
  const element = clickedElement(step);
  const control = step.targets[0];
  if (!element || !control) return undefined;
  for (const view of calendarsOn(step.observation.elements)) {
    for (const direction of [1, -1] as const) if (pagerOf(view, step.observation.elements, direction)?.id === element.id) return { control, direction };
  }
  return undefined;
}
