/** Reading what `understudy memory stats` reports of a memory: counts, sizes, the embedder (the shape: memory-stats-shape.ts). */
import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { EmbedderIdentity } from './embedder-identity.js';
import type { MemoryStats } from './memory-stats-shape.js';
import { currentSchemaVersion } from './migrations.js';

export type { MemoryStats } from './memory-stats-shape.js';

/** Read in one transaction, so the figures agree with each other. */
export function memoryStats(db: Database, path: string, embedder: EmbedderIdentity): MemoryStats {
  return db.transaction(() => {
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number | null) ?? 0;
    const groups = (column: string) =>
      Object.fromEntries(
        (db.prepare(`SELECT ${column} AS key, count(*) AS n FROM trajectories GROUP BY ${column} ORDER BY ${column}`).all() as {
          key: string;
          n: number;
        }[]).map((row) => [row.key, row.n]),
      );
    return {
      path,
      schemaVersion: currentSchemaVersion(db),
      trajectories: count('SELECT count(*) FROM trajectories'),
      steps: count('SELECT count(*) FROM steps'),
      successful: count('SELECT count(*) FROM trajectories WHERE success = 1'),
      bySource: groups('source'),
      byEnvironment: groups('environment'),
      screenshots: count('SELECT count(*) FROM screenshots'),
      screenshotBytes: count('SELECT sum(length(png)) FROM screenshots'),
      embedder: { ...embedder },
      fileBytes: fileSize(path) + fileSize(`${path}-wal`),
    };
  })();
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
