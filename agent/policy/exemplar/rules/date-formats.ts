/**
 * Dates and times written another way than the demonstration wrote them.
 * A task says "28 January 2011" or "5:07 PM"; the demonstration's field took
 * "01/28/2010" or "17:07". What the field wants is read off what the
 * demonstration typed: its typed text is matched against the demonstrated
 * task's date (or time) and turned into a template (month first, two-digit
 * day, "." between, 12-hour with " PM" …), and the new value is written with
 * that template. So a slot binds the typed form itself, old → new, ahead of
 * the date's parts.
 *
 * Never guessed: a numeric date both of whose readings are valid
 * ("03/04/2011") is read the way the demonstration fixes (its own date
 * written the same way, unambiguous or read off the screen); with no such cue
 * the plan is refused.
 *
 * Pure functions: no DOM, nothing task-specific.
 */
import { dateBindings, MONTH_NAMES, monthOfWord, parseNumericDate, type CalendarDate } from '../date-parts.js';
import type { Binding } from '../text-match.js';

export interface ClockTime {
  /** 0–23 */
  hour: number;
  minute: number;
}

const MONTH_WORD = `(?:${MONTH_NAMES.map((name) => `${name}|${name.slice(0, 3)}\\.?`).join('|')})`;
/** Written dates: "January 28, 2011", "Jan 28 2011", "28 January 2011", "28th of Jan, 2011". */
const WRITTEN_DATE = new RegExp(
  `(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD}),?\\s+(\\d{4})`,
  'i',
);
/** Written dates with no year: "Jan 5", "January 5th", "5 January", "5th of Jan". */
const YEARLESS_DATE = new RegExp(`^(?:(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD}))$`, 'i');
/** A date with no year inside a text: no year follows it ("March 5, 2026" is a whole date). */
const YEARLESS_IN_TEXT = new RegExp(`(?<![\\p{L}\\d])(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD})(?![\\p{L}\\d]|,?\\s*\\d{4})`, 'giu');
/** Numeric dates and bare eight-digit runs (what a person types into a segmented date field). */
const NUMERIC_DATE = /(?<![\d.\/-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{8})(?![\d.\/-]*\d)/g;
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?\s?[Mm]\.?)?(?![\d:])/g;

const valid = (date: CalendarDate) => date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 && date.year >= 1000 && date.year <= 9999;
const sameDate = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** The readings of a whole text as a date: one for a written or year-first date, two for "03/04/2011". */
export function dateReadings(text: string): CalendarDate[] {
  const trimmed = text.trim();
  const numeric = parseNumericDate(trimmed);
  if (numeric.length > 0) return numeric;
  const written = WRITTEN_DATE.exec(trimmed);
  if (!written || written[0].length !== trimmed.replace(/[.,]$/, '').length) return [];
  const date = written[1]
    ? { year: Number(written[3]), month: monthOfWord(written[1]), day: Number(written[2]) }
    : { year: Number(written[6]), month: monthOfWord(written[5]!), day: Number(written[4]) };
  return valid(date) ? [date] : [];
}

