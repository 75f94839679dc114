/**
 * seat-map: "Could you grab seats B2 and B3 for me?", "Seats: E5 + E6",
 * "Row E, seats 5 and 6 - those ones please." — a person reads the seats the
 * request names (a row letter and a number each), finds each on the map —
 * a seat reading "C4", a seat named "Row C, seat 4", or a seat reading "4"
 * in the table row headed "C" — presses it, then presses the one button
 * that is not a seat.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

/** The seats the request names, as "C4". */
export function seatsOf(utterance: string): string[] {
  const split = /\bRow ([A-E]), seats? (\d)(?: and (\d))?/.exec(utterance);
  if (split) return [split[2], split[3]].filter(Boolean).map((n) => `${split[1]}${n}`);
  const seats = [...utterance.matchAll(/\b([A-E])([1-6])\b/g)].map((match) => `${match[1]}${match[2]}`);
  if (seats.length === 0) throw new DemonstrationError(`no seat in "${utterance}"`);
  return seats;
}

/** The seat button for "C4". */
function seatButton(observation: Observation, seat: string): UIElement | undefined {
  const [row, number] = [seat[0]!, seat.slice(1)];
  const buttons = findAll(observation, { role: 'button' });
  const direct = buttons.find((button) => button.text.trim() === seat || (button.label ?? '').trim() === `Row ${row}, seat ${number}`);
  if (direct) return direct;
  const line = findAll(observation, { role: 'row' }).find((candidate) =>
    observation.elements.some((element) => element.parentId === candidate.id && element.text.trim() === row));
  return line ? findAll(observation, { role: 'button', within: line, text: number })[0] : undefined;
}

export const seatMap: Demonstrator = async (context) => {
  for (const seat of seatsOf(context.utterance)) {
    const button = seatButton(await context.observe(), seat);
    if (!button) throw new DemonstrationError(`no seat ${seat} on the map`);
    await clickElement(context, button);
  }
  const others = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^([A-E]?[1-6])$/.test(nameOf(button)) && !/^Row /.test(button.label ?? ''));
  if (others.length !== 1) throw new DemonstrationError(`expected one button besides the seats, found ${others.map(nameOf).join(', ')}`);
  await clickElement(context, others[0]!);
};
