/**
 * Rule: a day chosen from a list of days, by the date or the weekday the task names.
 *
 *   demonstration: "Invite Dev to "Team lunch" at 11:00 AM on 24 September"   (chose "Wednesday, September 24" in Day)
 *   task:          "Schedule "Budget sync" on Thursday at 9:30 AM …"          → the option that shows Thursday
 *   task:          "Invite Yusuf … on 11/5"                                  → the option that shows November 5
 *
 * A page offers days as options written its own way ("Mon 3 Mar", "Monday,
 * March 3"); a task names one by its weekday ("Thursday"), its month and day
 * ("23 May", "December 7", "11/5") — never the option's text. So a slot whose
 * old value is a day the demonstration's chosen option shows binds that option
 * to the new day, written plainly ("Thursday", "May 23"), and at grounding the
 * option is the one option of the list that shows that day.
 *
 * Never guessed: a numeric "3/7" is read in the order the demonstration's own
 * numeric day was (its option shows which); with no such day the reading must be
 * the only valid one, or the only one the list offers — a list of the days 3–7
 * March reads "3/7" as 7 March, July 3 being none of its days; a list offering
 * both is refused. A day no option shows, or several options show, is no
 * option: the step is refused as before ("not among the options").
 *
 * Planning half: bind-slots.ts (`dayOptionBinding`, also for the day part of a
 * "14 February 12:30pm" slot — rules/date-time-pieces.ts). Grounding half:
 * ground-step.ts (`dayOptionFor`), when the rewritten option is not one of the list's.
 */
import type { Step } from '../../../core/trajectory.js';
import { MONTH_NAMES, monthOfWord, WEEKDAYS } from '../date-parts.js';
import type { Binding } from '../text-match.js';
import { ordinalOf } from '../number-words.js';

/** What a text shows of a day: its weekday (0 = Monday) and its month (1–12) and day of the month. */
export interface ShownDay {
  weekday?: number;
  month?: number;
  day?: number;
}

const MONTH_WORD = `(?:${MONTH_NAMES.map((name) => `${name}|${name.slice(0, 3)}`).join('|')})\\.?`;
const WEEKDAY_WORD = `(?:${WEEKDAYS.map((name) => `${name}|${name.slice(0, 3)}`).join('|')})\\.?`;
const weekdayOf = (word: string) => WEEKDAYS.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
const ordinal = '(?:st|nd|rd|th)?';

/** Is the word a weekday, written in full ("Thursday")? */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.some((name) => name.toLowerCase() === word.toLowerCase());
}

/** Is the value a weekday alone, in full or as a chip shortens it ("Saturday", "Sat", "SAT.")? No day of the month tells its week. */
export function isWeekdayAlone(value: string): boolean {
  return new RegExp(`^${WEEKDAY_WORD}$`, 'iu').test(value.trim());
}

/** What an option or label shows of a day: "Mon 3 Mar", "Monday, March 3", "Wed, Sep 24", "Friday". */
export function shownDay(text: string): ShownDay {
  const shown: ShownDay = {};
  const weekday = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORD})(?![\\p{L}])`, 'iu').exec(text);
  if (weekday) shown.weekday = weekdayOf(weekday[1]!);
  const monthFirst = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})\\s+(\\d{1,2})${ordinal}(?!\\d)`, 'iu').exec(text);
  const dayFirst = new RegExp(`(?<![\\d])(\\d{1,2})${ordinal}\\s+(?:of\\s+)?(${MONTH_WORD})(?![\\p{L}])`, 'iu').exec(text);
  const month = monthFirst?.[1] ?? dayFirst?.[2];
  const day = monthFirst?.[2] ?? dayFirst?.[1];
  if (month && day && Number(day) >= 1 && Number(day) <= 31) {
    shown.month = monthOfWord(month);
    shown.day = Number(day);
  }
  return shown;
}

/**
 * A weekday and its day of the month, no month ("Tue the 11th", "Friday the 14th", or as a day chip writes it, "Thu 13"):
 * the month is the one the page shows. A number after the weekday is no day when a time ("Monday 9:30") or a month
 * ("Fri 7 Mar", a day with its month) follows it; a bare one (no ordinal ending) only where a chip's text would end —
 * the end, a stop or comma, "at" a time —, never before other words or after a comma ("Monday 7 am", "Friday 6
 * o'clock", "Monday 2 tickets", "Saturday, 4 people" are a weekday and a number apart).
 */
