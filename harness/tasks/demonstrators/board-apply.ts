/**
 * board-apply: "Move "Fix lights" to Review and click Apply." in one of
 * several phrasings — click the quoted card, then the heading of the column
 * it belongs in (the one the instruction names that the card is not in),
 * then the board's button the instruction names.
 */
import { clickElement, DemonstrationError, firstQuoted, findAll, requireOne, type Demonstrator } from './demonstrator.js';

const wordIn = (utterance: string, word: string) => word !== '' && new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(utterance);

export const boardApply: Demonstrator = async (context) => {
  const card = firstQuoted(context.utterance);
  const rest = context.utterance.replace(`"${card}"`, '');
  let observation = await context.observe();
  const heads = findAll(observation, { role: 'button' }).filter((element) => element.attributes?.class === 'col-head');
  const cardElement = requireOne(observation, { role: 'button', text: card });
  // The column named that does not hold the card now ("from Backlog to Review": Review).
  const holder = heads.filter((head) => head.parentId === cardElement.parentId);
  const target = heads.filter((head) => wordIn(rest, head.text.trim()) && !holder.includes(head));
  if (target.length !== 1) throw new DemonstrationError(`no one column to move "${card}" to in "${context.utterance}"`);
  const column = target[0]!.text.trim();
  await clickElement(context, cardElement);
  observation = await context.observe();
  await clickElement(context, requireOne(observation, { role: 'button', text: column }));
  observation = await context.observe();
  const finish = findAll(observation, { role: 'button' }).filter((element) => element.attributes?.class !== 'col-head' && element.attributes?.class !== 'card' && wordIn(rest, element.text.trim()));
  if (finish.length !== 1) throw new DemonstrationError(`no one closing button named in "${context.utterance}": ${findAll(observation, { role: 'button' }).map((element) => `${element.text}/${element.attributes?.class ?? ''}`).join(', ')}`);
  await clickElement(context, finish[0]!);
};
