/**
 * event-entry: "New event "Dentist": 09:00 until 10:00. Click Confirm." in
 * one of several phrasings — type the quoted title and the two times in the
 * order written, choose the place when one is named, press the button the
 * instruction ends with.
 */
import { DemonstrationError, firstQuoted, selectOption, typeInto, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const eventEntry: Demonstrator = async (context) => {
  const title = firstQuoted(context.utterance);
  const times = [...context.utterance.matchAll(/\b\d{2}:\d{2}\b/g)].map((match) => match[0]);
  if (times.length !== 2) throw new DemonstrationError(`no start and end time in "${context.utterance}"`);
  await typeInto(context, { role: 'textbox', label: 'Title' }, title);
  await typeInto(context, { role: 'textbox', label: 'Starts' }, times[0]!);
  await typeInto(context, { role: 'textbox', label: 'Ends' }, times[1]!);
  const select = requireOne(await context.observe(), { role: 'combobox', label: 'Place' });
  const place = (select.options ?? []).find((option) => option !== '—' && new RegExp(`\\b${option}\\b`).test(context.utterance));
  if (place) await selectOption(context, { role: 'combobox', label: 'Place' }, place);
  await clickFinalButton(context);
};
