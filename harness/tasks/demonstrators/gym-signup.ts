/**
 * gym-signup: "Sign Lena Falk up for the Plus membership, billed yearly.
 * Email: lena.falk@mail.com", "New member: Lena Falk / … / Plus / monthly" —
 * a person fills first and last name and email on the first step, Next;
 * picks the plan card and the billing period on the second, Next; and on the
 * summary presses the button that is not Back.
 */
import { DemonstrationError, clickElement, findAll, nameOf, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';
import type { DemonstratorContext } from './demonstrator.js';

/** Press the step's forward button: the one button that is not Back. */
async function forward(context: DemonstratorContext): Promise<void> {
  const buttons = findAll(await context.observe(), { role: 'button' }).filter((button) => !/Back/.test(nameOf(button)));
  if (buttons.length !== 1) throw new DemonstrationError(`expected one forward button, found ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, buttons[0]!);
}

export const gymSignup: Demonstrator = async (context) => {
  const { utterance } = context;
  const email = /[\w.]+@[\w.]+\.[a-z]+/.exec(utterance)?.[0];
  if (!email) throw new DemonstrationError(`no email in "${utterance}"`);
  // The person's name: the two capitalised words the address is made of.
  const name = [...utterance.matchAll(/(?=\b([A-Z][a-z]+) ([A-Z][a-z]+)\b)/g)].find((m) => email.startsWith(`${m[1]!.toLowerCase()}.${m[2]!.toLowerCase()}@`));
  if (!name) throw new DemonstrationError(`no name in "${utterance}"`);
  const billing = /\b(monthly|yearly)\b/i.exec(utterance)?.[1]?.toLowerCase();
  if (!billing) throw new DemonstrationError(`no billing period in "${utterance}"`);
  await typeInto(context, { role: 'textbox', label: 'First name' }, name[1]!);
  await typeInto(context, { role: 'textbox', label: 'Last name' }, name[2]!);
  await typeInto(context, { role: 'textbox', label: 'Email' }, email);
  await forward(context);
  const observation = await context.observe();
  const plan = findAll(observation, { role: 'radio' }).find((radio) => new RegExp(`\\b${nameOf(radio).split(/\s*\$/)[0]!.replace(/[-]/g, '\\-')}\\b`).test(utterance));
  if (!plan) throw new DemonstrationError(`no plan of the page in "${utterance}"`);
  if (!plan.states.checked) await clickElement(context, plan);
  const select = requireOne(await context.observe(), { role: 'combobox', label: 'Billing' });
  const option = (select.options ?? []).find((text) => text.toLowerCase().startsWith(billing));
  if (!option) throw new DemonstrationError(`no ${billing} billing option`);
  if (!(select.value ?? '').toLowerCase().startsWith(billing)) await perform(context, { type: 'select', target: { elementId: select.id }, option });
  await forward(context);
  await forward(context);
};
