/**
 * native-datetime: click the first segment of the date field and type month,
 * day and year digits; click the first segment of the time field and type
 * hour and minute digits and A or P (en-US segments); then confirm.
 */
import { DemonstrationError, perform, requireOne, type Demonstrator } from './demonstrator.js';
import type { UIElement } from '../../../agent/core/observation.js';
import { clickFinalButton, readDate } from './second-suite.js';

const two = (n: number) => String(n).padStart(2, '0');

function readTime(text: string): { hour: number; minute: number } {
  const match = /\b(\d{1,2}):(\d{2})(?:\s*(AM|PM))?/.exec(text);
  if (!match) throw new DemonstrationError(`no time in "${text}"`);
  let hour = Number(match[1]);
  if (match[3] === 'AM' && hour === 12) hour = 0;
  if (match[3] === 'PM' && hour !== 12) hour += 12;
  return { hour, minute: Number(match[2]) };
}

export const nativeDatetime: Demonstrator = async (context) => {
  const date = readDate(context.utterance);
  const time = readTime(context.utterance.replace(/\b\d{2}\/\d{2}\/\d{4}\b/, ''));
  const typeAtStart = async (field: UIElement, text: string) => {
    await perform(context, { type: 'click', target: { x: field.box.x + 8, y: field.box.y + field.box.height / 2 } });
    await perform(context, { type: 'type', text });
  };
  await typeAtStart(requireOne(await context.observe(), { label: 'Date' }), `${two(date.month)}${two(date.day)}${date.year}`);
  const hour12 = ((time.hour + 11) % 12) + 1;
  await typeAtStart(requireOne(await context.observe(), { label: 'Time' }), `${two(hour12)}${two(time.minute)}${time.hour < 12 ? 'A' : 'P'}`);
  await clickFinalButton(context);
};
