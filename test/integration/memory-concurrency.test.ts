/**
 * A writer process and a reader process on one memory at once: neither gets
 * SQLITE_BUSY (WAL + busy_timeout), and the reader never sees part of a
 * trajectory.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { finished, spawnTypeScript, tempFolder } from './memory-kit.js';

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('memory shared by a writer and a reader process', () => {
  it('lets both run and shows only whole trajectories', async () => {
    const path = join(folder.path, 'memory.db');
    ExemplarStore.open(path).close(); // create it, so both start on an existing memory
    // The writer waits halfway until the reader has seen the half-written
    // memory, so the two overlap however slowly either process starts.
    const halfway = join(folder.path, 'halfway');
    const writer = spawnTypeScript(join(import.meta.dirname, 'memory-writer-process.ts'), [path, 'w', '150', halfway]);
    const reader = spawnTypeScript(join(import.meta.dirname, 'memory-reader-process.ts'), [path, '150', halfway]);
    const [written, read] = await Promise.all([finished(writer), finished(reader)]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('done');
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    const report = JSON.parse(read.stdout.trim().split('\n').at(-1)!) as { rounds: number; checked: number; partial: number; maxSeen: number; sawPart: boolean; errors: string[] };
    expect(report.errors).toEqual([]);
    expect(report.partial).toBe(0);
    // The reader really overlapped the writer: it saw the memory half written, then whole.
    expect(report.sawPart).toBe(true);
    expect(report.rounds).toBeGreaterThan(1);
    expect(report.checked).toBeGreaterThan(0);
    expect(report.maxSeen).toBe(150);

    const store = ExemplarStore.open(path);
    try {
      expect(store.count()).toBe(150);
      expect(store.integrityCheck()).toEqual(['ok']);
    } finally {
      store.close();
    }
  });
});
