/**
 * session-times: "Book Pottery workshop at half past two in the afternoon.",
 * "jazz jam | 14:00–15:00", "Can you reserve Chair yoga for me at 9.30am?" — a
 * person finds the named event on the day's programme (its whole name: another
 * event shares a word), reads the time whatever its spelling ("2:30 pm",
 * "14:30", "half past two in the afternoon", "from 14:30 to 15:30") and picks
 * that event's slot starting then, however the page writes it ("2:30 PM",
 * "14:30", "14:30–15:30", "14–15") — never the same time under another event
 * —, then presses the book button under the programme.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const NUMBERS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/** Minutes after midnight of the first time written in `text`, or undefined. */
export function startMinutes(text: string): number | undefined {
  const lower = text.toLowerCase();
  const words = /(half past|quarter past)? ?(twelve|one|two|three|four|five|six|seven|eight|nine|ten|eleven)( o'clock)? in the (morning|afternoon|evening)/.exec(lower);
  if (words) {
    const hour = NUMBERS.indexOf(words[2]!) + (words[4] === 'morning' ? 0 : 12);
    return hour * 60 + (words[1] === 'half past' ? 30 : words[1] === 'quarter past' ? 15 : 0);
  }
  const clock = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?/.exec(lower);
  if (!clock) return undefined;
  let hour = Number(clock[1]);
  if (clock[3] === 'pm' && hour < 12) hour += 12;
  if (clock[3] === 'am' && hour === 12) hour = 0;
  return hour * 60 + Number(clock[2] ?? 0);
}

/** Each event's row (a list item or a group) and its slot buttons, in order. */
function programme(observation: Observation): { row: UIElement; slots: UIElement[] }[] {
  const rows = observation.elements.filter((element) => element.role === 'listitem' || element.role === 'group');
  return rows
    .map((row) => ({ row, slots: findAll(observation, { role: 'button', within: row }) }))
    .filter((event) => event.slots.length > 0);
}

/** How many leading words of the row's text the request holds together (the event's name is at its start). */
function namedWords(utterance: string, row: UIElement): number {
  const words = row.text.toLowerCase().split(/\s+/).filter(Boolean);
  const text = utterance.toLowerCase();
  for (let k = words.length; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    if (new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(text)) return k;
  }
  return 0;
}

export const sessionTimes: Demonstrator = async (context) => {
  const observation = await context.observe();
  const events = programme(observation).map((event) => ({ ...event, words: namedWords(context.utterance, event.row) }));
  const best = Math.max(...events.map((event) => event.words));
  const top = events.filter((event) => event.words === best);
  if (best === 0 || top.length !== 1) throw new DemonstrationError(`no one event named in "${context.utterance}"`);
  const event = top[0]!;
  const name = event.row.text.toLowerCase().split(/\s+/).slice(0, best).join(' ');
  const rest = context.utterance.toLowerCase().replace(name, ' ');
  const wanted = startMinutes(rest);
  if (wanted === undefined) throw new DemonstrationError(`no time in "${context.utterance}"`);
  const slot = event.slots.find((candidate) => startMinutes(nameOf(candidate).replace(/[–-].*$/, '')) === wanted);
  if (!slot) throw new DemonstrationError(`${name} has no slot at ${wanted} min (${event.slots.map(nameOf).join(', ')})`);
  await clickElement(context, slot);
  const book = findAll(await context.observe(), { role: 'button' }).filter((button) => !/\d/.test(nameOf(button)));
  if (book.length !== 1) throw new DemonstrationError(`expected one book button, found ${book.map(nameOf).join(', ')}`);
  await clickElement(context, book[0]!);
};
