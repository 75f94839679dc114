/**
 * The memory's `memory_meta` table: small facts kept beside the rows (the
 * embedder the vectors came from, the bit layout of the binary index, the
 * index generation other processes watch).
 */
import type { Database } from 'better-sqlite3';

/** Bumped whenever vectors are removed or replaced, so other processes reload their binary index. */
export const META_INDEX_GENERATION = 'index.generation';

export function readMeta(db: Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM memory_meta WHERE key = ?').pluck().get(key) as string | undefined;
}

export function writeMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO memory_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Call inside the write transaction that removes or replaces vectors. */
export function bumpIndexGeneration(db: Database): void {
  db.prepare(
    `INSERT INTO memory_meta (key, value) VALUES (?, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  ).run(META_INDEX_GENERATION);
}
