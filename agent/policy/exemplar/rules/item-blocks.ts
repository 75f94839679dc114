/**
 * Rule: the per-item block of a demonstrated list ends where the first one
 * ended. A demonstration that picked each item and then pressed a move button
 * ("Add Music and Health to Chosen": pick Music, Add, pick Health, Add) shows
 * blocks of [pick, Add]; the last block's Add comes after the last step that
 * names an item, so it used to be left out of that block, the blocks looked
 * unalike and the plan was refused ("each in its own way"). Steps after the
 * last item step that repeat the first block's own steps after its item
 * (same action, same target role and caption) close the last block too.
 * Anything after them (a final "Save") stays shared, done once.
 *
 * A scroll between two items ("tick Wool socks, scroll the pane, tick
 * Sunglasses") is no part of either item's deed: it brought the next item
 * into view on that page, where the new items stand elsewhere. It is left out
 * of the blocks (withoutScrolls), so the blocks are the ticks alone and
 * alike; an item off view on the new page is scrolled to by the grounding
 * (rules/list-scroll.ts) or refused. A scroll changes no value, so dropping
 * one can cost a refusal, never a wrong action.
 *
 * Planning only (bind-slots.ts calls it); the blocks are repeated per new
 * item there as before.
 */
import type { Step } from '../../../core/trajectory.js';
import { normalizeText } from '../text-match.js';
import { targetDescriptorsOf } from '../planned-step.js';

export interface ItemBlock {
  item: number;
  positions: number[];
}

/** The same action on a target of the same role and caption (no item in it). */
function sameStep(a: Step, b: Step): boolean {
  if (a.action.type !== b.action.type) return false;
  const targetsA = targetDescriptorsOf(a);
  const targetsB = targetDescriptorsOf(b);
  return (
    targetsA.length === targetsB.length &&
    targetsA.every((target, index) => {
      const other = targetsB[index]!;
      return target.role === other.role && normalizeText(target.text) === normalizeText(other.text) && normalizeText(target.label) === normalizeText(other.label);
    })
  );
}

/**
 * `items`: the list item each demonstrated step acts on (undefined for none).
 * Returns the blocks with the last one closed by the steps that repeat the
 * first block's tail, when they follow it.
 */
export function closeLastBlock(blocks: readonly ItemBlock[], items: readonly (number | undefined)[], steps: readonly Step[]): ItemBlock[] {
  if (blocks.length < 2) return [...blocks];
  const first = blocks[0]!;
  const tail = first.positions.filter((position, index) => index > 0 && items[position] === undefined && first.positions.slice(index).every((later) => items[later] === undefined));
  const last = blocks[blocks.length - 1]!;
  const lastTail = last.positions.filter((position) => items[position] === undefined).length;
  if (tail.length === 0 || lastTail !== 0) return [...blocks];
  const after = last.positions.at(-1)! + 1;
  const following = tail.map((_, index) => after + index);
  if (following.some((position) => position >= steps.length || items[position] !== undefined)) return [...blocks];
  if (!tail.every((position, index) => sameStep(steps[position]!, steps[following[index]!]!))) return [...blocks];
  return [...blocks.slice(0, -1), { item: last.item, positions: [...last.positions, ...following] }];
}

/** The blocks without their scroll steps; a block left empty is dropped (rules above: a scroll only finds the next item). */
export function withoutScrolls(blocks: readonly ItemBlock[], steps: readonly Step[]): ItemBlock[] {
  return blocks
    .map((block) => ({ item: block.item, positions: block.positions.filter((position) => steps[position]?.action.type !== 'scroll') }))
    .filter((block) => block.positions.length > 0);
}
