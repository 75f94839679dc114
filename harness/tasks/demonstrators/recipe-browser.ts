/**
 * recipe-browser: "Save the quickest dessert.", "Add the soup with lentils to
 * my shopping list.", "Start cooking the vegan dinner under 20 minutes." — a
 * person clicks the asked category's tab (the tabs are one strip of words; the
 * section line under it says which category is shown), reads the three cards
 * (name, minutes, a vegan mark), picks the recipe, then presses its heart to
 * save it, or opens the card and presses the shopping-list or cooking action.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, nameOf, perform, type DemonstratorContext, type Demonstrator } from './demonstrator.js';
import { childrenOf } from './second-suite.js';

const CATEGORY: Record<string, RegExp> = {
  soup: /soup/i,
  salad: /salad/i,
  main: /main|dinner/i,
  dessert: /dessert|sweet|pudding/i,
};

interface Card {
  group: UIElement;
  text: UIElement;
  heart?: UIElement;
  name: string;
  minutes: number;
  vegan: boolean;
}

function readRequest(utterance: string) {
  const lower = utterance.toLowerCase();
  const action = /shopping|\blist\b/.test(lower) ? 'list' : /cook/.test(lower) ? 'cook' : 'save';
  const category = (/\b(soup|salad|main|dinner|dessert|pudding)\b/.exec(lower) ?? [])[1];
  if (!category) throw new DemonstrationError(`no category in "${utterance}"`);
  const key = category === 'dinner' ? 'main' : category === 'pudding' ? 'dessert' : category;
  const under = /(?:under|less than) (\d+)/.exec(lower);
  const ingredient = /(?:with|made with) ([a-z]+)/.exec(lower);
  const kind = /vegan/.test(lower) ? 'vegan' : /quickest|least time|fastest/.test(lower) ? 'quickest' : 'ingredient';
  return { action, key, kind, threshold: under ? Number(under[1]) : 0, ingredient: ingredient?.[1] ?? '' };
}

/** The section line under the tabs ("Soups · 3 recipes"). */
function section(observation: Observation): UIElement | undefined {
  return observation.elements.find((element) => element.parentId === undefined && /·/.test(element.text) && !/\d+\s*(?:mins|min|m)(?![a-z])/.test(element.text));
}

function cardsOf(observation: Observation): Card[] {
  const cards: Card[] = [];
  for (const group of observation.elements) {
    const kids = childrenOf(observation, group);
    const text = kids.find((kid) => /\b\d+\s*(?:mins|min|m)(?![a-z])/.test(kid.text));
    if (!text) continue;
    const match = /^(.*?)\s*(\d+)\s*(?:mins|min|m)(?![a-z])/.exec(text.text.trim());
    if (!match) continue;
    cards.push({ group, text, heart: kids.find((kid) => kid !== text), name: match[1]!, minutes: Number(match[2]), vegan: /vegan/i.test(text.text) || /VG\b/.test(text.text) });
  }
  return cards;
}

function stem(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('oes')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

async function showCategory(context: DemonstratorContext, pattern: RegExp): Promise<Observation> {
  let observation = await context.observe();
  if (pattern.test(section(observation)?.text ?? '')) return observation;
  const strip = observation.elements.find((element, index) =>
    index > 0 && element.parentId === undefined && element.text !== context.utterance && pattern.test(element.text) && !/·|\d/.test(element.text));
  if (!strip) throw new DemonstrationError('no category tabs');
  const text = strip.text;
  const match = pattern.exec(text)!;
  const middle = (match.index + match[0].length / 2) / text.length;
  const y = strip.box.y + strip.box.height / 2;
  const guesses = [strip.box.x + middle * strip.box.width];
  for (let x = strip.box.x + 4; x < strip.box.x + strip.box.width; x += 8) guesses.push(x);
  for (const x of guesses) {
    await perform(context, { type: 'click', target: { x, y } });
    observation = await context.observe();
    if (pattern.test(section(observation)?.text ?? '')) return observation;
  }
  throw new DemonstrationError('could not open the category');
}

export const recipeBrowser: Demonstrator = async (context) => {
  const request = readRequest(context.utterance);
  const observation = await showCategory(context, CATEGORY[request.key]!);
  const cards = cardsOf(observation);
  if (cards.length === 0) throw new DemonstrationError('no recipe cards');
  let card: Card | undefined;
  if (request.kind === 'quickest') card = [...cards].sort((a, b) => a.minutes - b.minutes)[0];
  else if (request.kind === 'vegan') card = cards.find((c) => c.vegan && c.minutes < request.threshold);
  else card = cards.find((c) => c.name.toLowerCase().includes(stem(request.ingredient)));
  if (!card) throw new DemonstrationError(`no card for "${context.utterance}" among ${cards.map((c) => c.name).join(', ')}`);
  if (request.action === 'save') {
    if (!card.heart) throw new DemonstrationError('the card has no heart');
    await clickElement(context, card.heart);
    return;
  }
  await clickElement(context, card.text);
  const detail = await context.observe();
  const wanted = request.action === 'list' ? /list/i : /cook/i;
  const control = detail.elements.find((element) => wanted.test(nameOf(element)) && element.text !== context.utterance && !/·/.test(element.text));
  if (!control) throw new DemonstrationError(`no ${request.action} action in the detail panel`);
  await clickElement(context, control);
};
