/**
 * salon-booking: "Book me in on Thursday at 2:30 PM.", "salon: tue 11, 14:30",
 * "At 9:00am on the 12th, please." — a person presses the day chip showing the
 * weekday or the date asked for, then the time slot showing the asked time
 * (whichever clock the page writes), then the one remaining button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Minutes after midnight of "2:30 PM", "2:30pm" or "14:30"; undefined when the text is no time. */
export function minutesOf(text: string): number | undefined {
  const match = /\b(\d{1,2}):(\d{2})\s?([ap]m)?\b/i.exec(text);
  if (!match) return undefined;
  let hours = Number(match[1]) % (match[3] ? 12 : 24);
  if (match[3]?.toLowerCase() === 'pm') hours += 12;
  return hours * 60 + Number(match[2]);
}

export const salonBooking: Demonstrator = async (context) => {
  const { utterance } = context;
  const time = minutesOf(utterance);
  const weekday = DAYS.find((day) => new RegExp(`\\b${day}`, 'i').test(utterance));
  const date = /\b(?:the (\d{1,2})(?:st|nd|rd|th)|[A-Za-z]{3} (\d{1,2})\b)/.exec(utterance);
  const dateNumber = date ? (date[1] ?? date[2]) : undefined;
  if (time === undefined || (!weekday && !dateNumber)) throw new DemonstrationError(`cannot read a day and a time in "${utterance}"`);
  const buttons = findAll(await context.observe(), { role: 'button' });
  const chip = buttons.find((button) => {
    const [day, number] = nameOf(button).replace(/(\D)(\d)/, '$1 $2').split(/\s+/);
    if (!day || !number || !DAYS.includes(day.toLowerCase())) return false;
    return (!weekday || day.toLowerCase() === weekday) && (!dateNumber || number === dateNumber);
  });
  if (!chip) throw new DemonstrationError(`no day chip for "${utterance}"`);
  await clickElement(context, chip);
  const slot = findAll(await context.observe(), { role: 'button' }).find((button) => minutesOf(nameOf(button)) === time);
  if (!slot) throw new DemonstrationError(`no free slot at ${time} minutes`);
  if (slot.states.disabled) throw new DemonstrationError('the asked slot is taken');
  await clickElement(context, slot);
  const rest = findAll(await context.observe(), { role: 'button' }).filter((button) => {
    const name = nameOf(button);
    return minutesOf(name) === undefined && !DAYS.some((day) => name.toLowerCase().startsWith(day));
  });
  if (rest.length !== 1) throw new DemonstrationError(`expected one booking button, found ${rest.map(nameOf).join(', ')}`);
  await clickElement(context, rest[0]!);
};
