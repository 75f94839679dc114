/**
 * event-invite: "Schedule "Budget sync" on Thursday at 2:30 PM and invite
 * Greta and Dev.", "Sprint review / March 6 14:30 / Hana", a colleague's
 * relayed message… — a person types the title, picks the day (by its weekday
 * or its date) and the start time (converted to the page's 12-hour clock)
 * from the two drop-downs, ticks the people named, and presses the button
 * that is not Discard.
 */
import { DemonstrationError, clickElement, findAll, nameOf, perform, requireOne, typeInto, type Demonstrator } from './demonstrator.js';
import { MONTHS } from './second-suite.js';

function titleOf(utterance: string): string {
  const match = /(?:Schedule|call it|to) "([^"]+)"|set up (.+?) for |^(.+?) \/ |put (.+?) in the calendar/.exec(utterance);
  const title = match?.slice(1).find(Boolean);
  if (!title) throw new DemonstrationError(`no event title in "${utterance}"`);
  return title;
}

/** The start time as the page writes it, "2:30 PM". */
function timeOf(utterance: string): string {
  const match = /\b(\d{1,2})(?::(\d{2}))?\s?(am|pm|AM|PM)\b|\b(\d{1,2}):(\d{2})\b(?!\/)/.exec(utterance);
  if (!match) throw new DemonstrationError(`no time in "${utterance}"`);
  let hour = Number(match[1] ?? match[4]);
  const minute = match[2] ?? match[5] ?? '00';
  const half = match[3]?.toUpperCase();
  if (half === 'PM' && hour < 12) hour += 12;
  if (half === 'AM' && hour === 12) hour = 0;
  return `${((hour + 11) % 12) + 1}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The day option the request names, by weekday or by date. */
function dayOf(utterance: string, options: readonly string[]): string | undefined {
  const weekday = options.find((option) => utterance.includes(option.split(/[ ,]/)[0]!) || new RegExp(`\\b${option.slice(0, 3)}[a-z]*day\\b`).test(utterance));
  if (weekday) return weekday;
  const named = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b|\\b(\\d{1,2}) (${MONTHS.join('|')})\\b|\\b(\\d{1,2})/(\\d{1,2})\\b`).exec(utterance);
  if (!named) return undefined;
  const month = named[1] ?? named[4] ?? MONTHS[Number(named[5]) - 1]!;
  const day = named[2] ?? named[3] ?? named[6]!;
  return options.find((option) => new RegExp(`\\b${day}\\b`).test(option) && option.includes(month.slice(0, 3)));
}

export const eventInvite: Demonstrator = async (context) => {
  const { utterance } = context;
  await typeInto(context, { role: 'textbox', label: 'Title' }, titleOf(utterance));
  const daySelect = requireOne(await context.observe(), { role: 'combobox', label: 'Day' });
  const day = dayOf(utterance, daySelect.options ?? []);
  if (!day) throw new DemonstrationError(`no day of the list in "${utterance}"`);
  await perform(context, { type: 'select', target: { elementId: daySelect.id }, option: day });
  const timeSelect = requireOne(await context.observe(), { role: 'combobox', label: 'Start time' });
  await perform(context, { type: 'select', target: { elementId: timeSelect.id }, option: timeOf(utterance) });
  const boxes = findAll(await context.observe(), { role: 'checkbox' }).filter((box) => new RegExp(`\\b${nameOf(box)}\\b`).test(utterance.replace(/^From \w+:/, '')));
  if (boxes.length === 0) throw new DemonstrationError(`no colleague of the list in "${utterance}"`);
  for (const box of boxes) if (!box.states.checked) await clickElement(context, box);
  const save = findAll(await context.observe(), { role: 'button' }).filter((button) => nameOf(button) !== 'Discard');
  if (save.length !== 1) throw new DemonstrationError(`expected one button besides Discard, found ${save.map(nameOf).join(', ')}`);
  await clickElement(context, save[0]!);
};
