/**
 * order-history: "Track order #A1093.", "I want to send back the blender I
 * ordered.", "Buy my order from March 14th again.", "Get the invoice for the
 * order that came to £42.50 from 6 July." — a person reads which action is
 * wanted (track / return / reorder / cancel / invoice, whatever the page's
 * buttons are called) and what picks the order (an item, a date, a total with
 * maybe a date, a number), then looks down the order list for an order that
 * fits and offers that action, scrolling the pane and pressing its "load
 * more" button (caption varies) when the list ends without one. It presses the
 * action once it is wholly in view, and in a confirmation dialog the button
 * that goes ahead.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';
import { scrollIntoView } from './list-pages.js';

type Act = 'track' | 'ret' | 'reorder' | 'cancel' | 'invoice';

/** What each action's button may be called (its text, aria-label or title). */
const CALLED: Record<Act, RegExp> = {
  track: /^track/i,
  ret: /^(start a )?return/i,
  reorder: /^(reorder|buy again|order again)$/i,
  cancel: /^cancel/i,
  invoice: /invoice$/i,
};

interface Wanted {
  act: Act;
  item?: string;
  date?: { day: number; month: number };
  total?: string;
  num?: string;
}

function readDayMonth(text: string): { day: number; month: number } | undefined {
  const names = MONTHS.map((month) => `${month.slice(0, 3)}(?:${month.slice(3)})?`).join('|');
  let match = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${names})\\b`, 'i').exec(text);
  if (match) return { day: Number(match[1]), month: monthIndex(match[2]!) };
  match = new RegExp(`\\b(${names}) (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i').exec(text);
  if (match) return { day: Number(match[2]), month: monthIndex(match[1]!) };
  return undefined;
}

function monthIndex(word: string): number {
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
}

export function readOrderTask(utterance: string): Wanted {
  const text = utterance.toLowerCase();
  const act: Act | undefined = /invoice/.test(text) ? 'invoice' : /\bcancel\b/.test(text) ? 'cancel'
    : /\breturn\b|send back/.test(text) ? 'ret' : /\bagain\b|\breorder\b/.test(text) ? 'reorder' : /\btrack\b/.test(text) ? 'track' : undefined;
  if (!act) throw new DemonstrationError(`no action in "${utterance}"`);
  const wanted: Wanted = { act };
  const num = /\border (?:number |#)?#?([A-Z]\d{4})\b/.exec(utterance);
  if (num) return { ...wanted, num: num[1] };
  const total = /£(\d+\.\d{2})|(\d+\.\d{2}) pounds/.exec(utterance);
  if (total) wanted.total = `£${total[1] ?? total[2]}`;
  const date = readDayMonth(utterance);
  if (date) wanted.date = date;
  if (wanted.total || wanted.date) return wanted;
  const item = /the order with the (.+?)[.?,!]|\bmy (?!mind)(\w+(?: \w+)?) order\b|the (.+?) i ordered\b/.exec(text);
  if (!item) throw new DemonstrationError(`no order named in "${utterance}"`);
  return { ...wanted, item: item[1] ?? item[2] ?? item[3] };
}

function fits(row: UIElement, wanted: Wanted): boolean {
  const text = row.text.replace(/\s+/g, ' ');
  if (wanted.num && !new RegExp(`#${wanted.num}\\b`).test(text)) return false;
  if (wanted.total && !text.includes(wanted.total)) return false;
  if (wanted.item && !text.toLowerCase().includes(wanted.item)) return false;
  if (wanted.date) {
    const shown = readDayMonth(text);
    if (!shown || shown.day !== wanted.date.day || shown.month !== wanted.date.month) return false;
  }
  return true;
}

function actionIn(observation: Observation, row: UIElement, act: Act): UIElement | undefined {
  return findAll(observation, { role: 'button', within: row }).find((button) => CALLED[act].test(nameOf(button)) || CALLED[act].test((button.label ?? '').trim()));
}

function pane(observation: Observation): UIElement | undefined {
  const list = findAll(observation, { role: 'list' })[0];
  return list ? observation.elements.find((element) => element.id === list.parentId) : undefined;
}

export const orderHistory: Demonstrator = async (context) => {
  const wanted = readOrderTask(context.utterance);
  for (let round = 0; round < 6; round++) {
    // Look down what is loaded; at its end, the "load more" button (the pane's only button outside the orders).
    const { element } = await scrollIntoView(context, (seen) => {
      const row = findAll(seen, { role: 'listitem' }).find((candidate) => fits(candidate, wanted) && actionIn(seen, candidate, wanted.act));
      if (row) return actionIn(seen, row, wanted.act);
      const box = pane(seen);
      const rows = findAll(seen, { role: 'listitem' });
      return box ? findAll(seen, { role: 'button', within: box }).find((button) => !rows.some((item) => findAll(seen, { role: 'button', within: item }).some((inside) => inside.id === button.id))) : undefined;
    }, pane, 'the order');
    await clickElement(context, element);
    if (CALLED[wanted.act].test(nameOf(element)) || CALLED[wanted.act].test((element.label ?? '').trim())) break;
    if (round === 5) throw new DemonstrationError('no order fits');
  }
  const after = await context.observe();
  const dialog = findAll(after, { role: 'dialog' })[0];
  if (!dialog) return;
  const buttons = findAll(after, { role: 'button', within: dialog });
  const go = buttons.find((button) => !/^(go back|not now|keep)/i.test(nameOf(button)));
  if (!go) throw new DemonstrationError(`no button goes ahead in the dialog: ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, go);
};
