/**
 * meal-orders: "Get the Golden Dragon order again.", "Could you reorder the
 * order from the 4th of March, please?", "reorder | £18.40", "From Sam: "can
 * we have the one with gyoza again?"" — a person reads what picks the order
 * (a total, a date in any spelling, else the words naming a restaurant or a
 * dish), finds the one order that fits in the scrolling list, presses its
 * reorder control (words or a ↻ glyph) once it is in view, and in the dialog
 * the button that goes ahead rather than Cancel.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';
import { scrollIntoView, whollyInside } from './list-pages.js';

function monthIndex(word: string): number {
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
}

/** A day and month written "4 March", "March 4th", "the 4th of March", "Tue 4 Mar" or "Mar 4". */
function readDayMonth(text: string): { day: number; month: number } | undefined {
  const names = MONTHS.map((month) => `${month.slice(0, 3)}(?:${month.slice(3)})?`).join('|');
  let match = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${names})\\b`, 'i').exec(text);
  if (match) return { day: Number(match[1]), month: monthIndex(match[2]!) };
  match = new RegExp(`\\b(${names}) (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i').exec(text);
  if (match) return { day: Number(match[2]), month: monthIndex(match[1]!) };
  return undefined;
}

const END = `(?=[.?,!"]|$| again| -)`;
const PHRASES = [
  new RegExp(`the order with the (.+?)${END}`, 'i'),
  new RegExp(`the one with (.+?)${END}`, 'i'),
  new RegExp(`our order from (.+?)${END}`, 'i'),
  /\bthe (.+?) order\b/i,
  /\| (.+)$/,
];

type Fits = (rowText: string) => boolean;

function readRequest(utterance: string): Fits {
  const total = /£\d+\.\d{2}/.exec(utterance)?.[0];
  if (total) return (row) => new RegExp(`${total.replace(/[.$]/g, '\\$&')}(?!\\d)`).test(row);
  const date = readDayMonth(utterance);
  if (date) return (row) => {
    const shown = readDayMonth(row);
    return shown !== undefined && shown.day === date.day && shown.month === date.month;
  };
  for (const pattern of PHRASES) {
    const phrase = pattern.exec(utterance)?.[1]?.trim().toLowerCase();
    if (phrase) return (row) => new RegExp(`(^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(row.toLowerCase());
  }
  throw new DemonstrationError(`no order named in "${utterance}"`);
}

function pane(observation: Observation): UIElement | undefined {
  const list = findAll(observation, { role: 'list' })[0];
  return list ? observation.elements.find((element) => element.id === list.parentId) : undefined;
}

export const mealOrders: Demonstrator = async (context) => {
  const fits = readRequest(context.utterance);
  // The list scrolls and only what is in view can be read: look down it for the order that fits.
  const { element } = await scrollIntoView(context, (seen) => {
    const box = pane(seen);
    const row = findAll(seen, { role: 'listitem' }).find((candidate) => fits(candidate.text.replace(/\s+/g, ' ')) && (!box || whollyInside(candidate, box)));
    return row ? findAll(seen, { role: 'button', within: row })[0] : undefined;
  }, pane, 'the order');
  await clickElement(context, element);
  const after = await context.observe();
  const dialog = findAll(after, { role: 'dialog' })[0];
  if (!dialog) throw new DemonstrationError('no confirmation dialog');
  const go = findAll(after, { role: 'button', within: dialog }).filter((button) => !/^cancel$/i.test(nameOf(button)));
  if (go.length !== 1) throw new DemonstrationError(`no single button goes ahead: ${go.map(nameOf).join(', ')}`);
  await clickElement(context, go[0]!);
};
