/**
 * support-ticket: "Could you please file a support ticket for me? Subject
 * "Refund not received", category Billing, priority High." — the quoted text
 * is the subject, typed into the field whose placeholder says Subject; the
 * category is the drop-down option and the priority the radio the rest of
 * the request names (any letter case); then the button that is not Cancel.
 */
import { DemonstrationError, clickElement, findAll, firstQuoted, nameOf, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';

export const supportTicket: Demonstrator = async (context) => {
  const subject = firstQuoted(context.utterance);
  const rest = context.utterance.replace(`"${subject}"`, ' ');
  const names = (text: string) => new RegExp(`\\b${text}\\b`, 'i').test(rest);
  await typeInto(context, { role: 'textbox', label: 'Subject' }, subject);
  const select = requireOne(await context.observe(), { role: 'combobox', label: 'Category' });
  const category = (select.options ?? []).filter((option) => !option.endsWith('…')).find(names);
  if (!category) throw new DemonstrationError(`no category in "${context.utterance}"`);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: category });
  const priority = findAll(await context.observe(), { role: 'radio' }).find((radio) => names(nameOf(radio)));
  if (!priority) throw new DemonstrationError(`no priority in "${context.utterance}"`);
  if (!priority.states.checked) await clickElement(context, priority);
  const send = findAll(await context.observe(), { role: 'button' }).find((button) => nameOf(button) !== 'Cancel');
  if (!send) throw new DemonstrationError('no button but Cancel');
  await clickElement(context, send);
};
