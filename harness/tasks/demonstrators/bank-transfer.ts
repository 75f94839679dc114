/**
 * bank-transfer: read the account (nickname or last digits), the payee's
 * full name, the amount and the quoted reference; choose the account's
 * option in the From list, tick the payee's radio (scrolling the payee list),
 * type the amount and the reference — when a session-timeout dialog took the
 * focus (or the press), press "Stay signed in" and type again — press the form's review
 * button and, in the dialog that sums the transfer up, the button that is
 * not Edit.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator, type DemonstratorContext } from './demonstrator.js';
import { waitForElement } from './second-suite.js';
import { scrollIntoView } from './list-pages.js';

export interface Transfer {
  /** The nickname, or undefined when the account is given by its last digits. */
  nickname?: string;
  lastDigits?: string;
  payee: string;
  amount: string;
  reference: string;
}

export function readTransfer(utterance: string): Transfer {
  const amount = /\$([\d,]+(?:\.\d{2})?)|\b([\d,]+(?:\.\d{2})?) dollars\b/.exec(utterance);
  const from = /(?:from|out of|From) (.+?)(?: to |\. |, | with )/.exec(utterance);
  const payee = /(?:\bto|^Pay) ([A-Z][a-z]+ [A-Z][a-z]+)/.exec(utterance);
  const reference = /"([^"]+)"/.exec(utterance);
  if (!amount || !from || !payee || !reference) throw new DemonstrationError(`cannot read "${utterance}"`);
  const account = from[1]!;
  const digits = /^the account ending (\d{4})$/.exec(account)?.[1];
  return {
    nickname: digits ? undefined : account.replace(/^my (.+) account$/, '$1'),
    lastDigits: digits,
    payee: payee[1]!,
    amount: (amount[1] ?? amount[2])!.replace(/,/g, ''),
    reference: reference[1]!,
  };
}

/** The session-timeout dialog, if it is up. */
function sessionDialog(observation: Observation): UIElement | undefined {
  return findAll(observation, { role: ['alertdialog', 'dialog'] }).find((dialog) => findAll(observation, { role: 'button', within: dialog, text: 'Stay signed in' }).length > 0);
}

/** Type into the labelled field; if the session dialog took the focus, stay signed in and type again. */
async function typeField(context: DemonstratorContext, label: string, text: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    // A dialog coming up just after the press may take the typing (or the press): look again either way.
    await context.act({ type: 'type', text, target: { elementId: requireOne(await context.observe(), { role: 'textbox', label }).id }, replace: true });
    const seen = await context.observe();
    const dialog = sessionDialog(seen);
    if (!dialog) {
      const field = requireOne(seen, { role: 'textbox', label });
      if (field.value === text) return;
      throw new DemonstrationError(`the ${label} field holds "${field.value ?? ''}", not "${text}"`);
    }
    await clickElement(context, requireOne(seen, { role: 'button', within: dialog, text: 'Stay signed in' }));
  }
  throw new DemonstrationError(`could not type into ${label}`);
}

export const bankTransfer: Demonstrator = async (context) => {
  const transfer = readTransfer(context.utterance);
  const from = requireOne(await context.observe(), { role: 'combobox', label: 'From' });
  const option = (from.options ?? []).find((text) => (transfer.nickname ? text.startsWith(`${transfer.nickname} \u2022\u2022`) : text.includes(`\u2022\u2022${transfer.lastDigits} `)));
  if (!option) throw new DemonstrationError(`no account ${transfer.nickname ?? transfer.lastDigits}`);
  if (from.value !== option) await perform(context, { type: 'select', target: { elementId: from.id }, option });
  const { element: radio } = await scrollIntoView(
    context,
    (seen) => findAll(seen, { role: 'radio' }).find((candidate) => nameOf(candidate).startsWith(`${transfer.payee} \u2022\u2022`)),
    (seen) => findAll(seen, { role: 'radiogroup' })[0],
    transfer.payee,
  );
  await clickElement(context, radio);
  await typeField(context, 'Amount', transfer.amount);
  await typeField(context, 'Reference', transfer.reference);
  const review = findAll(await context.observe(), { role: 'button' }).find((button) => /^(Review|Continue|Next)$/.test(nameOf(button)));
  if (!review) throw new DemonstrationError('no review button');
  await clickElement(context, review);
  const dialog = await waitForElement(context, (seen) => findAll(seen, { role: 'alertdialog' })[0]);
  if (!dialog) throw new DemonstrationError(`the transfer was not put up for confirmation`);
  const confirm = findAll(await context.observe(), { role: 'button', within: dialog }).find((button) => nameOf(button) !== 'Edit');
  if (!confirm) throw new DemonstrationError('no confirm button');
  await clickElement(context, confirm);
};
