/**
 * Opening the memory's SQLite file safely: a file that is not a SQLite
 * database, is someone else's SQLite database, was written by a newer
 * Understudy, or has corrupt pages is refused with an error naming it —
 * judged on a read-only connection first, so a refused file is never written
 * to (no WAL switch, no change counter bump). A new file is marked with
 * Understudy's application id, put in WAL mode (readers and one writer at
 * once) and migrated.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import { UserFacingError } from '../agent/core/errors.js';
import { currentSchemaVersion, loadMigrations, migrate } from './migrations.js';
import { assertOrdinaryPath } from './special-paths.js';

/** PRAGMA application_id of an Understudy memory: "UDST". */
export const MEMORY_APPLICATION_ID = 0x55445354;

/** How long a statement waits for another process's write lock, ms. */
export const BUSY_TIMEOUT_MS = 5_000;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Files up to this size get a page-by-page check before they are opened for writing, bytes. */
const QUICK_CHECK_LIMIT_BYTES = 256 * 1024 * 1024;

export interface OpenDatabaseOptions {
  readonly?: boolean;
}

export function openMemoryDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  const file = resolve(path);
  assertOrdinaryPath(file, 'the memory');
  const exists = existsSync(file);
  if (options.readonly && !exists) {
    throw new UserFacingError(`no memory at ${file}`, 'record a demonstration or import trajectories first, or pass --memory <path>');
  }
  if (exists) {
    const size = assertLooksLikeSqlite(file);
    if (size === 0 && options.readonly) {
      throw new UserFacingError(`${file} is an empty file (0 bytes), not a memory yet`, 'record or run something with this --memory to create it, or pass the path of an existing memory');
    }
    // Judge the file before any write: a refused file must stay byte for byte as it was.
    if (size > 0 && !options.readonly) inspectReadOnly(file, size);
  } else mkdirSync(dirname(file), { recursive: true });

  let db: Database;
  try {
    db = new DatabaseConstructor(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw describeOpenError(file, error);
  }
  try {
    sqliteVec.load(db);
    assertIsMemory(db, file);
    if (!options.readonly) {
      if (db.pragma('application_id', { simple: true }) !== MEMORY_APPLICATION_ID) {
        db.pragma(`application_id = ${MEMORY_APPLICATION_ID}`);
      }
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL loses nothing on a process crash (only on power loss) and saves an fsync per write.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    // Retrieval reads a few hundred scattered vectors; a larger page cache and
    // memory-mapped reads keep that from going to the file system each time.
    db.pragma('cache_size = -32768');
    db.pragma('mmap_size = 268435456');
    const known = loadMigrations();
    const version = currentSchemaVersion(db);
    if (version > known.length) {
      throw new UserFacingError(
        `the memory ${file} has schema version ${version}, newer than this Understudy understands (${known.length})`,
        'upgrade Understudy to open it',
      );
    }
    if (options.readonly) {
      if (version < known.length) {
        throw new UserFacingError(`the memory ${file} needs an upgrade (schema ${version} → ${known.length}) and was opened read-only`, 'open it once without read-only');
      }
    } else {
      migrate(db, known);
    }
    return db;
  } catch (error) {
    db.close();
    throw describeOpenError(file, error);
  }
}

/**
 * Everything that refuses a file, on a read-only connection: someone else's
 * database, a newer schema, corrupt pages (checked page by page for files up
 * to QUICK_CHECK_LIMIT_BYTES).
 */
function inspectReadOnly(file: string, size: number): void {
  let db: Database;
  try {
    db = new DatabaseConstructor(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw describeOpenError(file, error);
  }
  try {
    assertIsMemory(db, file);
    const known = loadMigrations().length;
    const version = currentSchemaVersion(db);
    if (version > known) {
      throw new UserFacingError(
        `the memory ${file} has schema version ${version}, newer than this Understudy understands (${known}); left untouched`,
        'upgrade Understudy to open it',
      );
    }
    if (size <= QUICK_CHECK_LIMIT_BYTES) {
      const problems = db.pragma('quick_check(3)', { simple: false }) as { quick_check: string }[];
      const found = problems.map((row) => row.quick_check).filter((line) => line !== 'ok');
      if (found.length > 0) {
        throw new UserFacingError(
          `${file} has corrupt pages (${found.join('; ').replace(/\s+/g, ' ').slice(0, 300)}); left untouched`,
          'restore it from a backup or an `understudy memory export` file, or pass --memory <path> to a new file',
        );
      }
    }
  } catch (error) {
    throw describeOpenError(file, error);
  } finally {
    db.close();
  }
}

/** Check the 16-byte header without opening the file for writing; returns the file's size in bytes. */
function assertLooksLikeSqlite(file: string): number {
  const stats = statSync(file);
  if (stats.isDirectory()) throw new UserFacingError(`${file} is a directory, not a memory file`, 'pass the path of a .db file');
  if (stats.size === 0) return 0; // an empty file is a new database to SQLite
  const header = Buffer.alloc(16);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, header, 0, 16, 0);
  } finally {
    closeSync(descriptor);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new UserFacingError(
      `${file} is not an Understudy memory: it is not a SQLite database (left untouched)`,
      'pass --memory <path> to a memory file, or a new path to create one',
    );
  }
  return stats.size;
}

/** A SQLite file is ours if it carries our application id, or is empty (new). */
function assertIsMemory(db: Database, file: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === MEMORY_APPLICATION_ID) return;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 5")
    .all() as { name: string }[];
  if (applicationId === 0 && tables.length === 0) return;
  throw new UserFacingError(
    `${file} is a SQLite database but not an Understudy memory (${
      tables.length ? `it holds tables ${tables.map((table) => table.name).join(', ')}` : `application id ${applicationId}`
    }); left untouched`,
    'pass --memory <path> to a memory file, or a new path to create one',
  );
}

function describeOpenError(file: string, error: unknown): Error {
  if (error instanceof UserFacingError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(message)) {
    return new UserFacingError(
      `${file} is corrupt or not an Understudy memory (${message}); left untouched`,
      'restore it from a backup or an `understudy memory export` file, or pass --memory <path> to a new file',
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new UserFacingError(`cannot open the memory ${file}: ${message}`, 'check the path and its permissions');
  }
  return error instanceof Error ? error : new Error(message);
}
