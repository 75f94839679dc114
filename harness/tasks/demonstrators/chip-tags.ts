/**
 * chip-tags: read the tags to add and the one to remove — or the whole set
 * the post should end with — from the quoted words; remove a chip with its ×
 * (named "Remove <tag>" or "Delete <tag>"), add one by typing it into the tag
 * field and pressing Enter; then press the save button the instruction names.
 */
import type { Observation } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';

function chips(observation: Observation): Map<string, number> {
  const found = new Map<string, number>();
  for (const button of findAll(observation, { role: 'button' })) {
    const match = /^(?:Remove|Delete) (.+)$/.exec((button.label ?? '').trim() || nameOf(button));
    if (match) found.set(match[1]!, button.id);
  }
  return found;
}

export const chipTags: Demonstrator = async (context) => {
  const utterance = context.utterance;
  const quoted = quotedStrings(utterance);
  const caption = (/Press (.+) when done\.$/.exec(utterance) ?? /(?:Finish with|click|Then press) (.+)\.$/.exec(utterance))?.[1];
  if (!caption) throw new DemonstrationError(`no save button named in "${utterance}"`);
  const current = chips(await context.observe());
  let adds: string[];
  let removes: string[];
  if (/nothing else|exactly these tags/.test(utterance)) {
    adds = quoted.filter((tag) => !current.has(tag));
    removes = [...current.keys()].filter((tag) => !quoted.includes(tag));
  } else {
    const removed = /(?:remove|drop the|take off) "([^"]+)"/i.exec(utterance)?.[1];
    removes = removed ? [removed] : [];
    adds = quoted.filter((tag) => tag !== removed);
  }
  for (const tag of removes) {
    const id = chips(await context.observe()).get(tag);
    if (id === undefined) throw new DemonstrationError(`no chip "${tag}"`);
    await perform(context, { type: 'click', target: { elementId: id } });
  }
  for (const tag of adds) {
    const field = requireOne(await context.observe(), { role: 'textbox' });
    await perform(context, { type: 'type', text: tag, target: { elementId: field.id } });
    await perform(context, { type: 'press', keys: 'Enter' });
  }
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
