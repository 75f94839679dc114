/**
 * Rule: a press on one item of a row the observation shows as one element
 * (tabs written as plain spans: "Dinners Sweets Salad bowls Soup") is kept by
 * the recorder as its point, with the item's words as `details.pressedItem`
 * (main/recorder/browser/page-script/centre-item.ts). The point says where the
 * item lay in that row; on a page whose row reads otherwise — other captions,
 * another order — the same place may hold another item, so such a step is
 * followed only where the row reads as it did, else refused, never guessed;
 * and never when the item is a value of the demonstration's task that this
 * task changes ("from Soup" → "from Bread"): the place holds the old value.
 *
 * Pure; no task knowledge.
 */
import { normalizeText, type Binding } from '../text-match.js';

/** The item's words a recorded point press stands for, if the recorder kept them. */
export function pressedItemOf(details: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const item = details?.['pressedItem'];
  return typeof item === 'string' && item.trim() !== '' ? item : undefined;
}

/**
 * Why the point press cannot be followed here, or undefined: `then` is the row the demonstration pressed
 * in, `now` the element of this page found for it (undefined when none was).
 */
export function pressedItemProblem(
  details: Readonly<Record<string, unknown>> | undefined,
  then: { text: string } | undefined,
  now: { text: string } | undefined,
  bindings: readonly Binding[] = [],
): string | undefined {
  const item = pressedItemOf(details);
  if (item === undefined) return undefined;
  const changed = bindings.find((binding) => normalizeText(binding.old) === normalizeText(item) && normalizeText(binding.new) !== normalizeText(item));
  if (changed) return `the demonstration pressed ${JSON.stringify(item)} by its place in a row the page shows as one element; this task asks for ${JSON.stringify(changed.new)} instead, and nothing tells where that item lies`;
  if (then && now && then.text.trim() === now.text.trim()) return undefined;
  const row = then ? ` of the row ${JSON.stringify(then.text)}` : '';
  const here = now ? `here the row reads ${JSON.stringify(now.text)}` : 'no such row is found here';
  return `the demonstration pressed ${JSON.stringify(item)}, one item${row} that the page shows as one element, by its place; ${here}, so that place may hold another item`;
}
