/**
 * Rule: values that name again what the demonstration named pair with themselves.
 *
 * "I'd like activity history and contact sync on from now." demonstrated, "Turn on contact sync and switch on
 * activity history." asked: both names stand in the same kind of place on the page and are asked the same state, so
 * by places alone either could stand for either (rules/kind-by-places.ts refuses two ways). A person reads no
 * rebinding at all: the same two settings, named in another order. So when every placed value of the demonstration
 * has exactly one value of the new task written the same (case and spacing aside), and that pairing is one the places
 * and states allow, it is the one pairing.
 *
 * Why it is safe: nothing is rebound — each step acts on the very thing its task named, now named by this task too.
 * A name the new task writes differently ("Contact sync" for "contact syncing"), a name written twice, or a pairing the
 * places or asked states forbid ("switch off X" where the demonstration switched X on) leaves the two ways, and the
 * refusal, as they were. Pure; no task knowledge.
 */
import type { ValueSpan } from '../value-spans.js';
import { normalizeText } from '../text-match.js';

/**
 * The one pairing of `olds` (the demonstration's placed values, in order) to `values` (the new task's) where each
 * value is written as its counterpart is, as assignments() gives it (index into `values` per old), when `allowed`
 * admits every pair; else undefined.
 */
export function samePlacedNames(olds: readonly ValueSpan[], values: readonly ValueSpan[], allowed: (position: number, at: number) => boolean): number[][] | undefined {
  const way: number[] = [];
  for (const [position, old] of olds.entries()) {
    const same = values.flatMap((value, at) => (normalizeText(value.text) === normalizeText(old.text) ? [at] : []));
    if (same.length !== 1 || way.includes(same[0]!) || !allowed(position, same[0]!)) return undefined;
    way.push(same[0]!);
  }
  return olds.length > 0 ? [way] : undefined;
}
