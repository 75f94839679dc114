/**
 * reword-transfer: a name, an amount and a quoted note, in one of several
 * phrasings; a person picks each value out by its kind and fills the form.
 */
import { clickWhere, DemonstrationError, firstQuoted, typeInto, type Demonstrator } from './demonstrator.js';

export const rewordTransfer: Demonstrator = async (context) => {
  const note = firstQuoted(context.utterance);
  const rest = context.utterance.replace(`"${note}"`, '');
  const name = /\b(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b/u.exec(rest.replace(/^\S+\s/, ''))?.[1];
  const amount = /\b(\d+) euros\b/.exec(rest)?.[1];
  if (!name || !amount) throw new DemonstrationError(`no name or amount in "${context.utterance}"`);
  await typeInto(context, { role: 'textbox', label: 'Recipient' }, name);
  await typeInto(context, { role: 'textbox', label: 'Amount (€)' }, amount);
  await typeInto(context, { role: 'textbox', label: 'Note' }, note);
  await clickWhere(context, { role: 'button', text: 'Send money' });
};
