/**
 * week-slots: read the day (a weekday, or a day of the month) and the hour
 * (24-hour, "2 pm" or "in the afternoon at two"); page to the next week when
 * the shown week lacks that day of the month; click the cell under the day's
 * column header on the hour's row; press the button the instruction ends with.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';
import { finalCaption, MONTHS } from './second-suite.js';
import { readCount } from './list-pages.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const HOUR_WORDS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

export function readBooking(utterance: string): { weekday?: string; day?: number; hour: number } {
  let hour: number | undefined;
  let match = /in the (morning|afternoon) at (\w+)/.exec(utterance);
  if (match) hour = (HOUR_WORDS.indexOf(match[2]!) % 12) + (match[1] === 'afternoon' ? 12 : 0);
  if (hour === undefined && (match = /at (\d{1,2}):00\b/.exec(utterance))) hour = Number(match[1]);
  if (hour === undefined && (match = /at (\d{1,2}) (am|pm)\b/.exec(utterance))) hour = (Number(match[1]) % 12) + (match[2] === 'pm' ? 12 : 0);
  if (hour === undefined || Number.isNaN(hour)) throw new DemonstrationError(`no hour in "${utterance}"`);
  const months = MONTHS.join('|');
  match = new RegExp(`\\b(\\d{1,2}) (?:${months})\\b|\\b(?:${months}) (\\d{1,2})\\b`).exec(utterance);
  const day = match ? readCount(match[1] ?? match[2]!) : undefined;
  const weekday = WEEKDAYS.find((name) => utterance.includes(name));
  if (day === undefined && weekday === undefined) throw new DemonstrationError(`no day in "${utterance}"`);
  return { weekday, day, hour };
}

/** "9 AM", "12 PM", "14:00" → 9, 12, 14; undefined for other text. */
function hourOf(text: string): number | undefined {
  let match = /^(\d{1,2}):00$/.exec(text);
  if (match) return Number(match[1]);
  match = /^(\d{1,2}) ?(AM|PM)$/.exec(text);
  if (match) return (Number(match[1]) % 12) + (match[2] === 'PM' ? 12 : 0);
  return undefined;
}

function column(observation: Observation, booking: ReturnType<typeof readBooking>): UIElement | undefined {
  return findAll(observation, { role: 'columnheader' }).find((header) => {
    const [name = '', number = ''] = header.text.trim().split(/\s+/);
    if (booking.day !== undefined) return Number(number) === booking.day;
    return booking.weekday!.startsWith(name);
  });
}

export const weekSlots: Demonstrator = async (context) => {
  const booking = readBooking(context.utterance);
  let observation = await context.observe();
  let header = column(observation, booking);
  if (!header) {
    const next = findAll(observation, { role: 'button' }).find((button) => button.label?.trim() === 'Next week' || button.text.trim() === 'Next');
    if (!next) throw new DemonstrationError('the day is not in the shown week and there is no next-week button');
    await clickElement(context, next);
    observation = await context.observe();
    header = column(observation, booking);
  }
  if (!header) throw new DemonstrationError(`no column for ${JSON.stringify(booking)}`);
  const row = observation.elements.find((element) => hourOf(element.text.trim()) === booking.hour);
  if (!row) throw new DemonstrationError(`no row for hour ${booking.hour}`);
  const x = header.box.x + header.box.width / 2;
  const y = row.box.y + row.box.height / 2;
  const cells = observation.elements.filter(
    (element) => element.id !== header!.parentId && element.box.x <= x && x <= element.box.x + element.box.width && element.box.y <= y && y <= element.box.y + element.box.height,
  );
  const slot = cells.find((element) => element.interactive) ?? cells.find((element) => element.text.trim() === '');
  if (!slot || nameOf(slot) === 'Busy') throw new DemonstrationError(`the cell at ${x},${y} is not a free hour`);
  await clickElement(context, slot);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: finalCaption(context.utterance) }));
};
