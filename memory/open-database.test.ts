/**
 * Issue 16 defect 8: a memory file that is refused (written by a newer
 * schema, corrupt pages) is judged read-only and left byte for byte as it
 * was; a 0-byte file gets a clear message.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrajectory, tempFolder } from '../test/integration/memory-kit.js';
import { ExemplarStore } from './exemplar-store.js';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A memory with some trajectories, checkpointed into a rollback-journal file (as another tool or a copy might leave it). */
function memoryInRollbackMode(path: string): void {
  const store = ExemplarStore.open(path);
  for (let index = 0; index < 30; index++) store.add(sampleTrajectory({ task: `Task number ${index} with some words to fill pages ${'x'.repeat(400)}` }));
  store.close();
  const raw = new DatabaseConstructor(path);
  raw.pragma('journal_mode = DELETE');
  raw.close();
}

describe('opening a refused memory', () => {
  it('leaves a memory of a newer schema untouched', () => {
    const path = join(folder.path, 'future.db');
    memoryInRollbackMode(path);
    const raw = new DatabaseConstructor(path);
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (99, ?, 0)').run('from-the-future');
    raw.close();
    const before = digest(path);
    expect(() => ExemplarStore.open(path)).toThrow(/schema version 99, newer than this Understudy understands .*left untouched/);
    expect(digest(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('leaves a memory with corrupt pages untouched, saying what to do', () => {
    const path = join(folder.path, 'corrupt.db');
    memoryInRollbackMode(path);
    const pageSize = (new DatabaseConstructor(path, { readonly: true }).pragma('page_size', { simple: true }) as number);
    const size = readFileSync(path).length;
    expect(size).toBeGreaterThan(pageSize * 6);
    // Scribble over the middle of a later page, leaving the header and the schema page readable.
    const descriptor = openSync(path, 'r+');
    writeSync(descriptor, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * 4);
    closeSync(descriptor);
    const before = digest(path);
    expect(() => ExemplarStore.open(path)).toThrow(/(corrupt|malformed).*left untouched/);
    expect(digest(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('says a 0-byte file is empty when it is only to be read', () => {
    const path = join(folder.path, 'empty.db');
    writeFileSync(path, '');
    expect(() => ExemplarStore.open(path, { readonly: true })).toThrow(/is an empty file \(0 bytes\), not a memory yet/);
  });
});
