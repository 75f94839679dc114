/**
 * form-details: read the recipient, the quoted card message and whether to
 * gift-wrap; type the recipient; open the collapsed section by its summary
 * and fill the message there, setting the wrap box as asked (it may be
 * preset); press the form's button, then the confirm button of the "Are you
 * sure?" dialog (the right-hand one, after the cancel button).
 */
import { clickElement, DemonstrationError, findAll, firstQuoted, perform, type Demonstrator } from './demonstrator.js';
import { waitForElement } from './second-suite.js';

function readTask(utterance: string): { name: string; message: string; wrap: boolean } {
  const message = firstQuoted(utterance);
  const name = /gift to (.+?) with the message|^Gift for (.+?): |on the card for (.+?)(?:,| with gift wrap)/.exec(utterance)?.slice(1).find(Boolean);
  if (!name) throw new DemonstrationError(`no recipient in "${utterance}"`);
  const unwrapped = /without gift wrap|not wrapped|no wrapping/.test(utterance);
  if (!unwrapped && !/gift-wrapped|with gift wrap|, wrapped/.test(utterance)) throw new DemonstrationError(`wrapping not said in "${utterance}"`);
  return { name, message, wrap: !unwrapped };
}

export const formDetails: Demonstrator = async (context) => {
  const task = readTask(context.utterance);
  let observation = await context.observe();
  const section = findAll(observation, { role: 'group' }).find((group) => group.tag === 'details');
  if (!section) throw new DemonstrationError('no collapsible section');
  const recipient = findAll(observation, { role: 'textbox' }).find((field) => !findAll(observation, { within: section }).includes(field));
  if (!recipient) throw new DemonstrationError('no recipient field');
  await perform(context, { type: 'type', text: task.name, target: { elementId: recipient.id }, replace: true });
  const summary = findAll(await context.observe(), { role: 'button', within: section })[0];
  if (!summary) throw new DemonstrationError('no summary to open the section');
  if (summary.states.expanded !== true) await clickElement(context, summary);
  const messageField = await waitForElement(context, (seen) => findAll(seen, { role: 'textbox', within: section })[0]);
  if (!messageField) throw new DemonstrationError('the section shows no message field');
  await perform(context, { type: 'type', text: task.message, target: { elementId: messageField.id }, replace: true });
  observation = await context.observe();
  const wrapBox = findAll(observation, { role: 'checkbox', within: section }).find((box) => /wrap/i.test(box.text));
  if (!wrapBox) throw new DemonstrationError('no wrap checkbox');
  if (Boolean(wrapBox.states.checked) !== task.wrap) await clickElement(context, wrapBox);
  const send = findAll(await context.observe(), { role: 'button' }).filter((button) => button.tag === 'button').pop();
  if (!send) throw new DemonstrationError('no send button');
  await clickElement(context, send);
  const dialog = await waitForElement(context, (seen) => findAll(seen, { role: 'dialog' })[0]);
  if (!dialog) throw new DemonstrationError('no confirmation dialog');
  const confirm = findAll(await context.observe(), { role: 'button', within: dialog }).pop();
  if (!confirm) throw new DemonstrationError('the dialog has no buttons');
  await clickElement(context, confirm);
};
