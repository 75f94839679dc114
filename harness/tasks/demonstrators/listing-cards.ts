/**
 * listing-cards: read which card the instruction chooses — by its seller (a
 * name the page shows in a card's seller line), its day ("Mar 3") or its
 * price ("$24") — find the card whose line shows exactly that, scrolling the
 * list down while it is not in view, and open the card's title link.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, perform, type Demonstrator } from './demonstrator.js';

/** The value the instruction chooses the card by: a price, a day, or a seller's name shown on the page. */
function chosenValue(utterance: string): { kind: 'price' | 'day' | 'seller'; value: string } | undefined {
  const price = /\$\d+/.exec(utterance)?.[0];
  if (price) return { kind: 'price', value: price };
  const day = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/.exec(utterance)?.[0];
  if (day) return { kind: 'day', value: day };
  return undefined;
}

/** The parts of a card's lines: its price, and its meta line split at "·" (seller, day). */
function partsOf(observation: Observation, card: UIElement): string[] {
  return observation.elements
    .filter((element) => element.parentId === card.id && element.role !== 'link')
    .flatMap((element) => element.text.split('·').map((part) => part.trim()));
}

/** The title link of the card that shows the value as one of its parts, when it is wholly in view in the list. */
function titleOf(observation: Observation, value: string, list: UIElement): UIElement | undefined {
  const card = findAll(observation, { role: 'listitem' }).find((candidate) => partsOf(observation, candidate).includes(value));
  const link = card ? observation.elements.find((element) => element.parentId === card.id && element.role === 'link') : undefined;
  const inView = link && link.box.y >= list.box.y && link.box.y + link.box.height <= Math.min(list.box.y + list.box.height, 210) - 1;
  return inView ? link : undefined;
}

export const listingCards: Demonstrator = async (context) => {
  let chosen = chosenValue(context.utterance);
  for (let attempt = 0; attempt < 30; attempt++) {
    const observation = await context.observe();
    const list = findAll(observation, { role: 'list' })[0];
    if (!list) throw new DemonstrationError('no list of cards');
    // A seller: the one name of the cards' meta lines (their first part) that the instruction names.
    if (!chosen) {
      const sellers = findAll(observation, { role: 'listitem' }).map((card) => partsOf(observation, card).find((part) => /^[A-Z][a-z]+$/.test(part)) ?? '');
      const named = sellers.filter((name) => name !== '' && new RegExp(`\\b${name}\\b`).test(context.utterance));
      if (named.length === 1) chosen = { kind: 'seller', value: named[0]! };
    }
    const link = chosen ? titleOf(observation, chosen.value, list) : undefined;
    if (link) return clickElement(context, link);
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: 40, target: { elementId: list.id } });
  }
  throw new DemonstrationError(`no card showing ${chosen ? chosen.value : 'the chosen value'} came into view in "${context.utterance}"`);
};
