/**
 * form-wizard: read the name, e-mail, delivery and time slot out of the
 * sentence; step 1: fill the name and e-mail fields, press the step's forward
 * button (the last one); step 2: click the delivery option and choose the slot
 * whose words the sentence uses, press forward; step 3: check the summary
 * shows the values, press the final button (the last one).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';

function readPerson(utterance: string): { name: string; email: string } {
  const email = /([\w.]+@[\w.]+\w)/.exec(utterance)?.[1];
  const name = /^Check out as (.+?) \(|^Checkout: (.+?), |^My name is (.+?) and |^Go through the checkout for (.+?) </.exec(utterance)?.slice(1).find(Boolean);
  if (!email || !name) throw new DemonstrationError(`cannot read the person in "${utterance}"`);
  return { name, email };
}

/** The forward button of the step on show: the last button. */
function lastButton(observation: Observation): UIElement {
  const buttons = findAll(observation, { role: 'button' });
  const last = buttons[buttons.length - 1];
  if (!last) throw new DemonstrationError('no button on this step');
  return last;
}

export const formWizard: Demonstrator = async (context) => {
  const { name, email } = readPerson(context.utterance);
  const lower = context.utterance.toLowerCase();
  let observation = await context.observe();
  const fields = findAll(observation, { role: 'textbox' });
  const emailField = fields.find((field) => /mail/i.test(field.label ?? ''));
  const nameField = fields.find((field) => field !== emailField);
  if (!emailField || !nameField) throw new DemonstrationError('no name and e-mail fields on the first step');
  await perform(context, { type: 'type', text: name, target: { elementId: nameField.id }, replace: true });
  await perform(context, { type: 'type', text: email, target: { elementId: emailField.id }, replace: true });
  await clickElement(context, lastButton(await context.observe()));

  observation = await context.observe();
  const option = findAll(observation, { role: 'radio' }).find((radio) => lower.includes(`${nameOf(radio).toLowerCase()} delivery`) || lower.includes(`delivery ${nameOf(radio).toLowerCase()}`));
  if (!option) throw new DemonstrationError(`no delivery option named in "${context.utterance}"`);
  await clickElement(context, option);
  const slots = requireOne(observation, { role: 'combobox' });
  const slot = (slots.options ?? []).find((text) => text !== '' && new RegExp(`\\b${text.toLowerCase()}\\b`).test(lower));
  if (!slot) throw new DemonstrationError(`no time slot named in "${context.utterance}"`);
  await perform(context, { type: 'select', target: { elementId: slots.id }, option: slot });
  await clickElement(context, lastButton(await context.observe()));

  observation = await context.observe();
  const summary = observation.elements.map((element) => element.text).join(' ');
  if (!summary.includes(name) || !summary.includes(email)) throw new DemonstrationError('the review does not show the name and e-mail');
  await clickElement(context, lastButton(observation));
};
