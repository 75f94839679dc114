/**
 * Reciprocal-rank fusion: each list contributes 1 / (k + rank) for each item
 * it ranks, so items near the top of either list rise, and no score scales
 * (bm25 vs cosine) need to be made comparable.
 */

/** The usual constant (Cormack et al. 2009); it damps the difference between rank 1 and 2. */
export const RRF_K = 60;

export interface RankedList<Key> {
  /** Name used in explanations, e.g. "full-text". */
  name: string;
  /** Best first. */
  keys: readonly Key[];
  /** Multiplies this list's contributions; default 1. */
  weight?: number;
}

export interface FusedItem<Key> {
  key: Key;
  score: number;
  /** 1-based rank in each list that ranked the item. */
  ranks: Record<string, number>;
}

export function reciprocalRankFusion<Key>(lists: readonly RankedList<Key>[], k = RRF_K): FusedItem<Key>[] {
  const fused = new Map<Key, FusedItem<Key>>();
  for (const list of lists) {
    const weight = list.weight ?? 1;
    list.keys.forEach((key, index) => {
      const item = fused.get(key) ?? { key, score: 0, ranks: {} };
      if (item.ranks[list.name] !== undefined) return; // a list names each key once
      item.score += weight / (k + index + 1);
      item.ranks[list.name] = index + 1;
      fused.set(key, item);
    });
  }
  // Ties (equal fused score) keep the order of first appearance, i.e. the first list's order.
  return [...fused.values()].sort((left, right) => right.score - left.score);
}
