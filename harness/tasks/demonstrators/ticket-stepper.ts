/**
 * ticket-stepper: read the party (counts in digits or words; kinds left out
 * mean none), then lower every count that is too high first — the order has
 * a cap, so raising first may be refused — and raise the others, one press
 * of the row's − or + at a time, reading the count after every press; then
 * press the button the instruction ends with.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, requireOne, type Demonstrator } from './demonstrator.js';
import { finalCaption } from './second-suite.js';
import { readCount } from './list-pages.js';

const KINDS = ['adult', 'child', 'senior', 'student'] as const;

export function readParty(utterance: string): Map<string, number> {
  const party = new Map<string, number>(KINDS.map((kind) => [kind, 0]));
  for (const match of utterance.matchAll(/\b(\d+|an?|one|two|three|four|five|six) (adults?|child(?:ren)?|seniors?|students?)\b/g)) {
    const count = /^an?$/.test(match[1]!) ? 1 : readCount(match[1]!);
    const kind = KINDS.find((name) => match[2]!.startsWith(name))!;
    party.set(kind, count);
  }
  if ([...party.values()].every((count) => count === 0)) throw new DemonstrationError(`no tickets named in "${utterance}"`);
  return party;
}

/** The − or + button of a kind, named "Fewer adults" / "More adults" or "Remove an adult" / "Add an adult". */
function stepper(observation: Observation, kind: string, sign: '+' | '-'): UIElement {
  const verbs = sign === '+' ? '(?:More|Add an?)' : '(?:Fewer|Remove an?)';
  const pattern = new RegExp(`^${verbs} ${kind === 'child' ? 'child(?:ren)?' : `${kind}s?`}$`);
  const button = findAll(observation, { role: 'button' }).find((element) => pattern.test((element.label ?? '').trim() || nameOf(element)));
  if (!button) throw new DemonstrationError(`no ${sign} button for ${kind}`);
  return button;
}

function count(observation: Observation, kind: string): number {
  const plus = stepper(observation, kind, '+');
  const number = findAll(observation, {}).find((element) => element.parentId === plus.parentId && element.role !== 'button' && /^\d+$/.test(element.text.trim()));
  if (!number) throw new DemonstrationError(`no count shown for ${kind}`);
  return Number(number.text.trim());
}

export const ticketStepper: Demonstrator = async (context) => {
  const party = readParty(context.utterance);
  for (const lowering of [true, false]) {
    for (const [kind, wanted] of party) {
      let observation = await context.observe();
      for (let presses = 0; presses < 12; presses++) {
        const now = count(observation, kind);
        if (now === wanted || (lowering ? now < wanted : now > wanted)) break;
        await clickElement(context, stepper(observation, kind, now > wanted ? '-' : '+'));
        observation = await context.observe();
      }
    }
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: finalCaption(context.utterance) }));
};
