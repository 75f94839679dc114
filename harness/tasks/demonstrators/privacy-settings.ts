/**
 * privacy-settings: "Turn off read receipts and enable contact sync.", "I
 * don't want personalised ads any more, but I'd like online status on.",
 * "privacy | two-step login on | activity history off" — a person finds each
 * setting the request names (a row's name, not its grey hint), reads whether
 * it should be on or off (a state word right after the name, else the last
 * verb before it), flips the controls not so already, leaves the others, and
 * saves with the header's button (never "Reset to defaults").
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const ON_WORDS = ['turn on', 'enable', 'switch on', "i'd like"];
const OFF_WORDS = ['turn off', 'disable', 'switch off', "don't want"];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The setting's name as the request writes it: the longest leading run of two or more of the row's words it contains. */
function settingIn(utterance: string, rowText: string): string | undefined {
  const words = rowText.toLowerCase().split(/\s+/).filter(Boolean);
  for (let k = words.length; k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    if (new RegExp(`(^|[^a-z-])${escape(name)}($|[^a-z-])`).test(utterance.toLowerCase())) return name;
  }
  return undefined;
}

function wantedOn(utterance: string, name: string): boolean {
  const text = utterance.toLowerCase();
  const state = new RegExp(`${escape(name)} (on|off)(\\s*[|,.!?"]|$)`).exec(text);
  if (state) return state[1] === 'on';
  const before = text.slice(0, text.indexOf(name));
  const last = (words: string[]) => Math.max(...words.map((word) => before.lastIndexOf(word)));
  const on = last(ON_WORDS);
  const off = last(OFF_WORDS);
  if (on < 0 && off < 0) throw new DemonstrationError(`cannot tell whether "${name}" should be on or off in "${utterance}"`);
  return on > off;
}

export const privacySettings: Demonstrator = async (context) => {
  const observation = await context.observe();
  const controls: UIElement[] = findAll(observation, { role: ['switch', 'checkbox'] });
  let named = 0;
  for (const control of controls) {
    const name = settingIn(context.utterance, nameOf(control));
    if (!name) continue;
    named++;
    if (Boolean(control.states.checked) !== wantedOn(context.utterance, name)) await clickElement(context, control);
  }
  if (named === 0) throw new DemonstrationError(`no setting named in "${context.utterance}"`);
  const save = findAll(await context.observe(), { role: 'button' }).filter((button) => !/reset/i.test(nameOf(button)) && button.role === 'button');
  if (save.length !== 1) throw new DemonstrationError(`expected one save button, found ${save.map(nameOf).join(', ')}`);
  await clickElement(context, save[0]!);
};
