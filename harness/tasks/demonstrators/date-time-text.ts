/**
 * date-time-text: read the date and time from the instruction, read which
 * form each field wants from its placeholder (mm/dd/yyyy or dd.mm.yyyy;
 * "hh:mm AM/PM" or "HH:MM"), type each in that form, then press the button
 * the instruction names.
 */
import { DemonstrationError, findAll, perform, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';
import { readWrittenDate, readWrittenTime } from './written-date.js';

const two = (value: number) => String(value).padStart(2, '0');

export const dateTimeText: Demonstrator = async (context) => {
  const date = readWrittenDate(context.utterance);
  const time = readWrittenTime(context.utterance);
  const fields = findAll(await context.observe(), { role: 'textbox' });
  const placeholderOf = (index: number) => fields[index]?.attributes?.['placeholder'] ?? '';
  if (fields.length !== 2) throw new DemonstrationError(`expected a date and a time field, found ${fields.length} text fields`);
  const dateText = placeholderOf(0).startsWith('dd.') ? `${two(date.day)}.${two(date.month)}.${date.year}` : `${two(date.month)}/${two(date.day)}/${date.year}`;
  const twelve = /AM|PM/i.test(placeholderOf(1));
  const timeText = twelve ? `${((time.hour + 11) % 12) + 1}:${two(time.minute)} ${time.hour < 12 ? 'AM' : 'PM'}` : `${two(time.hour)}:${two(time.minute)}`;
  await perform(context, { type: 'click', target: { elementId: fields[0]!.id } });
  await perform(context, { type: 'type', text: dateText, target: { elementId: fields[0]!.id } });
  await perform(context, { type: 'click', target: { elementId: fields[1]!.id } });
  await perform(context, { type: 'type', text: timeText, target: { elementId: fields[1]!.id } });
  await clickFinalButton(context);
};
