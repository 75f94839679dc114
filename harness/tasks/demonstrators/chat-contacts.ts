/**
 * chat-contacts: read the quoted message and the contact's full name; bring
 * the contact's conversation into view (typing the name into the chat filter
 * when there is one, else scrolling the list), open it, wait for its name in
 * the conversation's heading, type the message into the message field and
 * press the send button (the word or "➤").
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, firstQuoted, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { ancestorWithRole, scrollIntoView } from './list-pages.js';
import { waitForElement } from './second-suite.js';

export function readChat(utterance: string): { message: string; name: string } {
  const message = firstQuoted(utterance);
  const rest = utterance.replace(`"${message}"`, '');
  const match = /(?:\bto|^Tell|^Message|^Let) ([A-Z][a-z]+ [A-Z][a-z]+)\b/.exec(rest);
  if (!match) throw new DemonstrationError(`no contact named in "${utterance}"`);
  return { message, name: match[1]! };
}

function conversation(observation: Observation, name: string): UIElement | undefined {
  return findAll(observation, { role: ['button', 'option'] }).find((row) => row.text.trim() === name || row.text.trim().startsWith(`${name} `));
}

export const chatContacts: Demonstrator = async (context) => {
  const { message, name } = readChat(context.utterance);
  const first = await context.observe();
  const filter = findAll(first, { role: ['textbox', 'searchbox'] }).find((field) => /search/i.test(nameOf(field)));
  if (filter) {
    await perform(context, { type: 'type', text: name, target: { elementId: filter.id }, replace: true });
  }
  const { element: row } = await scrollIntoView(
    context,
    (seen) => conversation(seen, name),
    (seen) => {
      const any = findAll(seen, { role: ['button', 'option'] }).find((candidate) => ancestorWithRole(seen, candidate, ['list', 'listbox']));
      return any && ancestorWithRole(seen, any, ['list', 'listbox']);
    },
    `the conversation with ${name}`,
  );
  await clickElement(context, row);
  const heading = await waitForElement(context, (seen) => findAll(seen, { role: 'heading', text: name })[0]);
  if (!heading) throw new DemonstrationError(`the conversation with ${name} did not open`);
  const seen = await context.observe();
  const field = findAll(seen, { role: 'textbox' }).find((candidate) => nameOf(candidate).startsWith('Message'));
  if (!field) throw new DemonstrationError('no message field');
  await perform(context, { type: 'type', text: message, target: { elementId: field.id }, replace: true });
  const send = findAll(await context.observe(), { role: 'button' }).find((button) => nameOf(button) === 'Send' || button.label === 'Send message');
  if (!send) throw new DemonstrationError('no send button');
  await clickElement(context, send);
};
