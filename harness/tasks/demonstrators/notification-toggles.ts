/**
 * notification-toggles: "Turn on push alerts and turn off sms reminders.",
 * "Notifications: Push alerts ON, SMS reminders OFF", "Please stop the sms
 * reminders. I do want push alerts though." — a person reads which channel
 * the request wants on and which off, flips each toggle that is not so
 * already (a switch's name is its row's text), then saves with the one
 * other button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';

function wanted(utterance: string, name: string): boolean | undefined {
  const n = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const text = utterance.toLowerCase();
  if (!new RegExp(`\\b${n}\\b`).test(text)) return undefined;
  const on = [`turn on ${n}`, `${n} turned on`, `need ${n} enabled`, `${n} on\\b`, `want ${n}`];
  const off = [`turn off ${n}`, `switch off ${n}`, `no more ${n}`, `${n} off\\b`, `stop the ${n}`];
  if (on.some((pattern) => new RegExp(pattern).test(text))) return true;
  if (off.some((pattern) => new RegExp(pattern).test(text))) return false;
  throw new DemonstrationError(`cannot tell whether "${name}" should be on or off in "${utterance}"`);
}

export const notificationToggles: Demonstrator = async (context) => {
  const switches = findAll(await context.observe(), { role: 'switch' });
  let named = 0;
  for (const toggle of switches) {
    const want = wanted(context.utterance, nameOf(toggle));
    if (want === undefined) continue;
    named++;
    if (Boolean(toggle.states.checked) !== want) await clickElement(context, toggle);
  }
  if (named !== 2) throw new DemonstrationError(`expected two channels in "${context.utterance}", found ${named}`);
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
