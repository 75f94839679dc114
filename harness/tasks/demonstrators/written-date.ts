/**
 * Dates and times as a person reads them in an instruction: the forms the
 * month-calendar and date-time-text pages write ("March 3, 1972",
 * "3 March 1972", "Mar 3, 1972", "1972-03-03", "03/03/1972"; "5:07 PM",
 * "17:07"). Numeric slashed dates are read month first, the US way.
 */
import { DemonstrationError } from './demonstrator.js';
import { MONTHS, type CalendarDate } from './second-suite.js';

const monthOf = (word: string) => MONTHS.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;

export function readWrittenDate(text: string): CalendarDate {
  const names = `(?:${MONTHS.map((name) => `${name}|${name.slice(0, 3)}`).join('|')})`;
  let match = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /\b(\d{2})\/(\d{2})\/(\d{4})\b/.exec(text);
  if (match) return { month: Number(match[1]), day: Number(match[2]), year: Number(match[3]) };
  match = new RegExp(`\\b(${names}) (\\d{1,2}), (\\d{4})\\b`).exec(text);
  if (match) return { month: monthOf(match[1]!), day: Number(match[2]), year: Number(match[3]) };
  match = new RegExp(`\\b(\\d{1,2}) (${names}) (\\d{4})\\b`).exec(text);
  if (match) return { month: monthOf(match[2]!), day: Number(match[1]), year: Number(match[3]) };
  throw new DemonstrationError(`no date in "${text}"`);
}

/** A time "5:07 PM" or "17:07" as hours 0–23 and minutes. */
export function readWrittenTime(text: string): { hour: number; minute: number } {
  const match = /\b(\d{1,2}):(\d{2})(?:\s*(AM|PM))?\b/.exec(text);
  if (!match) throw new DemonstrationError(`no time in "${text}"`);
  let hour = Number(match[1]);
  if (match[3]) hour = (hour % 12) + (match[3] === 'PM' ? 12 : 0);
  return { hour, minute: Number(match[2]) };
}
