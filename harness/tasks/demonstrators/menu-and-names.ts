/**
 * menu-and-names: "Pick Salt and Pepper Chips, Cola, then press Go." — the
 * dishes are read the way a person reads a menu: the list is cut at commas
 * and "and" only where the pieces are dishes the menu names (a dish named
 * whole, "Salt and Pepper Chips", is one dish). Tick each, then confirm.
 */
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

/** The named list of an instruction, split into the menu's own names. */
export function namedDishes(utterance: string, menu: readonly string[]): string[] {
  const match = /^(?:Select|Pick|Tick) (.+?)(?: from the menu| on the menu)?(?:, then (?:click|press)| and hit) \S+?\.?$/.exec(utterance);
  if (!match) throw new DemonstrationError(`no dishes named in "${utterance}"`);
  const words = match[1]!.split(/(,\s*|\s+and\s+)/);
  // Longest dish first from the left: pieces joined back until they name a dish.
  const dishes: string[] = [];
  for (let at = 0; at < words.length; ) {
    let found = -1;
    for (let end = words.length; end > at; end -= 2) {
      if (menu.includes(words.slice(at, end).join(''))) {
        found = end;
        break;
      }
    }
    if (found < 0) throw new DemonstrationError(`"${words[at]}" is no dish of the menu`);
    dishes.push(words.slice(at, found).join(''));
    at = found + 1;
  }
  return dishes;
}

export const menuAndNames: Demonstrator = async (context) => {
  const observation = await context.observe();
  const boxes = findAll(observation, { role: 'checkbox' });
  const dishes = namedDishes(context.utterance, boxes.map(nameOf));
  for (const dish of dishes) {
    const box = boxes.find((candidate) => nameOf(candidate) === dish);
    if (!box) throw new DemonstrationError(`no tick box "${dish}"`);
    if (!box.states.checked) await clickElement(context, box);
  }
  await clickFinalButton(context);
};
