/**
 * parcel-returns: "Return the blue kettle - it arrived broken.", "I want to
 * send back the order from the 3rd of March because it's the wrong size.",
 * "returns: £24.99, reason: I saw a better price" — a person finds the order
 * the words point at (its colour and product, its delivery date, or its
 * price), presses that order's return control (a word or a ↩), picks the
 * reason the words mean in the dialog's list, and presses the dialog's
 * confirm button (not Cancel).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { MONTHS, waitForElement } from './second-suite.js';

const REASON_OF: [RegExp, string][] = [
  [/broken|damaged/i, 'Arrived damaged'],
  [/wrong thing|not what I ordered|wrong item/i, 'Wrong item sent'],
  [/doesn't fit|wrong size|too small/i, 'Doesn\'t fit'],
  [/need it any more|no longer need|not needed/i, 'No longer needed'],
  [/cheaper|better price/i, 'Found a better price'],
  [/nothing like the photos|as described|as advertised/i, 'Not as described'],
];

/** The delivery day and month (0–11) a request names, if it names one. */
export function namedDay(text: string): { day: number; month: number } | undefined {
  const months = MONTHS.join('|');
  const match = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${months})\\b`).exec(text)
    ?? new RegExp(`\\b(${months}) (\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text);
  if (!match) return undefined;
  const [day, month] = /^\d/.test(match[1]!) ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  return { day: Number(day), month: MONTHS.indexOf(month) };
}

interface Order { group: UIElement; item: string; meta: string }

function ordersOf(observation: Observation): Order[] {
  return findAll(observation, { role: 'group' }).flatMap((group) => {
    const texts = observation.elements.filter((element) => element.parentId === group.id && element.role === 'text');
    const meta = texts.find((element) => element.text.startsWith('Delivered'));
    return texts[0] && meta ? [{ group, item: texts[0].text.trim(), meta: meta.text.trim() }] : [];
  });
}

export const parcelReturns: Demonstrator = async (context) => {
  const text = context.utterance;
  const orders = ordersOf(await context.observe());
  const price = /£\d+\.\d{2}/.exec(text)?.[0];
  const day = namedDay(text);
  const short = (month: number) => MONTHS[month]!.slice(0, 3);
  const order = price ? orders.find((candidate) => candidate.meta.includes(`${price} `) || candidate.meta.endsWith(price))
    : day ? orders.find((candidate) => new RegExp(`Delivered (${day.day} ${short(day.month)}|${short(day.month)} ${day.day}) `).test(candidate.meta))
    : orders.find((candidate) => text.toLowerCase().includes(candidate.item.toLowerCase()));
  if (!order) throw new DemonstrationError(`no order matches "${text}"`);
  const reason = REASON_OF.find(([pattern]) => pattern.test(text))?.[1];
  if (!reason) throw new DemonstrationError(`no reason in "${text}"`);
  const seen = await context.observe();
  const control = findAll(seen, { role: 'button', within: order.group })[0];
  if (!control) throw new DemonstrationError(`${order.item} has no return control`);
  await clickElement(context, control);
  const dialog = await waitForElement(context, (observation) => findAll(observation, { role: 'dialog' })[0]);
  if (!dialog) throw new DemonstrationError('no return dialog opened');
  const select = findAll(await context.observe(), { role: 'combobox', within: dialog })[0];
  if (!select) throw new DemonstrationError('no reason list');
  await perform(context, { type: 'select', target: { elementId: select.id }, option: reason });
  const confirm = findAll(await context.observe(), { role: 'button', within: dialog }).filter((button) => nameOf(button) !== 'Cancel');
  if (confirm.length !== 1) throw new DemonstrationError(`expected one confirm button, found ${confirm.map(nameOf).join(', ')}`);
  await clickElement(context, confirm[0]!);
};
