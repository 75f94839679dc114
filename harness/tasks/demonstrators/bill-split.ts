/**
 * bill-split: "Split the bill four ways with a 18% tip.", "tip 20% / 3
 * people / round up", "Message from Ines: "let's do 15% and split it four
 * ways"" — a person presses the tip button reading the percentage asked
 * for, steps the count of people (shown between − and +) up or down to the
 * number asked for, ticks "Round up each share" when the request says to
 * round, and presses the one remaining button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export function splitOf(utterance: string): { tip: number; people: number; roundUp: boolean } {
  const tip = /\b(\d+)\s?(?:%|percent)/.exec(utterance);
  const people = new RegExp(`\\b(\\d+|${WORDS.join('|')})\\b (?:ways|of us|at dinner|people)`, 'i').exec(utterance);
  if (!tip || !people) throw new DemonstrationError(`cannot read the tip and the people in "${utterance}"`);
  const count = /^\d+$/.test(people[1]!) ? Number(people[1]) : WORDS.indexOf(people[1]!.toLowerCase()) + 1;
  return { tip: Number(tip[1]), people: count, roundUp: /\bround/i.test(utterance) };
}

export const billSplit: Demonstrator = async (context) => {
  const want = splitOf(context.utterance);
  await clickElement(context, requireOne(await context.observe(), { role: 'radio', text: `${want.tip}%` }));
  for (let guard = 0; guard < 15; guard++) {
    const observation = await context.observe();
    const shown = observation.elements.find((element) => element.role !== 'button' && /^\d{1,2}$/.test(element.text.trim()));
    if (!shown) throw new DemonstrationError('no count of people on the page');
    const now = Number(shown.text.trim());
    if (now === want.people) break;
    const glyph = now < want.people ? '+' : '−';
    const step = findAll(observation, { role: 'button' }).find((button) => button.text.trim() === glyph);
    if (!step) throw new DemonstrationError(`no ${glyph} button`);
    await clickElement(context, step);
  }
  const box = requireOne(await context.observe(), { role: 'checkbox' });
  if (Boolean(box.states.checked) !== want.roundUp) await clickElement(context, box);
  const rest = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^(\d+%|−|\+)$/.test(button.text.trim()));
  if (rest.length !== 1) throw new DemonstrationError(`expected one closing button, found ${rest.map(nameOf).join(', ')}`);
  await clickElement(context, rest[0]!);
};
