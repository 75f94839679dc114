/**
 * table-booking: "Under the name Anna, reserve a table at 19:30 for 4
 * people." in one of several free wordings — type the name, choose the
 * party size and the time, press Book.
 */
import { DemonstrationError, selectOption, typeInto, clickWhere, type Demonstrator } from './demonstrator.js';

export const tableBooking: Demonstrator = async (context) => {
  const time = /\b\d{2}:\d{2}\b/.exec(context.utterance)?.[0];
  const size = /(?<![\d:])\b([2-8])\b(?!:)/.exec(context.utterance)?.[1];
  const name = /(?:name(?: is)?|for) ([A-Z][a-z]+)\b/.exec(context.utterance)?.[1];
  if (!time || !size || !name) throw new DemonstrationError(`no name, party size or time in "${context.utterance}"`);
  await typeInto(context, { role: 'textbox', label: 'Name' }, name);
  await selectOption(context, { role: 'combobox', label: 'Guests' }, size);
  await selectOption(context, { role: 'combobox', label: 'Time' }, time);
  await clickWhere(context, { role: 'button', text: 'Book' });
};
