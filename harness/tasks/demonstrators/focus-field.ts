/**
 * focus-field: "Click in the surname field.", "focus | second address line",
 * "Please enter "Flat 4" as the address line 2, then press Enter." — a person
 * reads which of the look-alike fields is meant (the longest field name the
 * request holds, after the everyday names a person gives them: surname is
 * the last name, the repeat email is the confirm email), clicks into it, and
 * when a value is quoted types it there and presses Enter.
 */
import { clickElement, DemonstrationError, findAll, nameOf, perform, quotedStrings, type Demonstrator } from './demonstrator.js';

/** Everyday names of the form's fields, as a person would map them to the field's own label. */
const SAID_AS: readonly [RegExp, string][] = [
  [/\bgiven name\b/, 'first name'],
  [/\bsurname\b/, 'last name'],
  [/\brepeat email\b/, 'confirm email'],
  [/\bemail address\b/, 'email'],
  [/\bmobile number\b/, 'mobile phone'],
  [/\bphone number\b/, 'phone'],
  [/\bfirst address line\b/, 'address line 1'],
  [/\bsecond address line\b/, 'address line 2'],
  [/\btown or city\b/, 'town'],
];

export const focusField: Demonstrator = async (context) => {
  const [value] = quotedStrings(context.utterance.replace(/^From Sam: "(.*)"$/, '$1'));
  let text = context.utterance.toLowerCase();
  for (const [said, label] of SAID_AS) text = text.replace(said, label);
  const observation = await context.observe();
  const fields = findAll(observation, { role: 'textbox' });
  const named = fields
    .map((field) => ({ field, name: nameOf(field).toLowerCase() }))
    .filter(({ name }) => name && new RegExp(`(^|[^a-z0-9])${name}($|[^a-z0-9])`).test(text))
    .sort((a, b) => b.name.length - a.name.length);
  if (named.length === 0) throw new DemonstrationError(`no field named in "${context.utterance}" among ${fields.map(nameOf).join(', ')}`);
  const field = named[0]!.field;
  await clickElement(context, field);
  if (value === undefined) return;
  await perform(context, { type: 'type', text: value, target: { elementId: field.id } });
  await perform(context, { type: 'press', keys: 'Enter' });
};
