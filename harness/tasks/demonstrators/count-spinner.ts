/**
 * count-spinner: click the ▲ (for a positive number) or ▼ (negative) arrow
 * as many times as the number says, then press the named button.
 */
import { DemonstrationError, clickElement, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const countSpinner: Demonstrator = async (context) => {
  const match = /(-?\d+)/.exec(context.utterance);
  if (!match) throw new DemonstrationError(`no number in "${context.utterance}"`);
  const wanted = Number(match[1]);
  const arrow = requireOne(await context.observe(), { role: 'button', label: wanted < 0 ? 'Down' : 'Up' });
  for (let click = 0; click < Math.abs(wanted); click++) await clickElement(context, arrow);
  await clickFinalButton(context);
};