const NO_MONTH_AFTER = `(?![\\d:]|\\.\\d|\\s+(?:of\\s+)?${MONTH_WORD}(?![\\p{L}]))`;
const ORDINAL_DAY_NUMBER = `\\d{1,2}(?:st|nd|rd|th)${NO_MONTH_AFTER}`;
const BARE_DAY_NUMBER = `\\d{1,2}(?=\\s*(?:$|[.,;!?)]|\\s+at\\b))(?![.,]\\d)`;
export const WEEKDAY_THE_DAY = `${WEEKDAY_WORD}(?:,?\\s+(?:the\\s+\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY_NUMBER})|\\s+${BARE_DAY_NUMBER})`;
const WEEKDAY_AND_DAY = new RegExp(`^(${WEEKDAY_WORD})(,?\\s+)(the\\s+)?(\\d{1,2})(st|nd|rd|th)?$`, 'iu');

/**
 * A whole value read as one day with no year: a weekday ("Thursday"), a
 * weekday with its day of the month ("Tue the 11th": both must show), a
 * written month and day ("23 May", "December 7", "Sep 24th"), or a numeric
 * one ("11/5": both valid readings, month first first). Undefined for
 * anything else (a year, a time, other words).
 */
export function dayReadings(value: string): ShownDay[] | undefined {
  const text = value.trim().replace(/[.,]$/, '');
  if (isWeekday(text)) return [{ weekday: weekdayOf(text) }];
  const weekdayAndDay = WEEKDAY_AND_DAY.exec(text);
  // "Tue the 11th" takes its ordinal ending ("Tue the 11" is no way to write it); "Thu 13" may go without.
  if (weekdayAndDay && (!weekdayAndDay[3] || weekdayAndDay[5])) {
    const day = Number(weekdayAndDay[4]);
    return day >= 1 && day <= 31 ? [{ weekday: weekdayOf(weekdayAndDay[1]!), day }] : undefined;
  }
  if (new RegExp(`^(?:${MONTH_WORD}\\s+\\d{1,2}${ordinal}|\\d{1,2}${ordinal}\\s+(?:of\\s+)?${MONTH_WORD})$`, 'iu').test(text)) {
    const shown = shownDay(text);
    return shown.month ? [{ month: shown.month, day: shown.day! }] : undefined;
  }
  const numeric = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!numeric) return undefined;
  const a = Number(numeric[1]);
  const b = Number(numeric[2]);
  const readings = [
    { month: a, day: b },
    { month: b, day: a },
  ].filter((reading, index) => reading.month >= 1 && reading.month <= 12 && reading.day >= 1 && reading.day <= 31 && !(index === 1 && a === b));
  return readings.length > 0 ? readings : undefined;
}

/** Does a text showing `shown` show the day `reading` names (its weekday, or its month and day)? */
function shows(shown: ShownDay, reading: ShownDay): boolean {
  if (reading.weekday !== undefined) return shown.weekday === reading.weekday && (reading.day === undefined || shown.day === reading.day);
  return shown.month === reading.month && shown.day === reading.day;
}

/** A day written plainly, as the binding carries it to grounding: "Thursday", "Tuesday the 11th", "May 23". */
export function plainDay(reading: ShownDay): string {
  if (reading.weekday === undefined) return `${MONTH_NAMES[reading.month! - 1]} ${reading.day}`;
  if (reading.day === undefined) return WEEKDAYS[reading.weekday]!;
  return `${WEEKDAYS[reading.weekday]} the ${ordinalOf(reading.day)}`;
}

/**
 * The binding of a day slot to the option a demonstrated select chose: the
 * option that shows the old day → the new day written plainly. Undefined when
 * the values are not days, no demonstrated select chose an option showing the
 * old day, or a numeric new day can be read two ways the old one does not settle.
 */
