/**
 * Which embedder a memory's vectors came from (name and dimension, kept in
 * `memory_meta`). Vectors of two embedders cannot be compared, so a memory
 * opened with another embedder is refused until `understudy memory reembed`.
 */
import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../agent/core/errors.js';
import type { Embedder } from './embedders/embedder.js';
import { readMeta, writeMeta } from './memory-meta.js';

export interface EmbedderIdentity {
  name: string;
  dimension: number;
}

const META_EMBEDDER_NAME = 'embedder.name';
const META_EMBEDDER_DIMENSION = 'embedder.dimension';

export function identityOf(embedder: Embedder): EmbedderIdentity {
  return { name: embedder.name, dimension: embedder.dimension };
}

/** The stored identity; a new memory takes the embedder it is first opened with (recorded unless read-only). */
export function readStoredEmbedder(db: Database, embedder: Embedder, readonly: boolean): EmbedderIdentity {
  const name = readMeta(db, META_EMBEDDER_NAME);
  const dimension = Number(readMeta(db, META_EMBEDDER_DIMENSION));
  if (name && Number.isInteger(dimension) && dimension > 0) return { name, dimension };
  const fresh = identityOf(embedder);
  if (readonly) return fresh;
  db.transaction(() => writeEmbedderIdentity(db, fresh)).immediate();
  return fresh;
}

/** Call inside the transaction that writes the vectors it names. */
export function writeEmbedderIdentity(db: Database, identity: EmbedderIdentity): void {
  writeMeta(db, META_EMBEDDER_NAME, identity.name);
  writeMeta(db, META_EMBEDDER_DIMENSION, String(identity.dimension));
}

export function sameEmbedder(stored: EmbedderIdentity, embedder: Embedder): boolean {
  return stored.name === embedder.name && stored.dimension === embedder.dimension;
}

export function embedderMismatchError(path: string, stored: EmbedderIdentity, embedder: Embedder): UserFacingError {
  return new UserFacingError(
    `the memory ${path} holds vectors from embedder ${stored.name} (${stored.dimension} dimensions), ` +
      `but ${embedder.name} (${embedder.dimension} dimensions) is configured; run \`understudy memory reembed\``,
    '`understudy memory reembed` recomputes the vectors with the configured embedder; or configure the old one again',
  );
}
