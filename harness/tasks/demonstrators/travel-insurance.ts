/**
 * travel-insurance: "Quote for two of us, from the 3rd of May to the 10th, to
 * Spain. The eldest is 67. Basic cover, add ski.", "insurance: Peru | 3–10
 * May | just me | age 41 | the top cover" — a person picks the region the
 * country lies in, fills the trip's start and end (a date field, or the day
 * and month selects of each row, the year left at the page's), the number of
 * travellers and the eldest's age, presses the cover card the request means
 * (by its name, or cheapest / middle / top in the cards' order), ticks the
 * extras asked for, leaves the promo code and the offers tick alone, and
 * presses the page's main (highlighted) button, not the one beside it.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';

const YEAR = 2027;
const REGION_OF: Record<string, string> = {
  Scotland: 'UK only', Cornwall: 'UK only', Wales: 'UK only', 'the Lake District': 'UK only',
  Spain: 'Europe', Greece: 'Europe', Italy: 'Europe', Croatia: 'Europe', Norway: 'Europe', Portugal: 'Europe',
  Thailand: 'Worldwide (excl. USA & Canada)', Japan: 'Worldwide (excl. USA & Canada)', Australia: 'Worldwide (excl. USA & Canada)',
  Peru: 'Worldwide (excl. USA & Canada)', Kenya: 'Worldwide (excl. USA & Canada)',
  'the USA': 'Worldwide (incl. USA & Canada)', Florida: 'Worldwide (incl. USA & Canada)', Canada: 'Worldwide (incl. USA & Canada)',
  'New York': 'Worldwide (incl. USA & Canada)',
};
const EXTRA_OF: [RegExp, string][] = [
  [/\b(?:ski|skiing|snowboarding)\b/i, 'Winter sports'],
  [/\b(?:gadgets|phone and laptop)\b/i, 'Gadget cover'],
  [/\bcruise\b/i, 'Cruise cover'],
  [/\bgolf\b/i, 'Golf cover'],
  [/\b(?:work trip|business cover)\b/i, 'Business travel'],
];
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const TIER_WORDS: [RegExp, number][] = [
  [/\b(?:basic|cheapest|entry-level) cover\b/i, 0],
  [/\b(?:mid-range|middle) cover\b/i, 1],
  [/\b(?:top|best|full) cover\b/i, 2],
];

interface Day { day: number; month: number }

/** The trip's first and last day, in any of the request's forms. */
export function tripDates(text: string): [Day, Day] {
  const m = `(${MONTHS.join('|')})`;
  const month = (name: string) => MONTHS.indexOf(name) + 1;
  let match = new RegExp(`from the (\\d+)(?:st|nd|rd|th) of ${m} to the (\\d+)(?:st|nd|rd|th)(?: of ${m})?`).exec(text);
  if (match) return [{ day: Number(match[1]), month: month(match[2]!) }, { day: Number(match[3]), month: month(match[4] ?? match[2]!) }];
  match = new RegExp(`\\b(\\d+) ${m} – (\\d+) ${m}`).exec(text);
  if (match) return [{ day: Number(match[1]), month: month(match[2]!) }, { day: Number(match[3]), month: month(match[4]!) }];
  match = new RegExp(`\\b(\\d+)–(\\d+) ${m}`).exec(text);
  if (match) return [{ day: Number(match[1]), month: month(match[3]!) }, { day: Number(match[2]), month: month(match[3]!) }];
  match = new RegExp(`${m} (\\d+)(?:,| to) (?:back )?${m} (\\d+)`).exec(text);
  if (match) return [{ day: Number(match[2]), month: month(match[1]!) }, { day: Number(match[4]), month: month(match[3]!) }];
  throw new DemonstrationError(`no trip dates in "${text}"`);
}

/** How many travel. */
export function travellers(text: string): number {
  if (/\b(?:just me|on my own|1 traveller)\b/i.test(text)) return 1;
  if (/\b(?:my wife|a couple)\b/i.test(text)) return 2;
  const match = /\b(\w+) of us\b|\bfamily of (\w+)\b|\b(\d) travellers\b/i.exec(text);
  if (!match) throw new DemonstrationError(`no number of travellers in "${text}"`);
  const said = (match[1] ?? match[2] ?? match[3]!).toLowerCase();
  return /^\d$/.test(said) ? Number(said) : WORDS.indexOf(said);
}

