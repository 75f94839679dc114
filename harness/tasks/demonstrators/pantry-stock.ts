/**
 * pantry-stock: "Three fewer onions and add two more lemons, then click
 * Save." — press the − or + of the row that shows each food as many times as
 * its clause says, then the closing button. The rows are in a new order each
 * episode, so each is found by its word.
 */
import { DemonstrationError, clickElement, findAll, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** Each clause's food and signed change: "add two more lemons", "remove one apples", "three fewer onions". */
export function pantryClauses(utterance: string): { food: string; change: number }[] {
  const changes: { food: string; change: number }[] = [];
  const pattern = /\b(?:(add|remove|take away)\s+(\w+)\s+(?:more\s+)?(\w+)|(\w+)\s+fewer\s+(\w+))/gi;
  for (const match of utterance.matchAll(pattern)) {
    const verb = match[1];
    const count = NUMBER_WORDS.indexOf((verb ? match[2]! : match[4]!).toLowerCase());
    if (count < 0) throw new DemonstrationError(`no count in "${match[0]}"`);
    changes.push({ food: (verb ? match[3]! : match[5]!).toLowerCase(), change: verb && /^add$/i.test(verb) ? count : -count });
  }
  if (changes.length === 0) throw new DemonstrationError(`no change named in "${utterance}"`);
  return changes;
}

export const pantryStock: Demonstrator = async (context) => {
  for (const { food, change } of pantryClauses(context.utterance)) {
    const observation = await context.observe();
    const label = findAll(observation, {}).find((element) => element.text.trim().toLowerCase() === food && element.role !== 'button');
    if (!label) throw new DemonstrationError(`no row for "${food}"`);
    const button = findAll(observation, { role: 'button', text: change > 0 ? '+' : '−' }).find((candidate) => candidate.parentId === label.parentId);
    if (!button) throw new DemonstrationError(`no ${change > 0 ? '+' : '−'} button in the "${food}" row`);
    for (let click = 0; click < Math.abs(change); click++) await clickElement(context, button);
  }
  await clickFinalButton(context);
};
