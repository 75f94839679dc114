/**
 * A trajectory's retrieval key (task + summarised initial state) as one
 * vector: task and state embedded apart, then mixed so the state counts for
 * less (STATE_WEIGHT), normalised.
 */
import { normalizeInPlace, type Embedder } from './embedders/embedder.js';
import { STATE_WEIGHT } from './retrieval-key.js';

export interface KeyText {
  task: string;
  state: string;
}

/** Key vectors, with the embedder waited for (short commands, the synchronous API). */
export function embedKeysSync(embedder: Embedder, keys: readonly KeyText[]): Float32Array[] {
  if (keys.length === 0) return [];
  return mixKeys(embedder, keys, embedder.embedSync(keyTexts(keys)));
}

/** The same, awaited, so the signal can cut the wait. */
export async function embedKeys(embedder: Embedder, keys: readonly KeyText[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
  if (keys.length === 0) return [];
  signal?.throwIfAborted();
  return mixKeys(embedder, keys, await embedder.embed(keyTexts(keys), { signal }));
}

function mixKeys(embedder: Embedder, keys: readonly KeyText[], vectors: readonly Float32Array[]): Float32Array[] {
  let stateIndex = keys.length;
  return keys.map((key, index) => {
    const vector = Float32Array.from(vectors[index]!);
    if (key.state) {
      const stateVector = vectors[stateIndex++]!;
      for (let slot = 0; slot < vector.length; slot++) vector[slot]! += STATE_WEIGHT * stateVector[slot]!;
    }
    if (vector.length !== embedder.dimension) {
      throw new Error(`embedder ${embedder.name} returned ${vector.length} dimensions, expected ${embedder.dimension}`);
    }
    return normalizeInPlace(vector);
  });
}

/** What the embedder is asked for a list of keys: every task, then the states that are not empty. */
function keyTexts(keys: readonly KeyText[]): string[] {
  return [...keys.map((key) => key.task), ...keys.filter((key) => key.state).map((key) => key.state)];
}
