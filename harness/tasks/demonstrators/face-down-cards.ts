/**
 * face-down-cards: click the card whose visible number is the one named
 * (face-down cards show a ✦ back; their numbers are for nobody to read).
 */
import { DemonstrationError, clickElement, findAll, type Demonstrator } from './demonstrator.js';

export const faceDownCards: Demonstrator = async (context) => {
  const number = /\b(\d)\b/.exec(context.utterance)?.[1];
  if (!number) throw new DemonstrationError(`no number in "${context.utterance}"`);
  const cards = findAll(await context.observe(), { text: number, interactive: true });
  if (cards.length !== 1) throw new DemonstrationError(`${cards.length} cards show ${number}`);
  await clickElement(context, cards[0]!);
};
