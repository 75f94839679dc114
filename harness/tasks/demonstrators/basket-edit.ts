/**
 * basket-edit: "Make it 3 coffee beans and take the bananas out.", "basket:
 * pasta x4, no cheddar", "From Jo: "two more tomatoes please, and drop the
 * olive oil"" — a person presses the removed product's Remove (or 🗑), then
 * steps the other product's quantity with − / + until it shows the number
 * asked for, and presses the one remaining button.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

interface Line { product: string; group: UIElement; qty: number }

function linesOf(observation: Observation): Line[] {
  return findAll(observation, { role: 'group' }).map((group) => {
    const inside = observation.elements.filter((element) => element.parentId === group.id);
    const count = inside.find((element) => element.role === 'text' && /^\d+$/.test(element.text.trim()));
    return { product: group.text.split(' £')[0]!.trim().toLowerCase(), group, qty: Number(count?.text.trim() ?? NaN) };
  });
}

export const basketEdit: Demonstrator = async (context) => {
  const text = context.utterance.toLowerCase();
  const start = linesOf(await context.observe());
  const removed = start.find((line) => new RegExp(`(?:take the|remove the|drop the|no|need the) ${line.product}\\b`).test(text));
  const changed = start.find((line) => line !== removed && text.includes(line.product));
  if (!removed || !changed) throw new DemonstrationError(`cannot tell the products in "${context.utterance}"`);
  const number = `(\\d+|${WORDS.join('|')})`;
  const more = /\b(one|two) more\b/.exec(text);
  const exact = new RegExp(`(?:${number} ${changed.product}|${changed.product} x(\\d+)|${changed.product} to ${number})`).exec(text);
  let target: number;
  if (more) target = changed.qty + WORDS.indexOf(more[1]!);
  else if (exact) {
    const said = exact[1] ?? exact[2] ?? exact[3]!;
    target = /^\d+$/.test(said) ? Number(said) : WORDS.indexOf(said);
  } else throw new DemonstrationError(`no quantity for ${changed.product} in "${context.utterance}"`);
  const observation = await context.observe();
  const remove = findAll(observation, { role: 'button', within: removed.group }).find((button) => /^(Remove|🗑)/.test(nameOf(button)));
  if (!remove) throw new DemonstrationError(`no remove control for ${removed.product}`);
  await clickElement(context, remove);
  for (let guard = 0; guard < 12; guard++) {
    const now = await context.observe();
    const line = linesOf(now).find((candidate) => candidate.product === changed.product);
    if (!line) throw new DemonstrationError(`${changed.product} left the basket`);
    if (line.qty === target) break;
    const glyph = line.qty < target ? '+' : '−';
    const step = findAll(now, { role: 'button', within: line.group, text: glyph })[0];
    if (!step) throw new DemonstrationError(`no ${glyph} for ${changed.product}`);
    await clickElement(context, step);
  }
  const rest = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^(−|\+|Remove|🗑)$/.test(button.text.trim()) && button.label !== 'Remove from basket');
  if (rest.length !== 1) throw new DemonstrationError(`expected one checkout button, found ${rest.map(nameOf).join(', ')}`);
  await clickElement(context, rest[0]!);
};
