/**
 * Numbered schema migrations: `migrations/NNN-name.sql`, applied in order,
 * each in its own transaction with its number recorded in `schema_version`.
 * A database whose schema is newer than this build's migrations is refused
 * rather than misread.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The folder of .sql files. Next to this module (from source, and in dist/
 * where `npm run build` copies them); falls back to the source folder.
 */
export function migrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'migrations'), join(here, '..', '..', 'memory', 'migrations')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`the memory's migration files are missing (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadMigrations(folder = migrationsFolder()): Migration[] {
  const migrations = readdirSync(folder)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: readFileSync(join(folder, file), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`memory migrations must be numbered 001, 002, … without gaps; found ${migration.version} at position ${index + 1}`);
    }
  });
  return migrations;
}

/** The highest applied migration, 0 for a database without a schema_version table. */
export function currentSchemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/** Apply what is missing; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = loadMigrations()): number[] {
  // Up to date: take no write lock (another connection may hold it for a long import's transaction).
  if (currentSchemaVersion(db) >= migrations.length) return [];
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT',
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    // Re-read inside the immediate transaction: another process may have just migrated.
    db.transaction(() => {
      if (currentSchemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}