export function dayOptionBinding(old: string, value: string, steps: readonly Step[]): Binding | undefined {
  const oldReadings = dayReadings(old);
  const newReadings = dayReadings(value);
  if (!oldReadings || !newReadings) return undefined;
  const chosen = steps.flatMap((step) => (step.action.type === 'select' ? [step.action.option] : []));
  const matches = chosen.flatMap((option) => oldReadings.filter((reading) => shows(shownDay(option), reading)).map((reading) => ({ option, reading })));
  if (new Set(matches.map((match) => match.option)).size !== 1) return undefined;
  const { option, reading } = matches[0]!;
  let newReading = newReadings.length === 1 ? newReadings[0] : undefined;
  if (!newReading && newReadings.length === 2) {
    // "3/7": read in the order the demonstration's own numeric day was written, which its option showed.
    const numericOld = /^(\d{1,2})\/(\d{1,2})$/.exec(old.trim());
    if (numericOld && Number(numericOld[1]) !== Number(numericOld[2])) newReading = Number(numericOld[1]) === reading.month ? newReadings[0] : newReadings[1];
  }
  // Not settled by the demonstration: the numeric day as written, read at grounding by the days the list offers (dayOptionFor).
  if (!newReading) return newReadings.length === 2 ? { old: option, new: value.trim().replace(/[.,]$/, '') } : undefined;
  return { old: option, new: plainDay(newReading) };
}

/**
 * The one option of a list that shows the day `wanted` names ("Thursday",
 * "May 23"); undefined when `wanted` is no day, or no option or several show it.
 * A numeric day read two ways ("3/7") takes the one reading the list offers a
 * day for; when it offers both, or neither, none.
 */
export function dayOptionFor(wanted: string, options: readonly string[]): string | undefined {
  const readings = dayReadings(wanted);
  if (!readings) return undefined;
  const found = readings.map((reading) => options.filter((option) => shows(shownDay(option), reading)));
  const offered = found.filter((showing) => showing.length > 0);
  return offered.length === 1 && offered[0]!.length === 1 ? offered[0]![0] : undefined;
}

/**
 * Does a whole text written as a weekday and a day number alone — a day chip,
 * "Mon 23", "Sat the 14th" — show the day `value` names, a weekday ("Monday")
 * or a weekday with its day of the month ("Mon 23", "Monday the 23rd")?
 */
export function chipShowsDay(text: string, value: string): boolean {
  const wanted = dayReadings(value);
  if (wanted?.length !== 1 || wanted[0]!.weekday === undefined) return false;
  const chip = chipDay(text);
  return chip !== undefined && chip.weekday === wanted[0]!.weekday && (wanted[0]!.day === undefined || chip.day === wanted[0]!.day);
}

/**
 * A chip's weekday over its day number, as a recording may read it with no space between ("Thu13": the two lines of
 * the chip glued) or with one ("Thu 13"); an ordinal ending needed after "the". Undefined for any other text.
 */
const CHIP = new RegExp(`^(${WEEKDAY_WORD})(,?\\s*)(the\\s+)?(\\d{1,2})(st|nd|rd|th)?$`, 'iu');
function chipDay(text: string): { weekday: number; day: number; parts: RegExpExecArray } | undefined {
  const parts = CHIP.exec(text.replace(/\s+/g, ' ').trim());
  if (!parts || (parts[3] && !parts[5])) return undefined;
  const day = Number(parts[4]);
  return day >= 1 && day <= 31 ? { weekday: weekdayOf(parts[1]!), day, parts } : undefined;
}

/**
 * A day written the way a demonstrated step's text — a day chip the
 * demonstration pressed — wrote the old one: a weekday alone, or with its day
 * of the month.
 *
 *   demonstration: "… a haircut on Thu 13 at 1:30pm?"   (pressed the chip "Thu 13")
 *   task:          "… a haircut on Friday the 7th …"     → the chip "Fri 7"
 *   demonstration: "Book me in on Monday at 12:00."      (pressed the chip "Mon 9")
 *   task:          "… my trim for Saturday at 12:30"     → the chip showing "Sat"
 *
 * The old and the new value must each be one weekday, maybe with its day of
 * the month; the step text is the one whole text of the steps that shows the
 * old day (its weekday, and its day when it has one) as a weekday and a day
 * number alone ("Thu 13", "Tue, 11th", "Sat the 14th"). The weekday is written
 * as long and in the case the step wrote it, the day with an ordinal ending
 * and "the" only when the step had them; a new value with no day of the month
 * is its weekday alone, which grounding finds in the one chip showing it.
 * Undefined otherwise.
 */
