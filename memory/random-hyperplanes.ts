/**
 * Random-hyperplane hashing (SimHash, Charikar 2002) for the binary first
 * pass: a key's bits are the signs of its projections onto fixed random
 * directions, so the fraction of differing bits estimates the angle between
 * two keys (P[bit differs] = angle / π) whatever the embedder.
 *
 * Quantising the raw embedding instead (one sign per dimension) works for
 * dense model embeddings but not for the sparse hashed n-gram vectors, where
 * most dimensions are exactly zero and their "sign" says nothing; measured
 * on the suite benchmark at 100k trajectories it cost the vector search
 * 8 points of recall@3 on paraphrased tasks.
 */

/**
 * Bits per key (32 words a row in the scan, 128 bytes a row in memory). On the
 * suite benchmark at 100k trajectories, 384 bits kept recall@3 of paraphrased
 * tasks at 0.93 against 0.98 for brute force; 1024 bits brought it to 0.97.
 */
export const HYPERPLANE_BITS = 1024;

/** Names the bit layout in the memory's metadata, so a change of scheme triggers a rebuild. */
export const HYPERPLANE_SCHEME = `simhash-v1-${HYPERPLANE_BITS}`;

const cache = new Map<number, Float32Array>();

/** mulberry32: a tiny seeded PRNG, so every build and platform draws the same planes. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * dimension × HYPERPLANE_BITS standard-normal entries, one row per input
 * dimension, so a sparse vector's projection touches only the rows of its
 * non-zero components.
 */
function planes(dimension: number): Float32Array {
  let matrix = cache.get(dimension);
  if (!matrix) {
    const random = mulberry32(0x5eed0000 + dimension);
    matrix = new Float32Array(dimension * HYPERPLANE_BITS);
    for (let index = 0; index < matrix.length; index += 2) {
      // Box–Muller: two normals from two uniforms.
      const radius = Math.sqrt(-2 * Math.log(1 - random()));
      const angle = 2 * Math.PI * random();
      matrix[index] = radius * Math.cos(angle);
      if (index + 1 < matrix.length) matrix[index + 1] = radius * Math.sin(angle);
    }
    cache.set(dimension, matrix);
  }
  return matrix;
}

/** The projections of `vector` onto the planes; their signs are the key's bits (see vec_quantize_binary). */
export function project(vector: Float32Array): Float32Array {
  const matrix = planes(vector.length);
  const projected = new Float32Array(HYPERPLANE_BITS);
  for (let index = 0; index < vector.length; index++) {
    const value = vector[index]!;
    if (value === 0) continue; // hashed n-gram vectors are mostly zeros
    const offset = index * HYPERPLANE_BITS;
    for (let plane = 0; plane < HYPERPLANE_BITS; plane++) projected[plane]! += value * matrix[offset + plane]!;
  }
  return projected;
}