/** The eldest traveller's age. */
export function eldestAge(text: string): number {
  const ages = /\bages ([\d, ]+(?:and \d+)?)/i.exec(text);
  if (ages) return Math.max(...(ages[1]!.match(/\d+/g) ?? []).map(Number));
  const one = /\b(?:I'm|age|eldest is) (\d+)\b/i.exec(text);
  if (!one) throw new DemonstrationError(`no age in "${text}"`);
  return Number(one[1]);
}

async function choose(context: Parameters<Demonstrator>[0], select: UIElement, option: string): Promise<void> {
  await perform(context, { type: 'select', target: { elementId: select.id }, option });
}

export const travelInsurance: Demonstrator = async (context) => {
  const text = context.utterance;
  const place = Object.keys(REGION_OF).find((name) => new RegExp(`\\b${name}\\b`, 'i').test(text));
  if (!place) throw new DemonstrationError(`no destination in "${text}"`);
  const [start, end] = tripDates(text);
  const count = travellers(text);
  const age = eldestAge(text);

  let seen = await context.observe();
  const dest = findAll(seen, { role: 'combobox', label: 'Destination' })[0];
  if (!dest) throw new DemonstrationError('no destination select');
  await choose(context, dest, REGION_OF[place]!);

  seen = await context.observe();
  const days = findAll(seen, { role: 'combobox', label: 'Day' });
  const months = findAll(seen, { role: 'combobox', label: 'Month' });
  if (days.length === 2 && months.length === 2) {
    for (const [i, date] of [start, end].entries()) {
      await choose(context, days[i]!, String(date.day));
      await choose(context, months[i]!, MONTHS[date.month - 1]!.slice(0, 3));
    }
  } else {
    const fields = findAll(seen, { role: 'textbox' }).filter((field) => /^(Leaving|Returning|Trip starts|Trip ends|Departure|Return)$/.test(field.label ?? ''));
    if (fields.length !== 2) throw new DemonstrationError(`expected two date fields, found ${fields.length}`);
    for (const [i, date] of [start, end].entries()) {
      // The year is the page's ("trips in 2027"); a date field takes its value in the HTML form.
      const typed = `${YEAR}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
      await perform(context, { type: 'type', text: typed, target: { elementId: fields[i]!.id } });
    }
  }

  seen = await context.observe();
  const trav = findAll(seen, { label: 'Travellers' }).find((element) => element.role === 'combobox' || element.role === 'textbox' || element.role === 'spinbutton');
  if (!trav) throw new DemonstrationError('no travellers field');
  if (trav.role === 'combobox') await choose(context, trav, String(count));
  else await perform(context, { type: 'type', text: String(count), target: { elementId: trav.id }, replace: true });
  const ageField = findAll(seen, { role: 'textbox' }).find((field) => /\b(?:eldest|oldest)\b/i.test(field.label ?? ''));
  if (!ageField) throw new DemonstrationError('no age field');
  await perform(context, { type: 'type', text: String(age), target: { elementId: ageField.id }, replace: true });

  seen = await context.observe();
  const cards = findAll(seen, { role: 'radio' });
  if (cards.length !== 3) throw new DemonstrationError(`expected three cover cards, found ${cards.length}`);
  let tier = cards.findIndex((card) => new RegExp(`\\b${nameOf(card).split(/\s+/)[0]}\\b`).test(text));
  if (tier < 0) tier = TIER_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? -1;
  if (tier < 0) throw new DemonstrationError(`no cover level in "${text}"`);
  await clickElement(context, cards[tier]!);

  for (const [pattern, extra] of EXTRA_OF) {
    if (!pattern.test(text)) continue;
    const box = findAll(await context.observe(), { role: 'checkbox', text: extra })[0];
    if (!box) throw new DemonstrationError(`no extra "${extra}"`);
    if (!box.states.checked) await clickElement(context, box);
  }

  // The buttons may sit below the fold of the scrolling form.
  let buttons = findAll(await context.observe(), { role: 'button' });
  if (buttons.length < 2) {
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: 120, target: { elementId: cards[0]!.id } });
    buttons = findAll(await context.observe(), { role: 'button' });
  }
  const main = buttons.filter((button) => !/^(Save for later|Reset form|Compare plans)$/.test(nameOf(button)));
  if (main.length !== 1) throw new DemonstrationError(`expected one quote button among ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, main[0]!);
};
