/**
 * cart-lines: "Remove the desk lamp from the cart and check out.", "cart |
 * travel mug x 3", "From Sam: "not the wool scarf this time, save it for
 * later"" — a person finds the line of the product the request names (its
 * whole name, so "desk lamp" is not "floor lamp"), reads which change is
 * asked (save for later, a new quantity, or removal), makes it with that
 * line's own control (choosing the quantity, or typing it and pressing the
 * line's Update), and checks out.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, type Demonstrator } from './demonstrator.js';
import { readCount } from './list-pages.js';

const SAVE = /^(save for later|move to saved)$/i;
const REMOVE = /^(delete|remove)\b/i;
const CHECKOUT = /check ?out/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The cart's lines: list items holding a save control, with the product name (the text before its price). */
function cartLines(observation: Observation): { item: UIElement; name: string }[] {
  return findAll(observation, { role: 'listitem' })
    .filter((item) => findAll(observation, { role: 'button', within: item }).some((button) => SAVE.test(nameOf(button))))
    .map((item) => ({ item, name: item.text.split('\u00a3')[0]!.trim() }));
}

type Change = { kind: 'save' } | { kind: 'remove' } | { kind: 'quantity'; count: number };

function readChange(utterance: string): Change {
  const text = utterance.toLowerCase();
  if (/later|another (time|day)|aside/.test(text)) return { kind: 'save' };
  const count = /(?:\bto|\bx|:|\bit|\bneed)\s+(\d|one|two|three|four|five)\b/.exec(text);
  if (count) return { kind: 'quantity', count: readCount(count[1]!) };
  if (/remove|delete|take .* out|drop|don't need|\bno\b/.test(text)) return { kind: 'remove' };
  throw new DemonstrationError(`cannot tell which change "${utterance}" asks for`);
}

export const cartLinesDemo: Demonstrator = async (context) => {
  const first = await context.observe();
  const named = cartLines(first).filter(({ name }) => new RegExp(`(^|[^a-z])${escape(name.toLowerCase())}($|[^a-z])`).test(context.utterance.toLowerCase()));
  if (named.length !== 1) throw new DemonstrationError(`expected one cart line named in "${context.utterance}", found ${named.map((line) => line.name).join(', ')}`);
  const { item } = named[0]!;
  const change = readChange(context.utterance);
  const buttons = findAll(first, { role: 'button', within: item });
  if (change.kind === 'save') {
    await clickElement(context, buttons.find((button) => SAVE.test(nameOf(button)))!);
  } else if (change.kind === 'remove') {
    const remove = buttons.find((button) => REMOVE.test(nameOf(button)) || REMOVE.test((button.label ?? '').trim()));
    if (!remove) throw new DemonstrationError('the line has no remove control');
    await clickElement(context, remove);
  } else {
    const field = findAll(first, { within: item, interactive: true }).find((element) => element.role !== 'button');
    if (!field) throw new DemonstrationError('the line has no quantity control');
    if (field.options?.length) {
      await perform(context, { type: 'select', target: { elementId: field.id }, option: String(change.count) });
    } else {
      await perform(context, { type: 'type', text: String(change.count), target: { elementId: field.id }, replace: true });
      const update = buttons.find((button) => /^update$/i.test(nameOf(button)));
      if (!update) throw new DemonstrationError('the line has no Update button');
      await clickElement(context, update);
    }
  }
  const checkout = findAll(await context.observe(), { role: 'button' }).filter((button) => CHECKOUT.test(nameOf(button)));
  if (checkout.length !== 1) throw new DemonstrationError(`expected one checkout button, found ${checkout.map(nameOf).join(', ')}`);
  await clickElement(context, checkout[0]!);
};
