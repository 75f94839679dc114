/**
 * booking-parts: "Choose a Twin room, set Adults to 3, tick Breakfast, then
 * click Save." — do each part the task names, in the form's order: pick the
 * room, type the number of adults, tick breakfast, open Extras and type the
 * promo code; then press the closing button. A part not named is left alone.
 */
import { clickElement, clickWhere, DemonstrationError, findAll, nameOf, selectOption, typeInto, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

/** The parts the instruction names, with their values. */
export function bookingParts(utterance: string): { room?: string; adults?: string; breakfast?: true; promo?: string } {
  const room = /(?:choose a|pick the) (\w+) room/i.exec(utterance)?.[1];
  const adults = /set Adults to (\d+)|type (\d+) in Adults/i.exec(utterance)?.slice(1).find(Boolean);
  const breakfast = /tick Breakfast/i.test(utterance) ? (true as const) : undefined;
  const promo = /enter (\S+) as the promo code/i.exec(utterance)?.[1];
  if (!room && !adults && !breakfast && !promo) throw new DemonstrationError(`no part of the booking named in "${utterance}"`);
  return { ...(room ? { room } : {}), ...(adults ? { adults } : {}), ...(breakfast ? { breakfast } : {}), ...(promo ? { promo } : {}) };
}

export const bookingPartsDemonstrator: Demonstrator = async (context) => {
  const parts = bookingParts(context.utterance);
  if (parts.room) await selectOption(context, { role: 'combobox', label: 'Room' }, parts.room);
  if (parts.adults) await typeInto(context, { role: 'textbox', label: 'Adults' }, parts.adults);
  if (parts.breakfast) {
    const box = findAll(await context.observe(), { role: 'checkbox' }).find((candidate) => nameOf(candidate) === 'Breakfast');
    if (!box) throw new DemonstrationError('no Breakfast checkbox');
    await clickElement(context, box);
  }
  if (parts.promo) {
    await clickWhere(context, { role: 'button', text: 'Extras' });
    await typeInto(context, { role: 'textbox', label: 'Promo code' }, parts.promo);
  }
  await clickFinalButton(context);
};
