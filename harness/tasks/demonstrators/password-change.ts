/**
 * password-change: "Change my password from Maplekite28 to Otter_pepper77.",
 * "PW change - old: Quartz_cinder33 new: Tango.lumen15", the IT desk's
 * quoted message… — a person types the current password into the field
 * labelled "Current password", the new one into the "New password" field
 * and again into the repeat field, ticks or unticks "Sign out of other
 * devices" only when the request says to, and presses the button (not the
 * "Forgot it?" link).
 */
import { DemonstrationError, clickElement, findAll, requireOne, typeInto, type Demonstrator } from './demonstrator.js';

const SECRET = /[A-Z][a-z]+[-._]?[a-z]+\d{2}/g;

export function passwordsOf(utterance: string): { old: string; fresh: string } {
  const found = [...utterance.matchAll(SECRET)];
  if (found.length !== 2) throw new DemonstrationError(`expected two passwords in "${utterance}"`);
  const isNew = (at: number) => /(\bto|new:?|New password)\s*"?$/i.test(utterance.slice(Math.max(0, at - 20), at));
  const fresh = found.find((match) => isNew(match.index!));
  const old = found.find((match) => match !== fresh);
  if (!fresh || !old) throw new DemonstrationError(`cannot tell the new password in "${utterance}"`);
  return { old: old[0], fresh: fresh[0] };
}

export const passwordChange: Demonstrator = async (context) => {
  const { old, fresh } = passwordsOf(context.utterance);
  await typeInto(context, { label: 'Current password' }, old);
  await typeInto(context, { label: 'New password' }, fresh);
  await typeInto(context, { label: 'Confirm new password' }, fresh);
  const box = requireOne(await context.observe(), { role: 'checkbox' });
  const want = /sign (?:me )?out|log out/i.test(context.utterance) ? true : /signed in|logged in/i.test(context.utterance) ? false : undefined;
  if (want !== undefined && Boolean(box.states.checked) !== want) await clickElement(context, box);
  const buttons = findAll(await context.observe(), { role: 'button' });
  if (buttons.length !== 1) throw new DemonstrationError(`expected one button, found ${buttons.length}`);
  await clickElement(context, buttons[0]!);
};
