/**
 * Files that are not a memory are refused with an error naming the file,
 * and are left byte-for-byte as they were.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../agent/core/errors.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory, tempFolder } from './memory-kit.js';

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function expectRefused(path: string, pattern: RegExp): void {
  const before = digest(path);
  let error: unknown;
  try {
    ExemplarStore.open(path).close();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as Error).message).toContain(path);
  expect((error as Error).message).toMatch(pattern);
  expect(digest(path)).toBe(before);
}

describe('opening something that is not a memory', () => {
  it('refuses a file that is not SQLite at all', () => {
    const path = join(folder.path, 'notes.txt');
    writeFileSync(path, 'shopping list: eggs, milk\n'.repeat(100));
    expectRefused(path, /not a SQLite database/);
  });

  it('refuses another program’s SQLite database', () => {
    const path = join(folder.path, 'other.db');
    const other = new DatabaseConstructor(path);
    other.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')");
    other.close();
    expectRefused(path, /SQLite database but not an Understudy memory.*customers/);
  });

  it('refuses a memory whose pages are damaged', () => {
    const path = join(folder.path, 'memory.db');
    const store = ExemplarStore.open(path);
    for (let index = 0; index < 40; index++) store.add(sampleTrajectory({ id: `t${index}`, steps: 5 }));
    store.checkpoint();
    store.close();
    const bytes = readFileSync(path);
    // Keep the 100-byte header, scribble over everything after the first page.
    for (let offset = 4096; offset < bytes.length; offset++) bytes[offset] = (offset * 7919) & 0xff;
    writeFileSync(path, bytes);
    expectRefused(path, /corrupt or not an Understudy memory/);
  });

  it('refuses a truncated header', () => {
    const path = join(folder.path, 'memory.db');
    writeFileSync(path, Buffer.from('SQLite format'));
    expectRefused(path, /not a SQLite database/);
  });
});