export function weekdayDayBinding(old: string, value: string, stepTexts: readonly string[]): Binding | undefined {
  const [oldReading, newReading] = [dayReadings(old), dayReadings(value)];
  if (oldReading?.length !== 1 || newReading?.length !== 1) return undefined;
  const [was, wanted] = [oldReading[0]!, newReading[0]!];
  if (was.weekday === undefined || wanted.weekday === undefined) return undefined;
  const showing = new Set(stepTexts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => chipShowsDay(text, old)));
  if (showing.size !== 1) return undefined;
  const written = [...showing][0]!;
  const [, word, joint, the, , ending] = chipDay(written)!.parts;
  // A glued "Thu13" is a chip's two lines read with no space between: the new day is written as the page shows it, spaced.
  const gap = joint || ' ';
  const name = WEEKDAYS[wanted.weekday]!;
  const bare = word!.replace(/\.$/, '');
  let weekday = bare.length > 4 && isWeekday(bare) ? name : `${name.slice(0, 3)}${word!.endsWith('.') ? '.' : ''}`;
  if (bare === bare.toLowerCase()) weekday = weekday.toLowerCase();
  else if (bare === bare.toUpperCase()) weekday = weekday.toUpperCase();
  if (wanted.day === undefined) return { old: written, new: weekday };
  return { old: written, new: `${weekday}${gap}${the ?? ''}${ending ? ordinalOf(wanted.day) : wanted.day}` };
}

/**
 * A day option whose weekday goes with its date: "Mon, 17 Mar" with the day bound 17 → 19 is the one option showing
 * 19 March ("Wed, 19 Mar"), not the "Mon, 19 Mar" the rewriting makes, which no list offers.
 *
 *   demonstration: "… on March 17"   chose "Mon, 17 Mar"        task: "… on March 19"   → "Wed, 19 Mar"
 *   demonstration: "On 4 Mar, …"      chose "Tue, 4 Mar"         task: "On March 10, …"  → "Mon, 10 Mar"
 *
 * The task named a date, not a weekday; the weekday in the option is the page's way of writing that date, and the
 * rewriting kept the demonstrated one. Only when: the option made (`made`) shows the very weekday the demonstrated
 * option showed (no binding wrote it), with another month and day, each read whole (shownDay); no binding's old or
 * new value holds a weekday (the task named none in the slot's place: a weekday the task asks for is matched by
 * dayOptionFor, never dropped); each binding that wrote the day is a day — a whole day reading ("March 10"), or a
 * number whose old value is the demonstrated option's day of the month; and exactly one option shows that month and
 * day. Anything else names no option, and the step is refused as before.
 */
export function redatedOptionFor(demonstrated: string, made: string, bindings: readonly Binding[], options: readonly string[]): string | undefined {
  const [before, after] = [shownDay(demonstrated), shownDay(made)];
  if (before.weekday === undefined || before.day === undefined || after.weekday !== before.weekday || after.month === undefined || after.day === undefined) return undefined;
  if (after.month === before.month && after.day === before.day) return undefined;
  const weekdayWord = new RegExp(`(?<![\\p{L}])${WEEKDAY_WORD}(?![\\p{L}])`, 'iu');
  const changed = bindings.filter((binding) => binding.old.trim() !== '' && binding.old !== binding.new && made.includes(binding.new) && demonstrated.includes(binding.old));
  if (changed.length === 0 || bindings.some((binding) => weekdayWord.test(binding.old) || weekdayWord.test(binding.new))) return undefined;
  const isDay = (binding: Binding) => dayReadings(binding.new) !== undefined || (/^\d{1,2}$/.test(binding.new.trim()) && Number(binding.old.trim()) === before.day);
  if (!changed.every(isDay)) return undefined;
  const showing = options.filter((option) => {
    const shown = shownDay(option);
    return shown.month === after.month && shown.day === after.day;
  });
  return showing.length === 1 ? showing[0] : undefined;
}
