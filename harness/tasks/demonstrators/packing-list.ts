/**
 * packing-list: "Pack sunscreen and passport.", "From Sam: "don't forget wool
 * socks, umbrella and earplugs for Cork!"", "pack | sun hat | power bank" — a
 * person reads which of the list's things the request names (whole names, so
 * "sun hat" is not "sunglasses"), leaves alone those already in the bag,
 * ticks the others in the scrolling pane (scrolling each into view), moves
 * them with the button under the pane, and finishes with the header's button.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, type Demonstrator } from './demonstrator.js';
import { scrollIntoView } from './list-pages.js';

const MOVE = /^(move to bag|pack selected|add to bag)/i;
const TAKE_OUT = /^Take out (.+)$/;

/** Whether the request names the thing as a whole phrase. */
function named(utterance: string, thing: string): boolean {
  const escaped = thing.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z-])${escaped}($|[^a-z-])`).test(utterance.toLowerCase());
}

function pane(observation: Observation): UIElement | undefined {
  const box = findAll(observation, { role: 'checkbox' })[0];
  if (!box) return undefined;
  const byId = new Map(observation.elements.map((element) => [element.id, element]));
  let parent = box.parentId === undefined ? undefined : byId.get(box.parentId);
  while (parent && parent.role !== 'list') parent = parent.parentId === undefined ? undefined : byId.get(parent.parentId);
  return parent?.parentId === undefined ? undefined : byId.get(parent.parentId);
}

export const packingList: Demonstrator = async (context) => {
  const first = await context.observe();
  const packed = findAll(first, { role: 'button' }).map((button) => TAKE_OUT.exec((button.label ?? '').trim())?.[1]).filter((thing): thing is string => Boolean(thing));
  const onShelf = findAll(first, { role: 'checkbox' }).map(nameOf);
  const toTick = onShelf.filter((thing) => named(context.utterance, thing));
  const already = packed.filter((thing) => named(context.utterance, thing));
  if (toTick.length + already.length === 0) throw new DemonstrationError(`no thing of the list named in "${context.utterance}"`);
  for (const thing of toTick) {
    const { element } = await scrollIntoView(context, (seen) => findAll(seen, { role: 'checkbox' }).find((box) => nameOf(box) === thing), pane, thing);
    await clickElement(context, element);
  }
  const seen = await context.observe();
  if (toTick.length > 0) {
    const move = findAll(seen, { role: 'button' }).find((button) => MOVE.test(nameOf(button)));
    if (!move) throw new DemonstrationError('no button moves the ticked things');
    await clickElement(context, move);
  }
  const after = await context.observe();
  const finish = findAll(after, { role: 'button' }).filter((button) => !MOVE.test(nameOf(button)) && !TAKE_OUT.test((button.label ?? '').trim()));
  if (finish.length !== 1) throw new DemonstrationError(`expected one finishing button, found ${finish.map(nameOf).join(', ')}`);
  await clickElement(context, finish[0]!);
};
