/**
 * pharmacy-refill: "Refill: Lisinopril 10mg, qty 60, pickup 03/14/2025" or a
 * freer wording — the medication is the drop-down option the request names,
 * the count is 30, 60 or 90, the date is read in any of its written forms and
 * typed into the native date field segment by segment (en-US: month, day,
 * year); then the form's one button.
 */
import { DemonstrationError, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';
import { readDate } from './second-suite.js';

const two = (n: number) => String(n).padStart(2, '0');

export const pharmacyRefill: Demonstrator = async (context) => {
  const observation = await context.observe();
  const select = requireOne(observation, { role: 'combobox', label: 'Medication' });
  const medication = (select.options ?? []).find((option) => option !== '—' && context.utterance.includes(option));
  if (!medication) throw new DemonstrationError(`no medication of the list in "${context.utterance}"`);
  const date = readDate(context.utterance);
  const withoutDate = context.utterance.replace(/\b\d{2}\/\d{2}\/\d{4}\b|\b\d{1,2},? \d{4}\b|\b\d{1,2} [A-Z][a-z]+ \d{4}\b/g, '');
  const count = /\b(30|60|90)\b/.exec(withoutDate)?.[1];
  if (!count) throw new DemonstrationError(`no quantity in "${context.utterance}"`);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: medication });
  const quantity = requireOne(await context.observe(), { label: 'Quantity' });
  if ((quantity.value ?? '').trim() !== count) await typeInto(context, { label: 'Quantity' }, count);
  const field = requireOne(await context.observe(), { label: 'Pickup date' });
  await perform(context, { type: 'click', target: { x: field.box.x + 8, y: field.box.y + field.box.height / 2 } });
  await perform(context, { type: 'type', text: `${two(date.month)}${two(date.day)}${date.year}` });
  await perform(context, { type: 'click', target: { elementId: requireOne(await context.observe(), { role: 'button' }).id } });
};