/** A whole text as a date with no year ("Jan 5", "5 January"): its month and day. */
export function yearlessDate(text: string): { month: number; day: number } | undefined {
  const match = YEARLESS_DATE.exec(text.trim().replace(/[.,]$/, ''));
  if (!match) return undefined;
  const month = monthOfWord(match[1] ?? match[4]!);
  const day = Number(match[2] ?? match[3]);
  return month >= 1 && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/**
 * A date slot one or both of whose values name no year ("January 2" → "Jan 5"), as whole dates:
 * the year is the one the demonstration typed for its own date (its field took a year the task did
 * not give: the page's). A new date with no year for an old one that named its year is a problem —
 * which year the new task means is a guess. Undefined when neither value is a year-less date, or the
 * demonstration typed no whole date to take the year from.
 */
function yearlessReadings(old: string, value: string, forms: readonly string[]): { old: CalendarDate; new: CalendarDate } | { problem: string } | undefined {
  const oldDay = yearlessDate(old);
  const newDay = yearlessDate(value);
  if (!oldDay && !newDay) return undefined;
  const oldFull = oldDay ? [] : dateReadings(old);
  const newFull = newDay ? [] : dateReadings(value);
  if ((!oldDay && oldFull.length !== 1) || (!newDay && newFull.length !== 1)) return undefined;
  if (newDay && !oldDay) return { problem: `the task names the date ${JSON.stringify(value)} with no year, where the demonstration's task gave one (${JSON.stringify(old)}): which year it means would be a guess` };
  // The year the demonstration's field took for its year-less date: its one typed whole date on that month and day.
  const years = [...new Set(forms.flatMap(dateReadings).filter((date) => date.month === oldDay!.month && date.day === oldDay!.day).map((date) => date.year))];
  if (years.length !== 1) return undefined;
  const oldDate = { ...oldDay!, year: years[0]! };
  const newDate = newDay ? { ...newDay, year: oldDate.year } : newFull[0]!;
  return valid(oldDate) && valid(newDate) ? { old: oldDate, new: newDate } : undefined;
}

/**
 * A time said with its half of the day and no colon: "10am", "4 pm", "11.30am", "4.30 p.m.". Only with am / pm: a bare
 * "4.30" is as likely a price or a measure as a time, and a bare "10" a count.
 */
const SAID_TIME = /^(\d{1,2})(?:\.(\d{2}))?\s*([AaPp])\.?\s?[Mm]\.?$/;

/** A whole text as a time of day: "5:07 PM", "5:07pm", "17:07", "05:07 a.m.", and with am / pm "10am", "11.30am". */
export function timeOf(text: string): ClockTime | undefined {
  const match = new RegExp(`^${TIME.source}$`).exec(text.trim()) ?? SAID_TIME.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (minute > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return undefined;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  return { hour, minute };
}

/**
 * Two whole texts that each read as the same time of day, on either clock: "2:30 PM", "2:30pm" and
 * "14:30" are one time — a page may write its slots on the other clock than the demonstrated page did.
 */
export function sameTimeOfDay(text: string, other: string): boolean {
  const a = timeOf(text);
  const b = timeOf(other);
  return !!a && !!b && a.hour === b.hour && a.minute === b.minute;
}

type Render<T> = (value: T) => string;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * How `sample` writes `date`: a function writing any date the same way, or
 * undefined when the sample is not that date. Where the sample cannot tell
 * month from day (the 5th of May), the separator decides: "." day first,
 * "/" month first.
 */
export function dateTemplate(sample: string, date: CalendarDate): Render<CalendarDate> | undefined {
  const text = sample.trim();
  if (/^\d{8}$/.test(text)) {
    // Digits typed straight into a segmented field: which order they came in.
    const orders: [string, Render<CalendarDate>][] = [
      [`${pad(date.month)}${pad(date.day)}${date.year}`, (d) => `${pad(d.month)}${pad(d.day)}${d.year}`],
      [`${pad(date.day)}${pad(date.month)}${date.year}`, (d) => `${pad(d.day)}${pad(d.month)}${d.year}`],
      [`${date.year}${pad(date.month)}${pad(date.day)}`, (d) => `${d.year}${pad(d.month)}${pad(d.day)}`],
    ];
    return orders.find(([form]) => form === text)?.[1];
  }
  const parts = [...text.matchAll(/\d+|[A-Za-z]+|[^\dA-Za-z]+/g)].map((match) => match[0]);
  const numbers = parts.filter((part) => /^\d+$/.test(part));
  const short = numbers.filter((part) => part.length <= 2);
  const wordMonth = parts.some((part) => /^[A-Za-z]+$/.test(part) && monthOfWord(part) === date.month && part.length >= 3);
  let dayIndex = -1;
  let monthIndex = -1;
  if (!wordMonth && short.length === 2) {
    const [a, b] = short.map(Number) as [number, number];
    if (a === date.month && b === date.day && (a !== b || !text.includes('.'))) [monthIndex, dayIndex] = [0, 1];
    else if (a === date.day && b === date.month) [dayIndex, monthIndex] = [0, 1];
    else return undefined;
  } else if (!(wordMonth && short.length === 1 && Number(short[0]) === date.day)) {
    return undefined;
  }
  if (!numbers.some((part) => part.length === 4 && Number(part) === date.year)) return undefined;
  let shortSeen = 0;
  // Padding shows only on a value under 10 ("1/28/2010" pads nothing, "01/28/2010" pads both); none under 10: padded when all numeric, not beside a month word ("Jan 28").
  const small = short.find((part) => Number(part) < 10);
  const padAll = small === undefined ? !wordMonth : small.length === 2;
  const pieces: Render<CalendarDate>[] = parts.map((part) => {
    if (/^\d{4}$/.test(part)) return (d) => String(d.year);
    if (/^\d{1,2}$/.test(part)) {
      const which = wordMonth ? 'day' : shortSeen === dayIndex ? 'day' : 'month';
      shortSeen++;
      return (d) => (padAll ? pad(d[which]) : String(d[which]));
    }
    if (/^[A-Za-z]+$/.test(part) && monthOfWord(part) === date.month) {
      const name = (d: CalendarDate) => MONTH_NAMES[d.month - 1]!;
      const cased = (word: string) => (part === part.toUpperCase() ? word.toUpperCase() : part === part.toLowerCase() ? word.toLowerCase() : word);
      return part.length <= 4 && part.length < MONTH_NAMES[date.month - 1]!.length ? (d) => cased(name(d).slice(0, 3)) : (d) => cased(name(d));
    }
    return () => part;
  });
  return (d) => pieces.map((piece) => piece(d)).join('');
}

/** How `sample` writes `time`: 12-hour with its AM/PM style, or 24-hour; padded or not. */
export function timeTemplate(sample: string, time: ClockTime): Render<ClockTime> | undefined {
  const match = new RegExp(`^${TIME.source}$`).exec(sample.trim());
  const read = timeOf(sample);
  if (!match || !read || read.hour !== time.hour || read.minute !== time.minute) return undefined;
  const half = match[3];
  // Padding shows only on an hour under 10; otherwise the usual: "2:05 PM" on a 12-hour clock, "09:05" on a 24-hour one.
  const hourText = match[1]!;
  const padded = Number(hourText) < 10 ? hourText.length === 2 : !half;
  if (!half) return (t) => `${padded ? pad(t.hour) : t.hour}:${pad(t.minute)}`;
  // Keep the sample's way of writing the half-day: "PM", "pm", "p.m.", with or without a space.
  const suffix = sample.trim().slice(match[1]!.length + 3);
  const write = (pm: boolean) => suffix.replace(/[AaPp]/, (letter) => (pm ? (letter === letter.toUpperCase() ? 'P' : 'p') : letter === letter.toUpperCase() ? 'A' : 'a'));
  return (t) => {
    const hour = ((t.hour + 11) % 12) + 1;
    return `${padded ? pad(hour) : hour}:${pad(t.minute)}${write(t.hour >= 12)}`;
  };
}

/** The dates written inside a text, each with where it stands. */
function datesInside(text: string): string[] {
  const found = [...text.matchAll(NUMERIC_DATE)].map((match) => match[0]);
  const written = new RegExp(WRITTEN_DATE.source, 'gi');
  return found.concat([...text.matchAll(written)].map((match) => match[0]));
}

/** Two times joined as a range: "11:30–12:30", "9:30 AM - 10:30 AM", "14:00 to 15:00". */
const TIME_RANGE = new RegExp(`(${TIME.source})(\\s*(?:–|—|-|to)\\s*)(${TIME.source})`, 'g');

function withoutTimeRanges(text: string): string {
  return text.replace(TIME_RANGE, ' ');
}

/**
 * A range that starts at the old time, bound whole to the range that starts at the new time and lasts as long
 * ("11:30–12:30" → "16:30–17:30" for 11:30 → 16:30). Rewriting its start alone would write "16:30–12:30", a range no
 * page shows — and a slot "15:30–16:30" shows "16:30" too, at its end: the wrong slot would look like a match.
 * A range holding the old time that cannot move so (the old time at its end, or a new range past midnight) is a
 * problem: which range is meant would be a guess.
 */
function timeRangeBindings(old: ClockTime, time: ClockTime, written: string, evidence: readonly string[]): { bindings: Binding[] } | { problem: string } {
  // A range written with two-digit hours ("16:30–17:30") says nothing of padding: an hour under 10 is padded as the task writes it.
  const unpad = (text: string, sample: string) => (/^\d{2}:/.test(sample.trim()) && Number(sample.trim().slice(0, 2)) >= 10 && !/^\s*0\d/.test(written) ? text.replace(/^0(\d)/, '$1') : text);
  const bindings: Binding[] = [];
  const shift = (time.hour * 60 + time.minute) - (old.hour * 60 + old.minute);
  const at = (clock: ClockTime | undefined) => clock !== undefined && clock.hour === old.hour && clock.minute === old.minute;
  for (const text of evidence) {
    for (const match of text.matchAll(TIME_RANGE)) {
      const [whole, start, , , , joint, end] = match;
      const startTime = timeOf(start!);
      const endTime = timeOf(end!);
      if (!at(startTime) && !at(endTime)) continue;
      const minutes = endTime ? endTime.hour * 60 + endTime.minute + shift : -1;
      const startRender = timeTemplate(start!, old);
      const endRender = endTime ? timeTemplate(end!, endTime) : undefined;
      if (!at(startTime) || !startRender || !endRender || minutes < 0 || minutes >= 24 * 60) {
        return { problem: `the demonstration chose the time range ${JSON.stringify(whole)}, and which range holds the task's time could not be told` };
      }
      if (bindings.some((binding) => binding.old === whole)) continue;
      bindings.push({ old: whole!, new: `${unpad(startRender(time), start!)}${joint}${unpad(endRender({ hour: Math.floor(minutes / 60), minute: minutes % 60 }), end!)}` });
    }
  }
  return { bindings };
}

function timesInside(text: string): string[] {
  return [...text.matchAll(TIME)].map((match) => match[0]);
}

/**
 * A time's hour and minute as bindings of their own, when the demonstration
 * wrote them apart (each a whole text of its steps: "10" typed into an Hour
 * field, "45" into a Minute field, or "2" and "PM" on a 12-hour form): the new
 * hour as the new task writes it (or on the same 12-hour clock), the new
 * minute padded as the demonstration's was. None when the parts are not each
 * there on their own, or when hour and minute read the same ("10:10": which
 * field took which could not be told).
 */
export function timePartBindings(old: ClockTime, time: ClockTime, written: string, evidence: readonly string[]): Binding[] {
  const texts = new Set(evidence.map((text) => text.trim()));
  const minuteForm = [pad(old.minute), String(old.minute)].find((form) => texts.has(form));
  if (minuteForm === undefined) return [];
  const minute = minuteForm.length === 2 ? pad(time.minute) : String(time.minute);
  const twelve = (hour: number) => ((hour + 11) % 12) + 1;
  // An hour of two digits either way ("10") says nothing of padding: the new hour is written as the new task writes it.
  const asWritten = /^\s*(\d{1,2}):/.exec(written)?.[1] ?? String(time.hour);
  const forms = (from: number, to: number, twelveHour: boolean): [string, string][] =>
    from >= 10 ? [[String(from), twelveHour ? String(to) : asWritten]] : [[pad(from), pad(to)], [String(from), String(to)]];
  const onTwelve = twelve(old.hour) !== old.hour;
  const hourForms = [...forms(old.hour, time.hour, false), ...(onTwelve ? forms(twelve(old.hour), twelve(time.hour), true) : [])];
  const hour = hourForms.find(([form]) => form !== minuteForm && texts.has(form));
  if (!hour) return [];
  const bindings: Binding[] = [{ old: hour[0], new: hour[1] }, { old: minuteForm, new: minute }];
  // Typed on a 12-hour clock ("2" for 14:30), the half of the day is a part too ("PM" → "AM").
  if (onTwelve && Number(hour[0]) === twelve(old.hour) && Number(hour[0]) !== old.hour) {
    const half = ['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'].find((form) => texts.has(form) && form.toLowerCase().startsWith('p') === old.hour >= 12);
    const letter = time.hour >= 12 ? 'p' : 'a';
    if (half) bindings.push({ old: half, new: half.replace(/[AaPp]/, (was) => (was === was.toUpperCase() ? letter.toUpperCase() : letter)) });
  }
  return bindings;
}

export type FormBindings = { bindings: Binding[]; dates?: { old: CalendarDate; new: CalendarDate } } | { problem: string };

/**
 * The bindings of a date or time slot old → value: every form the
 * demonstration wrote the old value in (its typed texts and targets, in
 * `evidence`) bound to the new value written the same way, then — for a
 * date — its parts (date-parts.ts). Undefined when the slot is no date or
 * time; a problem when the new date cannot be read without guessing.
 */
export function dateTimeBindings(old: string, value: string, evidence: readonly string[]): FormBindings | undefined {
  const oldTime = timeOf(old);
  const newTime = timeOf(value);
  if (oldTime && newTime) {
    // A slot shown as a range ("11:30–12:30") moves whole: both ends by the same time, never the start alone.
    const ranges = timeRangeBindings(oldTime, newTime, value, evidence);
    if ('problem' in ranges) return ranges;
    const bindings: Binding[] = ranges.bindings;
    for (const text of evidence.map(withoutTimeRanges)) {
      for (const form of timesInside(text)) {
        const render = timeTemplate(form, oldTime);
        if (render && !bindings.some((binding) => binding.old === form)) bindings.push({ old: form, new: render(newTime) });
      }
    }
    // Typed into fields of their own ("10" into Hour, "45" into Minute for 10:45): the hour and the minute as parts.
    if (bindings.length === 0) bindings.push(...timePartBindings(oldTime, newTime, value, evidence));
    return { bindings };
  }
  const forms = evidence.flatMap(datesInside);
  const yearless = yearlessReadings(old, value, forms);
  if (yearless && 'problem' in yearless) return yearless;
  if (yearless) return dateFormBindings(forms, yearless.old, yearless.new);
  const oldReadings = dateReadings(old);
  const newReadings = dateReadings(value);
  if (oldReadings.length === 0 || newReadings.length === 0) return undefined;
  // The demonstration's own date: the reading its typed forms or screen texts agree with.
  const shown = (reading: CalendarDate) =>
    forms.some((form) => dateTemplate(form, reading) !== undefined && dateReadings(form).length === 1) ||
    evidence.some((text) => new RegExp(`\\b${MONTH_NAMES[reading.month - 1]}\\b`, 'i').test(text));
  const oldDate = oldReadings.length === 1 ? oldReadings[0]! : oldReadings.find(shown);
  let newDate: CalendarDate | undefined = newReadings.length === 1 ? newReadings[0] : undefined;
  if (!newDate && oldDate) {
    // Written the way the demonstration's date was written: read in the order its date was.
    const render = dateTemplate(old, oldDate);
    newDate = render ? newReadings.find((reading) => render(reading) === value.trim()) : undefined;
  }
  if (!oldDate || !newDate) {
    return {
      problem: `the date ${JSON.stringify(value)} can be read as ${newReadings.map((reading) => `${MONTH_NAMES[reading.month - 1]} ${reading.day}`).join(' or ')}, and nothing in the demonstration says which order its dates are written in`,
    };
  }
  return dateFormBindings(forms, oldDate, newDate);
}

/** Every form the demonstration wrote its date in, rewritten to the new date the same way (its order, padding, separators), then the date's parts. */
function dateFormBindings(forms: readonly string[], oldDate: CalendarDate, newDate: CalendarDate): FormBindings {
  const bindings: Binding[] = [];
  for (const form of forms) {
    const render = dateTemplate(form, oldDate);
    if (render && !bindings.some((binding) => binding.old === form)) bindings.push({ old: form, new: render(newDate) });
  }
  // The parts (month name, day, year) and the usual numeric forms, for calendars and labels.
  const iso = (date: CalendarDate) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const parts = dateBindings(iso(oldDate), iso(newDate), []);
  for (const binding of parts?.bindings ?? []) if (!bindings.some((other) => other.old.toLowerCase() === binding.old.toLowerCase())) bindings.push(binding);
  return { bindings, dates: { old: oldDate, new: newDate } };
}

/** Does `text` (a value about to be typed) write a date or time the task names, in any form (a date named with no year: its month and day)? */
export function writesTaskDateOrTime(text: string, task: string): boolean {
  const time = timeOf(text);
  if (time) return timesInside(task).some((form) => timeOf(form)?.hour === time.hour && timeOf(form)?.minute === time.minute);
  const readings = /^\d{8}$/.test(text.trim()) ? eightDigitReadings(text.trim()) : dateReadings(text);
  if (readings.length === 0) return false;
  const named = datesInside(task).flatMap(dateReadings);
  if (readings.some((reading) => named.some((date) => sameDate(date, reading)))) return true;
  // A date the task gives with no year ("5 March"): its month and day, the year the field took (yearlessReadings).
  const days = [...task.matchAll(YEARLESS_IN_TEXT)].flatMap((match) => yearlessDate(match[0]) ?? []);
  return readings.some((reading) => days.some((day) => day.month === reading.month && day.day === reading.day));
}

function eightDigitReadings(text: string): CalendarDate[] {
  const n = (from: number, to: number) => Number(text.slice(from, to));
  return [
    { month: n(0, 2), day: n(2, 4), year: n(4, 8) },
    { day: n(0, 2), month: n(2, 4), year: n(4, 8) },
    { year: n(0, 4), month: n(4, 6), day: n(6, 8) },
  ].filter(valid);
}

/** Every reading of every date a text names ("03/04/2011" gives both). */
export function datesNamedIn(text: string): CalendarDate[] {
  return datesInside(text).flatMap(dateReadings);
}

/** Every time of day a text names. */
export function timesNamedIn(text: string): ClockTime[] {
  return timesInside(text).flatMap((form) => timeOf(form) ?? []);
}

export { sameDate };

/**
 * A date or time typed into a field whose placeholder spells the form it
 * wants ("dd.mm.yyyy", "MM/DD/YYYY", "yyyy-mm-dd", "hh:mm AM/PM", "HH:MM"):
 * the text rewritten into that form — the field on screen may want another
 * form than the demonstration's did. `known` are dates the plan already
 * means (its bindings' new values), which settle a text both of whose
 * readings are valid. Undefined when there is nothing to rewrite; a problem
 * when the date cannot be read without guessing.
 */
export function inFieldForm(text: string, placeholder: string | undefined, known: readonly string[]): { text: string } | { problem: string } | undefined {
  const wants = placeholder?.trim() ?? '';
  const datePattern = /^(dd|mm|yyyy)([./-])(dd|mm|yyyy)\2(dd|mm|yyyy)$/i.exec(wants);
  if (datePattern) {
    const readings = dateReadings(text);
    if (readings.length === 0) return undefined;
    const meant = known.flatMap((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? dateReadings(value) : []));
    const date = readings.length === 1 ? readings[0]! : readings.find((reading) => meant.some((other) => sameDate(other, reading)));
    if (!date) return { problem: `the field wants ${JSON.stringify(wants)}, and ${JSON.stringify(text)} could be either of two dates` };
    const parts = [datePattern[1]!, datePattern[3]!, datePattern[4]!].map((part) => part.toLowerCase());
    const written = parts.map((part) => (part === 'yyyy' ? String(date.year) : part === 'mm' ? pad(date.month) : pad(date.day))).join(datePattern[2]!);
    return written === text ? undefined : { text: written };
  }
  const timePattern = /^hh:mm(\s*(?:am\/pm|am|pm|a\/p))?$/i.exec(wants);
  const time = timeOf(text);
  if (timePattern && time) {
    const written = timePattern[1] ? `${((time.hour + 11) % 12) + 1}:${pad(time.minute)} ${time.hour < 12 ? 'AM' : 'PM'}` : `${pad(time.hour)}:${pad(time.minute)}`;
    return written === text ? undefined : { text: written };
  }
  return undefined;
}
