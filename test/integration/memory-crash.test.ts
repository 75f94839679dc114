/**
 * A writer killed with SIGKILL in the middle of its work leaves a memory that
 * opens, passes integrity_check, and holds every trajectory whose add had
 * returned — each whole — and nothing half-written.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { spawnTypeScript, tempFolder } from './memory-kit.js';

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('memory after a SIGKILL', () => {
  it('keeps every committed trajectory whole and nothing else', async () => {
    const path = join(folder.path, 'memory.db');
    const child = spawnTypeScript(join(import.meta.dirname, 'memory-writer-process.ts'), [path, 'crash', 'forever']);
    const committed = new Map<string, number>();
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          const match = /^committed (\S+) (\d+)$/.exec(line);
          if (match) committed.set(match[1]!, Number(match[2]));
          // Kill while it is busy writing, after a fair number of commits.
          if (committed.size === 60) child.kill('SIGKILL');
        }
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended without being killed (${signal})`))));
    });
    expect(committed.size).toBeGreaterThanOrEqual(60);

    const store = ExemplarStore.open(path);
    try {
      expect(store.integrityCheck()).toEqual(['ok']);
      const ids = store.ids();
      // Every add that returned is there; at most the one in flight when killed beyond that.
      for (const id of committed.keys()) expect(ids).toContain(id);
      expect(ids.length - committed.size).toBeLessThanOrEqual(1);
      for (const id of ids) {
        const trajectory = store.get(id)!;
        expect(trajectory.steps).toHaveLength(trajectory.metadata.stepCount as number);
        if (committed.has(id)) expect(trajectory.steps).toHaveLength(committed.get(id)!);
      }
      // Its indexes agree with its rows: every stored trajectory is findable.
      const last = [...committed.keys()].at(-1)!;
      const number = last.split('-')[1];
      expect(store.search({ task: `Task number ${number} for crash: fill the form` }, 1)[0]?.id).toBe(last);
      expect(store.stats().trajectories).toBe(ids.length);
      // And it still takes writes.
      store.add((await import('./memory-kit.js')).sampleTrajectory({ id: 'after-crash' }));
      expect(store.has('after-crash')).toBe(true);
    } finally {
      store.close();
    }
  });
});
