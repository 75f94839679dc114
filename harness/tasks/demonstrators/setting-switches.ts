/**
 * setting-switches: "Enable Location and Bluetooth, disable Auto-update, then
 * click Save." — turn each named switch on or off as its clause says (only
 * when it is not so already), then press the closing button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

/** The names each clause turns on and off. */
export function switchClauses(utterance: string): { on: string[]; off: string[] } {
  const body = utterance.replace(/,?\s*then (?:click|press) \S+?\.?$/, '');
  const on: string[] = [];
  const off: string[] = [];
  const pattern = /(enable|disable|turn on|turn off|switch on|switch off)\s+(.+?)(?=(?:,?\s*(?:and\s+)?(?:enable|disable|turn on|turn off|switch on|switch off)\b)|$)/gi;
  for (const match of body.matchAll(pattern)) {
    const names = match[2]!.split(/,\s*|\s+and\s+/).map((name) => name.trim()).filter(Boolean);
    (/^(enable|turn on|switch on)$/i.test(match[1]!) ? on : off).push(...names);
  }
  if (on.length + off.length === 0) throw new DemonstrationError(`no switch named in "${utterance}"`);
  return { on, off };
}

export const settingSwitches: Demonstrator = async (context) => {
  const { on, off } = switchClauses(context.utterance);
  const observation = await context.observe();
  for (const name of [...on, ...off]) {
    const box = findAll(observation, { role: 'checkbox' }).find((candidate) => nameOf(candidate) === name);
    if (!box) throw new DemonstrationError(`no switch "${name}"`);
    if (Boolean(box.states.checked) !== on.includes(name)) await clickElement(context, box);
  }
  await clickFinalButton(context);
};
