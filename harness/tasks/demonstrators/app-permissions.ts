/**
 * app-permissions: "Allow microphone and turn off photos.", "perms: camera
 * on, location off", "I don't like apps snooping, so block contacts. It can
 * have camera though." — a person finds each permission the request names
 * (the words in front of a switch), sets its switch on or off as the verb
 * before the name says, leaves the others, and presses the one button.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, clickElement, findAll, nameOf, type Demonstrator } from './demonstrator.js';

const ON = /\b(?:allow|turn on|switch on|it can have)\b/gi;
const OFF = /\b(?:block|turn off|switch off)\b/gi;

/** The state the request asks for each permission it names (lower case), in order of mention. */
export function wantedStates(utterance: string, names: readonly string[]): Map<string, boolean> {
  const text = utterance.toLowerCase();
  const wanted = new Map<string, boolean>();
  const terse = /^perms:/.test(text);
  const verbs = [...text.matchAll(ON)].map((m) => ({ at: m.index!, on: true }))
    .concat([...text.matchAll(OFF)].map((m) => ({ at: m.index!, on: false })))
    .sort((a, b) => a.at - b.at);
  for (const name of names) {
    const match = new RegExp(`\\b${name}\\b( on| off)?`).exec(text);
    if (!match) continue;
    if (terse) {
      if (!match[1]) throw new DemonstrationError(`no on / off after ${name} in "${utterance}"`);
      wanted.set(name, match[1] === ' on');
      continue;
    }
    const verb = verbs.filter((candidate) => candidate.at < match.index).pop();
    if (!verb) throw new DemonstrationError(`no verb before ${name} in "${utterance}"`);
    wanted.set(name, verb.on);
  }
  return wanted;
}

/** A switch's permission: its own name, or the text just before it; the first word, a glued "PhotosShare" split. */
function permissionOf(elements: readonly UIElement[], box: UIElement): string {
  let name = nameOf(box);
  if (!name) {
    const before = elements.slice(0, elements.indexOf(box)).filter((element) => element.role === 'text').pop();
    name = before?.text.trim() ?? '';
  }
  const first = name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/\s+/)[0] ?? '';
  if (!first) throw new DemonstrationError('a switch with no name');
  return first.toLowerCase();
}

export const appPermissions: Demonstrator = async (context) => {
  const observation = await context.observe();
  const boxes = findAll(observation, { role: ['checkbox', 'switch'] });
  const names = boxes.map((box) => permissionOf(observation.elements, box));
  const wanted = wantedStates(context.utterance, names);
  if (wanted.size === 0) throw new DemonstrationError(`no permission of the page in "${context.utterance}"`);
  for (const [i, box] of boxes.entries()) {
    const want = wanted.get(names[i]!);
    if (want !== undefined && Boolean(box.states.checked) !== want) await clickElement(context, box);
  }
  const buttons = findAll(await context.observe(), { role: 'button' });
  if (buttons.length !== 1) throw new DemonstrationError(`expected one button, found ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, buttons[0]!);
};
