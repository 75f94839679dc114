/**
 * Turns texts into vectors for the memory's similarity search. The memory
 * stores the embedder's name and dimension with the vectors, so vectors from
 * two different embedders are never compared.
 */

export interface EmbedOptions {
  signal?: AbortSignal;
}

export interface Embedder {
  /** Identifies the vector space, e.g. "hashed-ngram-v1" or "openai-compatible:nomic-embed-text". */
  readonly name: string;
  /** Length of every vector this embedder returns. */
  readonly dimension: number;
  /**
   * One vector per text, in order. The wait is on the event loop, so the
   * signal (a run's Ctrl+C and wall-time budget, an import's stop) cuts it.
   */
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /**
   * Anything the embedder must ask its endpoint before `dimension` is known
   * (a remote one without a configured dimension measures it), done without
   * blocking the thread. Call it before opening a store where a stop must be
   * able to cut the wait.
   */
  prepare?(options?: EmbedOptions): Promise<void>;
  /**
   * The same, synchronously. The store's `add`/`retrieve` are synchronous (one
   * SQLite transaction, no awaits in between), so they use this.
   */
  embedSync(texts: readonly string[]): Float32Array[];
  /** Release workers or sockets, if any. */
  close?(): void;
}

/** Scale a vector to unit length in place; a zero vector stays zero. Returns it. */
export function normalizeInPlace(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let index = 0; index < vector.length; index++) sum += vector[index]! * vector[index]!;
  if (sum === 0) return vector;
  const scale = 1 / Math.sqrt(sum);
  for (let index = 0; index < vector.length; index++) vector[index]! *= scale;
  return vector;
}

/** Dot product; equals cosine similarity for unit vectors. */
export function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) sum += left[index]! * right[index]!;
  return sum;
}

/** The bytes of a float32 vector, as SQLite / sqlite-vec want them (little-endian float32). */
export function vectorToBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

/** A float32 vector back from a stored blob (copied, so it is aligned). */
export function blobToVector(blob: Uint8Array): Float32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Float32Array(copy.buffer);
}
