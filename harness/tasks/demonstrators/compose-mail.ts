/**
 * compose-mail: read the addresses (one to drop from a reply draft, one to
 * keep, the others to add), the quoted subject and message by the word before
 * each; remove a chip by its ×, add an address by typing it into the To line
 * and pressing Enter, type the subject over what is there and the message,
 * then press the send button the instruction names.
 */
import { clickElement, DemonstrationError, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';

export function readMail(utterance: string): { drop?: string; add: string[]; subject: string; message: string; caption: string } {
  const addresses = [...utterance.matchAll(/[\w.]+@[\w-]+\.\w+/g)].map((match) => match[0]);
  const drop = /(?:Not to|Take) (\S+@\S+?) (?:any more|off)/.exec(utterance)?.[1];
  const keep = /(?:Keep|Leave) (\S+@\S+?) (?:on it|as a recipient)/.exec(utterance)?.[1];
  const subject = /subject "([^"]*)"/.exec(utterance)?.[1];
  const message = /(?:message|text) "([^"]*)"/.exec(utterance)?.[1];
  const caption = /(Send(?: now| message)?)\)?\.$/.exec(utterance)?.[1];
  if (subject === undefined || message === undefined || !caption) throw new DemonstrationError(`cannot read "${utterance}"`);
  return { drop, add: addresses.filter((address) => address !== drop && address !== keep), subject, message, caption };
}

export const composeMail: Demonstrator = async (context) => {
  const mail = readMail(context.utterance);
  if (mail.drop) await clickElement(context, requireOne(await context.observe(), { role: 'button', label: `Remove ${mail.drop}` }));
  for (const address of mail.add) {
    const to = requireOne(await context.observe(), { role: 'textbox', label: 'To' });
    await perform(context, { type: 'type', text: address, target: { elementId: to.id } });
    await perform(context, { type: 'press', keys: 'Enter' });
  }
  const observation = await context.observe();
  const subject = requireOne(observation, { role: 'textbox', label: 'Subject' });
  await perform(context, { type: 'type', text: mail.subject, target: { elementId: subject.id }, replace: true });
  const body = findAll(await context.observe(), { role: 'textbox' }).find((element) => element.tag === 'textarea');
  if (!body) throw new DemonstrationError('no message box');
  await perform(context, { type: 'type', text: mail.message, target: { elementId: body.id }, replace: true });
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: mail.caption }));
};
