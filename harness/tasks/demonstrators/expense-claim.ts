/**
 * expense-claim: 'Claim €42.50 for a hotel stay on 3 March 2026: "Hotel in
 * Ghent".', "I paid 18 pounds on March 9, 2026 for printer paper - put it
 * under accommodation.", "expense: CHF 30 | Training | 2026-05-14 | Workshop
 * ticket" — a person types the amount's number, picks its currency, picks
 * the category the words mean, enters the date as the field asks (the
 * segments of a native date field in an en-US browser — month, day, year —
 * or DD/MM/YYYY where the placeholder says so), types the description and
 * presses the button beside "Save draft".
 */
import { DemonstrationError, clickElement, findAll, nameOf, parseUtterance, perform, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';

const CURRENCY_OF: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', $: 'USD', 'CHF ': 'CHF', EUR: 'EUR', GBP: 'GBP', USD: 'USD', CHF: 'CHF',
  euros: 'EUR', pounds: 'GBP', dollars: 'USD', 'Swiss francs': 'CHF',
};
const CATEGORY_OF: [RegExp, string][] = [
  [/\b(travel|transport)\b/i, 'Travel'],
  [/\b(meals|food)\b/i, 'Meals'],
  [/\b(lodging|a hotel stay|accommodation)\b/i, 'Lodging'],
  [/\b(office supplies|stationery)\b/i, 'Office supplies'],
  [/\b(software|a software licence|licences)\b/i, 'Software'],
  [/\b(training|a course fee|courses)\b/i, 'Training'],
];

export interface Claim { amount: string; currency: string; category: string; year: number; month: number; day: number; description: string }

/** The claim a request asks for. */
export function readClaim(text: string): Claim {
  let match = /(€|£|\$|CHF )(\d+(?:\.\d{2})?)\b/.exec(text);
  let amount: string, currency: string;
  if (match) [currency, amount] = [CURRENCY_OF[match[1]!]!, match[2]!];
  else {
    match = /\b(\d+(?:\.\d{2})?) (EUR|GBP|USD|CHF|euros|pounds|dollars|Swiss francs)\b/.exec(text) ?? /\b(?:(EUR|GBP|USD|CHF) )(\d+(?:\.\d{2})?)\b/.exec(text);
    if (!match) throw new DemonstrationError(`no amount in "${text}"`);
    [amount, currency] = /^\d/.test(match[1]!) ? [match[1]!, CURRENCY_OF[match[2]!]!] : [match[2]!, CURRENCY_OF[match[1]!]!];
  }
  let description: string;
  const parts = text.split(' | ');
  if (parts.length === 4) description = parts[3]!.trim();
  else if ((match = /note: (.+)"$/.exec(text))) description = match[1]!;
  else if ((match = /Description: (.+)\.$/.exec(text))) description = match[1]!;
  else if ((match = / for (.+?) - put it under /.exec(text))) description = match[1]!;
  else description = quotedStrings(text)[0] ?? '';
  if (!description) throw new DemonstrationError(`no description in "${text}"`);
  // The category words are read with the description taken out ("Train to Lyon" says nothing about the category).
  const rest = text.replace(description, ' ');
  const category = CATEGORY_OF.find(([pattern]) => pattern.test(rest))?.[1];
  if (!category) throw new DemonstrationError(`no category in "${text}"`);
  const months = MONTHS.join('|');
  let year: number, month: number, day: number;
  if ((match = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text))) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    const [first, second] = parseUtterance(text, new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${months})|(?:${months}) \\d{1,2}),? (\\d{4})\\b`), 'a date');
    const words = first!.replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(' of ', ' ');
    const monthName = MONTHS.find((name) => words.includes(name));
    if (!monthName) throw new DemonstrationError(`no month in "${first}"`);
    [year, month, day] = [Number(second), MONTHS.indexOf(monthName) + 1, Number(/\d+/.exec(words)![0])];
  }
  return { amount, currency, category, year, month, day, description };
}

const two = (n: number) => String(n).padStart(2, '0');

export const expenseClaim: Demonstrator = async (context) => {
  const claim = readClaim(context.utterance);
  const seen = await context.observe();
  const amount = requireOne(seen, { role: 'textbox', label: 'Amount' });
  await perform(context, { type: 'type', text: claim.amount, target: { elementId: amount.id }, replace: true });
  await perform(context, { type: 'select', target: { elementId: requireOne(seen, { role: 'combobox', label: 'Currency' }).id }, option: claim.currency });
  await perform(context, { type: 'select', target: { elementId: requireOne(seen, { role: 'combobox', label: 'Category' }).id }, option: claim.category });
  const date = requireOne(await context.observe(), { role: 'textbox', label: 'Date' });
  if (date.attributes?.['placeholder'] === 'DD/MM/YYYY') {
    await perform(context, { type: 'type', text: `${two(claim.day)}/${two(claim.month)}/${claim.year}`, target: { elementId: date.id }, replace: true });
  } else {
    // A native date field: aim at its first segment and type the digits in the order an en-US browser shows them.
    await perform(context, { type: 'click', target: { x: date.box.x + 8, y: date.box.y + date.box.height / 2 } });
    await perform(context, { type: 'type', text: `${two(claim.month)}${two(claim.day)}${claim.year}` });
  }
  const description = requireOne(await context.observe(), { role: 'textbox', label: 'Description' });
  await perform(context, { type: 'type', text: claim.description, target: { elementId: description.id }, replace: true });
  const submit = findAll(await context.observe(), { role: 'button' }).filter((button) => nameOf(button) !== 'Save draft');
  if (submit.length !== 1) throw new DemonstrationError(`expected one submit button, found ${submit.map(nameOf).join(', ')}`);
  await clickElement(context, submit[0]!);
};
