/**
 * send-money: "Send $25 to Maya Chen for pizza night.", "Pay Maya Chen: 12.50
 * dollars, note "rent"", a friend's relayed message… — a person picks the
 * contact pill with the full name (another contact shares the first name),
 * types the amount after the "$", writes what it is for in the note field,
 * presses the form's button (Review / Next / Continue), and on the review
 * card presses the button that is not Back / Edit.
 */
import { DemonstrationError, clickElement, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';

/** What the money is for: a quoted note, or the words after "for" up to the sentence's end. */
export function noteOf(utterance: string): string {
  const quoted = /note "([^"]+)"|"([^"]+)" as the note/.exec(utterance);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  const after = /\bfor (.+?)(?:[.?!]| - )/.exec(utterance);
  if (!after) throw new DemonstrationError(`cannot tell what the money is for in "${utterance}"`);
  return after[1]!;
}

export const sendMoney: Demonstrator = async (context) => {
  const observation = await context.observe();
  const pills = findAll(observation, { role: 'button' }).filter((button) => context.utterance.includes(nameOf(button)) && / /.test(nameOf(button)));
  const person = pills.sort((a, b) => nameOf(b).length - nameOf(a).length)[0];
  if (!person) throw new DemonstrationError(`no contact of the page in "${context.utterance}"`);
  const amount = /\$(\d+(?:\.\d\d)?)|\b(\d+(?:\.\d\d)?) dollars\b/.exec(context.utterance);
  if (!amount) throw new DemonstrationError(`no amount in "${context.utterance}"`);
  await clickElement(context, person);
  await perform(context, { type: 'type', text: amount[1] ?? amount[2]!, target: { elementId: requireOne(await context.observe(), { label: 'Amount' }).id }, replace: true });
  const note = requireOne(await context.observe(), { role: 'textbox', label: "What's it for?" });
  await perform(context, { type: 'type', text: noteOf(context.utterance), target: { elementId: note.id }, replace: true });
  const names = new Set(findAll(observation, { role: 'button' }).map(nameOf).filter((name) => / /.test(name)));
  const next = findAll(await context.observe(), { role: 'button' }).filter((button) => !names.has(nameOf(button)));
  if (next.length !== 1) throw new DemonstrationError(`expected one button besides the contacts, found ${next.map(nameOf).join(', ')}`);
  await clickElement(context, next[0]!);
  const confirm = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^(Back|Edit)$/.test(nameOf(button)));
  if (confirm.length !== 1) throw new DemonstrationError(`expected one confirm button on the review, found ${confirm.map(nameOf).join(', ')}`);
  await clickElement(context, confirm[0]!);
};
