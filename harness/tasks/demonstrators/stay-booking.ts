/**
 * stay-booking: read the stay (two dates, spelled or MM/DD, or a first date
 * and a number of nights), the party (adults, children — none when not
 * named) and the reserve caption; page the calendar to the check-in month by
 * its title, click the day, page on to the check-out month and click that
 * day; press − / + on each guest row until its count is right; reserve.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, requireOne, type Demonstrator, type DemonstratorContext } from './demonstrator.js';
import { MONTHS } from './second-suite.js';
import { readCount } from './list-pages.js';

const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine)';

export interface Stay {
  /** 0–11. */
  startMonth: number;
  startDay: number;
  endMonth: number;
  endDay: number;
  adults: number;
  children: number;
  caption: string;
}

function readDates(utterance: string): { month: number; day: number }[] {
  const names = MONTHS.join('|');
  const found: { at: number; month: number; day: number }[] = [];
  for (const match of utterance.matchAll(new RegExp(`\\b(${names}) (\\d{1,2})\\b`, 'g'))) {
    found.push({ at: match.index, month: MONTHS.indexOf(match[1]!), day: Number(match[2]) });
  }
  for (const match of utterance.matchAll(new RegExp(`\\b(\\d{1,2}) (${names})\\b`, 'g'))) {
    found.push({ at: match.index, month: MONTHS.indexOf(match[2]!), day: Number(match[1]) });
  }
  for (const match of utterance.matchAll(/\b(\d{2})\/(\d{2})\b/g)) {
    found.push({ at: match.index, month: Number(match[1]) - 1, day: Number(match[2]) });
  }
  return found.sort((a, b) => a.at - b.at).map(({ month, day }) => ({ month, day }));
}

export function readStay(utterance: string): Stay {
  const dates = readDates(utterance);
  const start = dates[0];
  if (!start) throw new DemonstrationError(`no date in "${utterance}"`);
  let end = dates[1];
  if (!end) {
    const nights = new RegExp(`\\b${COUNT} nights?\\b`, 'i').exec(utterance);
    if (!nights) throw new DemonstrationError(`neither a check-out date nor a number of nights in "${utterance}"`);
    // A year without a leap day is enough to step over a month end (the page's year is not 2028).
    const date = new Date(Date.UTC(2027, start.month, start.day + readCount(nights[1]!)));
    end = { month: date.getUTCMonth(), day: date.getUTCDate() };
  }
  const adults = new RegExp(`\\b${COUNT} adults?\\b`, 'i').exec(utterance);
  if (!adults) throw new DemonstrationError(`no adults in "${utterance}"`);
  const children = new RegExp(`\\b${COUNT} child(?:ren)?\\b`, 'i').exec(utterance);
  const caption = /(?:press|click|with) ([A-Z][\w ]*)\.$/i.exec(utterance)?.[1];
  if (!caption) throw new DemonstrationError(`no reserve button named in "${utterance}"`);
  return {
    startMonth: start.month,
    startDay: start.day,
    endMonth: end.month,
    endDay: end.day,
    adults: readCount(adults[1]!),
    children: children ? readCount(children[1]!) : 0,
    caption,
  };
}

/** The month on show, from the calendar's "Month YYYY" title. */
function shownMonth(observation: Observation): { month: number; title: UIElement } {
  const title = observation.elements.find((element) => new RegExp(`^(${MONTHS.join('|')}) \\d{4}$`).test(element.text.trim()));
  if (!title) throw new DemonstrationError('the calendar shows no month title');
  return { month: MONTHS.indexOf(title.text.trim().split(' ')[0]!), title };
}

async function showMonth(context: DemonstratorContext, month: number): Promise<Observation> {
  for (let steps = 0; steps < 14; steps++) {
    const observation = await context.observe();
    const shown = shownMonth(observation).month;
    if (shown === month) return observation;
    const forward = (month - shown + 12) % 12 <= 6;
    const wanted = forward ? /^(Next|\u203a|Next month)$/ : /^(Prev|\u2039|Previous month)$/;
    const pager = findAll(observation, { role: 'button' }).find((button) => wanted.test(button.text.trim()) || wanted.test(button.label ?? ''));
    if (!pager) throw new DemonstrationError('no month pager');
    await clickElement(context, pager);
  }
  throw new DemonstrationError(`never reached ${MONTHS[month]}`);
}

async function clickDay(context: DemonstratorContext, month: number, day: number): Promise<void> {
  const observation = await showMonth(context, month);
  const { title } = shownMonth(observation);
  const summary = observation.elements.find((element) => element.role === 'group' && /^Adults\b/.test(element.text.trim()));
  const cell = findAll(observation, { role: 'button', text: String(day), interactive: true }).find(
    (element) => element.box.y > title.box.y && (!summary || element.box.y < summary.box.y),
  );
  if (!cell) throw new DemonstrationError(`${MONTHS[month]} ${day} cannot be picked`);
  await clickElement(context, cell);
}

async function setGuests(context: DemonstratorContext, kind: 'Adults' | 'Children', wanted: number): Promise<void> {
  for (let presses = 0; presses < 12; presses++) {
    const observation = await context.observe();
    const row = findAll(observation, { role: 'group' }).find((group) => group.text.trim().startsWith(kind));
    if (!row) throw new DemonstrationError(`no ${kind} row`);
    const count = findAll(observation, { within: row }).find((element) => element.role !== 'button' && /^\d+$/.test(element.text.trim()));
    if (!count) throw new DemonstrationError(`the ${kind} row shows no count`);
    const now = Number(count.text.trim());
    if (now === wanted) return;
    await clickElement(context, requireOne(observation, { role: 'button', within: row, text: now < wanted ? '+' : '\u2212' }));
  }
  throw new DemonstrationError(`${kind} never reached ${wanted}`);
}

export const stayBooking: Demonstrator = async (context) => {
  const stay = readStay(context.utterance);
  await clickDay(context, stay.startMonth, stay.startDay);
  await clickDay(context, stay.endMonth, stay.endDay);
  // The party starts with no children, so the adults can be set first without reaching the cap of six.
  await setGuests(context, 'Adults', stay.adults);
  await setGuests(context, 'Children', stay.children);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: stay.caption }));
};
