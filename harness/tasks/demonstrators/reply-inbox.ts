/**
 * reply-inbox: "Could you respond to "Lunch tomorrow?" from Anna by saying
 * "Sure."? Thanks!" in one of several free wordings — open the message of
 * the sender named (the one whose quoted text the instruction quotes), type
 * the reply (the quoted text that is not that message) into the Reply box,
 * press Send.
 */
import { clickElement, DemonstrationError, findAll, quotedStrings, typeInto, clickWhere, type Demonstrator } from './demonstrator.js';

export const replyInbox: Demonstrator = async (context) => {
  const observation = await context.observe();
  const senders = findAll(observation, { role: 'button' }).filter((element) => element.attributes?.class?.split(' ').includes('from'));
  const quoted = quotedStrings(context.utterance);
  const sender = senders.filter((element) => new RegExp(`\\b${element.text.trim()}\\b`).test(context.utterance));
  const reply = quoted.filter((text) => !observation.elements.some((element) => element.text.trim() === text));
  if (sender.length !== 1 || reply.length !== 1) throw new DemonstrationError(`no one sender and reply in "${context.utterance}"`);
  await clickElement(context, sender[0]!);
  await typeInto(context, { role: 'textbox', label: 'Reply' }, reply[0]!);
  await clickWhere(context, { role: 'button', text: 'Send' });
};
