/**
 * Dates as slots: a date in the task ("03/17/2010") rarely appears whole on
 * screen. Its parts do — a day cell "17", a cell labelled "March 17, 2010", a
 * "March 2010" month title — so a date slot is decomposed into part bindings
 * (month name, day, year), and month titles on screen are read so a
 * navigation can tell which way the wanted month lies.
 *
 * Pure functions: no DOM, no task knowledge beyond how dates are written.
 */
import type { Binding } from './text-match.js';
import { containsWhole } from './text-match.js';

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month a word written in full or cut names, by its first three letters ("Mar", "sept.", "June") → 1–12; 0 for none. */
export function monthOfWord(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
}
/** The days of the week, Monday first. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Longer abbreviations people write beside the three-letter ones. */
const LONGER_ABBREVIATIONS: Readonly<Record<string, string>> = { Tuesday: 'tues', Thursday: 'thurs' };
/** Each weekday's lower-case writings, the whole name first: ["tuesday", "tue", "tues"]. */
export const WEEKDAY_WRITINGS: readonly (readonly string[])[] = WEEKDAYS.map((name) => [
  name.toLowerCase(),
  name.slice(0, 3).toLowerCase(),
  ...(LONGER_ABBREVIATIONS[name] ? [LONGER_ABBREVIATIONS[name]!] : []),
]);

function valid(year: number, month: number, day: number): CalendarDate | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1000 && year <= 9999)) return undefined;
  return { year, month, day };
}

/**
 * The readings of a numeric date: "2010-03-17" (year first) has one;
 * "03/17/2010" may be month/day or day/month, so both valid ones are given,
 * month-first first.
 */
export function parseNumericDate(text: string): CalendarDate[] {
  const trimmed = text.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(trimmed);
  if (iso) {
    const date = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? [date] : [];
  }
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (!match) return [];
  const a = Number(match[1]);
  const b = Number(match[2]);
  const year = Number(match[3]);
  return [valid(year, a, b), a === b ? undefined : valid(year, b, a)].filter((date): date is CalendarDate => date !== undefined);
}

/** The strings a date's parts are written as on screen. */
function partsOf(date: CalendarDate): { month: string; monthShort: string; day: string; year: string } {
  const name = MONTH_NAMES[date.month - 1]!;
  return { month: name, monthShort: name.slice(0, 3), day: String(date.day), year: String(date.year) };
}

/**
 * Part bindings for a date slot old → new: month names (full and short),
 * the day number and the year. The reading of the old date (month/day or
 * day/month) is the one whose month name `evidence` (the demonstration's
 * target texts) mentions; the new date is read the same way. Parts equal on
 * both sides bind to themselves (they change nothing, but an element must
 * still show them). Undefined when the values are not dates.
 */
export function dateBindings(old: string, value: string, evidence: readonly string[]): { bindings: Binding[]; old: CalendarDate; new: CalendarDate } | undefined {
  const oldReadings = parseNumericDate(old);
  const newReadings = parseNumericDate(value);
  if (oldReadings.length === 0 || newReadings.length === 0) return undefined;
  const shown = oldReadings.find((reading) => evidence.some((text) => containsWhole(text, MONTH_NAMES[reading.month - 1]!)));
  const oldDate = shown ?? oldReadings[0]!;
  // The new date is written the way the old one was: month first, or day first.
  const order = monthFirst(old, oldDate);
  const newDate = newReadings.find((reading) => monthFirst(value, reading) === order) ?? newReadings[0]!;
  const a = partsOf(oldDate);
  const b = partsOf(newDate);
  const bindings: Binding[] = [];
  // Parts equal on both sides stay as bindings to themselves: a "January 16, 2017" cell must still show January.
  const add = (from: string, to: string) => {
    if (!bindings.some((binding) => binding.old.toLowerCase() === from.toLowerCase())) bindings.push({ old: from, new: to });
  };
  // The whole date in the numeric forms a field takes ("2008-11-23" typed into a date input for "11/23/2008").
  for (const form of NUMERIC_FORMS) add(form(oldDate), form(newDate));
  add(a.month, b.month);
  add(a.monthShort, b.monthShort);
  add(a.day, b.day);
  add(a.year, b.year);
  return { bindings, old: oldDate, new: newDate };
}

const pad = (value: number) => String(value).padStart(2, '0');
/** Numeric ways of writing a whole date: ISO (what a date input holds), then month first, padded and not. */
const NUMERIC_FORMS: ((date: CalendarDate) => string)[] = [
  (date) => `${date.year}-${pad(date.month)}-${pad(date.day)}`,
  (date) => `${pad(date.month)}/${pad(date.day)}/${date.year}`,
  (date) => `${date.month}/${date.day}/${date.year}`,
];

/** Is the date written month before day ("03/17/2010", "2010-03-17") in this reading? */
function monthFirst(text: string, reading: CalendarDate): boolean {
  const numbers = text.match(/\d+/g) ?? [];
  const parts = numbers.filter((part) => part.length <= 2).map(Number);
  return parts[0] === reading.month && (parts[1] === reading.day || parts[0] === parts[1]);
}

/** A "March 2010" / "Mar 2010" month title, as a month count (year × 12 + month − 1). */
export function parseMonthTitle(text: string): number | undefined {
  const match = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase() === word || name.slice(0, 3).toLowerCase() === word);
  return index < 0 ? undefined : Number(match[2]) * 12 + index;
}

/** The month count of a date (year × 12 + month − 1). */
export function monthCount(date: CalendarDate): number {
  return date.year * 12 + date.month - 1;
}

/** The month titles among some texts (the month on show), first first. */
export function shownMonths(texts: readonly string[]): number[] {
  return texts.map(parseMonthTitle).filter((count): count is number => count !== undefined);
}
