/**
 * cart-quantities: "Remove three pencils and add two more bulbs, then click
 * Update." — press the row's − or + as many times as each clause says, then
 * the closing button.
 */
import { DemonstrationError, clickElement, findAll, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** Each clause's item and signed change. */
export function cartClauses(utterance: string): { item: string; change: number }[] {
  const changes: { item: string; change: number }[] = [];
  for (const match of utterance.matchAll(/\b(add|remove|take away)\s+(\w+)\s+(?:more\s+)?(\w+)/gi)) {
    const count = NUMBER_WORDS.indexOf(match[2]!.toLowerCase());
    if (count < 0) throw new DemonstrationError(`no count in "${match[0]}"`);
    changes.push({ item: match[3]!.toLowerCase(), change: /^add$/i.test(match[1]!) ? count : -count });
  }
  if (changes.length === 0) throw new DemonstrationError(`no change named in "${utterance}"`);
  return changes;
}

export const cartQuantities: Demonstrator = async (context) => {
  for (const { item, change } of cartClauses(context.utterance)) {
    const observation = await context.observe();
    const label = findAll(observation, {}).find((element) => element.text.trim().toLowerCase() === item && element.role !== 'button');
    if (!label) throw new DemonstrationError(`no row for "${item}"`);
    const button = findAll(observation, { role: 'button', text: change > 0 ? '+' : '−' }).find((candidate) => candidate.parentId === label.parentId);
    if (!button) throw new DemonstrationError(`no ${change > 0 ? '+' : '−'} button in the "${item}" row`);
    for (let click = 0; click < Math.abs(change); click++) await clickElement(context, button);
  }
  await clickFinalButton(context);
};
