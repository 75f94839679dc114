/**
 * pet-registration: a person reads the pet's name, the species (one of the
 * drop-down's options), the sex (female / girl / she, male / boy / he), the
 * age in digits or words and the phone number from requests like "Register
 * Luna, a 3-year-old female cat, owner's phone 07712 345678", "Could you sign
 * up our rabbit Milo, please? He is eight; …" or "Pepper | guinea pig |
 * female | 2 yrs | …", fills the form by its labels and presses the button
 * that is not "Clear form".
 */
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMBER = `(\\d{1,2}|${WORDS.join('|')})`;

/** "3" → 3, "eleven" → 11. */
function readAge(word: string): number {
  const index = WORDS.indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : Number(word);
}

function first(text: string, what: string, patterns: RegExp[]): string {
  for (const pattern of patterns) {
    const found = pattern.exec(text)?.[1];
    if (found) return found;
  }
  throw new DemonstrationError(`no ${what} in "${text}"`);
}

export function readPet(text: string, species: readonly string[]) {
  const phone = first(text, 'phone number', [/\b(07\d{3} \d{6})\b/]);
  const kind = species.find((option) => new RegExp(`\\b${option}\\b`, 'i').test(text));
  if (!kind) throw new DemonstrationError(`no species of the list in "${text}"`);
  const sex = /\b(female|girl|she)\b/i.test(text) ? 'Female' : /\b(male|boy|he)\b/i.test(text) ? 'Male' : undefined;
  if (!sex) throw new DemonstrationError(`no sex in "${text}"`);
  const age = readAge(first(text, 'age', [
    new RegExp(`\\b${NUMBER}(?:-year-old| years old| yrs)\\b`, 'i'),
    new RegExp(`\\bage:? ${NUMBER}\\b`, 'i'),
    new RegExp(`\\b(?:he|she) is ${NUMBER}\\b`, 'i'),
  ]));
  const name = first(text, 'name', [
    /\bRegister ([A-Z]\w+),/, /\bour [a-z ]+? ([A-Z]\w+), please/, /^([A-Z]\w+) is our new/, /new patient ([A-Z]\w+),/,
    /^([A-Z]\w+) \|/, /\badd ([A-Z]\w+), our/, /name: ([A-Z]\w+);/,
  ]);
  return { name, kind, sex, age, phone };
}

export const petRegistration: Demonstrator = async (context) => {
  const observation = await context.observe();
  const select = requireOne(observation, { role: 'combobox', label: 'Species' });
  const pet = readPet(context.utterance, (select.options ?? []).filter((option) => !/^choose/i.test(option)));
  await typeInto(context, { role: 'textbox', label: "Pet's name" }, pet.name);
  await perform(context, { type: 'select', target: { elementId: select.id }, option: pet.kind });
  await typeInto(context, { role: 'textbox', label: 'Age (years)' }, String(pet.age));
  const radio = findAll(await context.observe(), { role: 'radio' }).find((candidate) => nameOf(candidate) === pet.sex);
  if (!radio) throw new DemonstrationError(`no "${pet.sex}" radio`);
  await clickElement(context, radio);
  await typeInto(context, { role: 'textbox', label: "Owner's phone" }, pet.phone);
  const go = findAll(await context.observe(), { role: 'button' }).filter((button) => !/clear/i.test(nameOf(button)));
  if (go.length !== 1) throw new DemonstrationError(`expected one submit button, found ${go.map(nameOf).join(', ')}`);
  await clickElement(context, go[0]!);
};
