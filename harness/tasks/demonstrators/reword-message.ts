/**
 * reword-message: an e-mail address, a subject and a message in one of
 * several phrasings; the quoted texts are told apart by the word before each.
 */
import { clickWhere, DemonstrationError, typeInto, type Demonstrator } from './demonstrator.js';

export const rewordMessage: Demonstrator = async (context) => {
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(context.utterance)?.[0];
  const subject = /subject:? "([^"]+)"/i.exec(context.utterance)?.[1];
  // The message is the quoted text that is not the subject.
  const body = [...context.utterance.matchAll(/"([^"]+)"/g)].map((match) => match[1]!).find((text) => text !== subject);
  if (!email || !subject || !body) throw new DemonstrationError(`no address, subject or message in "${context.utterance}"`);
  await typeInto(context, { role: 'textbox', label: 'To' }, email);
  await typeInto(context, { role: 'textbox', label: 'Subject' }, subject);
  await typeInto(context, { role: 'textbox', label: 'Message' }, body);
  await clickWhere(context, { role: 'button', text: 'Send' });
};
