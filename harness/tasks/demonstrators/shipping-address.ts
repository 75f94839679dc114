/**
 * shipping-address: "Ship to Lara Ahn, 12 Maple Street, 45678 Oslo,
 * Denmark." and other orders — a person reads each part by its form (a
 * house number and street, five digits, a capitalised word beside the
 * postcode or after "city:" / "in", the country among the drop-down's
 * options, a given and family name after "to", "for" or a colon), fills the
 * fields, then presses the form's one button.
 */
import { DemonstrationError, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';

function part(utterance: string, what: string, patterns: RegExp[]): string {
  for (const pattern of patterns) {
    const found = pattern.exec(utterance)?.slice(1).find(Boolean);
    if (found) return found;
  }
  throw new DemonstrationError(`no ${what} in "${utterance}"`);
}

export const shippingAddress: Demonstrator = async (context) => {
  const text = context.utterance;
  const name = part(text, 'name', [/(?:\bto|\bfor|:) ([A-Z][a-z]+ [A-Z][a-z]+)\b(?! (?:Street|Road|Lane|Avenue|Way)\b)/]);
  const street = part(text, 'street', [/\b(\d+ [A-Z][a-z]+ (?:Street|Road|Lane|Avenue|Way))\b/]);
  const postcode = part(text, 'postcode', [/\b(\d{5})\b/]);
  const city = part(text, 'city', [/city: ([A-Z][a-z]+)/, /\bin ([A-Z][a-z]+) \(/, /\b\d{5} ([A-Z][a-z]+)\b/, /\b([A-Z][a-z]+) \d{5}\b/]);
  const select = requireOne(await context.observe(), { role: 'combobox', label: 'Country' });
  const country = (select.options ?? []).find((option) => text.includes(option));
  if (!country) throw new DemonstrationError(`no country of the list in "${text}"`);
  await typeInto(context, { role: 'textbox', label: 'Full name' }, name);
  await typeInto(context, { role: 'textbox', label: 'Street address' }, street);
  await typeInto(context, { role: 'textbox', label: 'City' }, city);
  await typeInto(context, { role: 'textbox', label: 'Postcode' }, postcode);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: country });
  await perform(context, { type: 'click', target: { elementId: requireOne(await context.observe(), { role: 'button' }).id } });
};
