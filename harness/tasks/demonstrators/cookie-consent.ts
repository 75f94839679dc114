/**
 * cookie-consent: "Allow only analytics cookies.", "Turn off every cookie
 * category except analytics and marketing.", "Accept all the cookies.",
 * "Could you refuse every optional cookie?" — a person presses "Accept all"
 * when every kind is wanted, "Reject all" (or unticks everything and saves
 * when there is no such button) when none is, and otherwise sets each
 * optional category's switch on exactly when the request names it and
 * presses the save button (the one that is neither Accept all nor Reject all).
 */
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

export const cookieConsent: Demonstrator = async (context) => {
  const { utterance } = context;
  const observation = await context.observe();
  const buttons = findAll(observation, { role: 'button' });
  const acceptAll = buttons.find((button) => nameOf(button) === 'Accept all');
  const rejectAll = buttons.find((button) => nameOf(button) === 'Reject all');
  if (/accept all|every kind|accept everything/i.test(utterance)) {
    if (!acceptAll) throw new DemonstrationError('no Accept all button');
    await clickElement(context, acceptAll);
    return;
  }
  const none = /strictly necessary|refuse every|no optional/i.test(utterance);
  if (none && rejectAll) {
    await clickElement(context, rejectAll);
    return;
  }
  const switches = findAll(observation, { role: ['checkbox', 'switch'] }).filter((box) => !box.states.disabled);
  if (switches.length === 0) throw new DemonstrationError('no cookie categories');
  let named = 0;
  for (const box of switches) {
    const want = !none && new RegExp(`\\b${nameOf(box).toLowerCase()}\\b`).test(utterance.toLowerCase());
    if (want) named++;
    if (Boolean(box.states.checked) !== want) await clickElement(context, box);
  }
  if (!none && named === 0) throw new DemonstrationError(`no category of the dialog in "${utterance}"`);
  const save = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^(Accept|Reject) all$/.test(nameOf(button)));
  if (save.length !== 1) throw new DemonstrationError(`expected one save button, found ${save.map(nameOf).join(', ')}`);
  await clickElement(context, save[0]!);
};
