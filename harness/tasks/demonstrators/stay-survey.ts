/**
 * stay-survey: "The breakfast was poor but the staff was great. We would
 * stay again.", "Cleanliness good, Wi-Fi fair, stay again: no", a relayed
 * message… — a person finds each aspect the request names in the grid's
 * first column, reads the rating word said after it, ticks the radio of that
 * row under that rating's column header, answers "stay again" when the
 * request says, and sends.
 */
import { DemonstrationError, clickElement, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';

const RATING = /\b(poor|fair|good|great)\b/i;

/** Yes / No when the request says whether they would come back. */
function stayAgain(utterance: string): 'Yes' | 'No' | undefined {
  if (/would not stay|won't be back|stay again: no/i.test(utterance)) return 'No';
  if (/would stay again|come back|stay again: yes/i.test(utterance)) return 'Yes';
  return undefined;
}

export const staySurvey: Demonstrator = async (context) => {
  const { utterance } = context;
  const lower = utterance.toLowerCase();
  const observation = await context.observe();
  const headers = findAll(observation, { role: 'columnheader' }).map(nameOf).filter(Boolean);
  let rated = 0;
  for (const row of findAll(observation, { role: 'row' })) {
    if (findAll(observation, { role: 'radio', within: row }).length === 0) continue;
    const aspect = observation.elements.find((element) => element.parentId === row.id)?.text.trim() ?? '';
    const at = aspect ? lower.indexOf(aspect.toLowerCase()) : -1;
    if (at < 0) continue;
    const rating = RATING.exec(utterance.slice(at + aspect.length))?.[1];
    if (!rating) throw new DemonstrationError(`no rating after "${aspect}" in "${utterance}"`);
    const column = headers.findIndex((header) => header.toLowerCase() === rating.toLowerCase());
    const radio = findAll(observation, { role: 'radio', within: row })[column];
    if (!radio) throw new DemonstrationError(`no radio under "${rating}" in the row of "${aspect}"`);
    await clickElement(context, radio);
    rated++;
  }
  if (rated !== 2) throw new DemonstrationError(`expected two aspects in "${utterance}", rated ${rated}`);
  const again = stayAgain(utterance);
  const answer = again ? findAll(await context.observe(), { role: 'radio' }).find((radio) => nameOf(radio) === again) : undefined;
  if (again && !answer) throw new DemonstrationError(`no "${again}" answer to staying again`);
  if (answer) await clickElement(context, answer);
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
