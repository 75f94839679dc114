/**
 * Re-embedding as the app and `understudy memory reembed` do it, on a real
 * SQLite file whose vectors came from another embedder (a 64-dimension hashed
 * one; the configured one has 384): progress done/total batch by batch, and a
 * stop that leaves the memory exactly as it was.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../agent/config/load-config.js';
import { HashedNgramEmbedder } from '../../memory/embedders/hashed-ngram-embedder.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { sampleTrajectory, tempFolder } from '../../test/integration/memory-kit.js';
import type { PushedEvents } from '../api/contract.js';
import { MemoryService } from './memory-service.js';

const COUNT = 300;
let folder: { path: string; remove: () => void };
beforeAll(() => {
  folder = tempFolder('understudy-reembed-');
});
afterAll(() => folder.remove());

/** A memory of COUNT trajectories embedded by a 64-dimension embedder. */
function oldMemory(name: string): string {
  const path = join(folder.path, name);
  const store = ExemplarStore.open(path, { embedder: new HashedNgramEmbedder({ dimension: 64 }) });
  try {
    store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, task: `Enter "name ${index}" and press Submit` }) })));
  } finally {
    store.close();
  }
  return path;
}

function storedEmbedder(path: string): { name: string; dimension: number } {
  const store = ExemplarStore.open(path, { readonly: true, allowEmbedderMismatch: true });
  try {
    return store.stats().embedder;
  } finally {
    store.close();
  }
}

function service(path: string, events: PushedEvents['memory.progress'][]): MemoryService {
  const { config } = loadConfig({ env: { XDG_CONFIG_HOME: join(folder.path, 'no-config') } });
  return new MemoryService(() => ({ memoryPath: path, config }), { emit: (name, payload) => name === 'memory.progress' && events.push(payload as PushedEvents['memory.progress']) });
}

describe('memory re-embed', () => {
  it('reports done/total batch by batch and leaves vectors the configured embedder can search', async () => {
    const path = oldMemory('whole.db');
    const events: PushedEvents['memory.progress'][] = [];
    const memory = service(path, events);
    try {
      expect(() => memory.search({ query: 'enter name 7', k: 3, mode: 'hybrid', filters: {} })).toThrow(/64 dimensions.*reembed/);
      const result = await memory.reembed({ batchSize: 50 });
      expect(result).toEqual({ count: COUNT, before: { name: 'hashed-ngram-v1', dimension: 64 }, after: { name: 'hashed-ngram-v1', dimension: 384 } });
      expect(events.map((event) => event.done)).toEqual([0, 50, 100, 150, 200, 250, 300]);
      expect(events.every((event) => event.total === COUNT && event.operation === 'reembed')).toBe(true);
      expect(memory.search({ query: 'Enter "name 7" and press Submit', k: 1, mode: 'vector', filters: {} }).hits).toHaveLength(1);
    } finally {
      memory.close();
    }
    expect(storedEmbedder(path)).toEqual({ name: 'hashed-ngram-v1', dimension: 384 });
  });

  it('stops when asked, between batches, and the memory keeps its old vectors', async () => {
    const path = oldMemory('stopped.db');
    const events: PushedEvents['memory.progress'][] = [];
    const memory = service(path, events);
    try {
      const going = memory.reembed({ batchSize: 50, onProgress: (done) => done === 100 && memory.stop('reembed') });
      await expect(going).rejects.toThrow(/re-embed stopped \(stopped by the user\): the memory is as it was/);
      expect(events.at(-1)?.done).toBe(100);
      expect(memory.stop('reembed')).toEqual({ stopped: false });
    } finally {
      memory.close();
    }
    expect(storedEmbedder(path)).toEqual({ name: 'hashed-ngram-v1', dimension: 64 });
    const again = ExemplarStore.open(path, { embedder: new HashedNgramEmbedder({ dimension: 64 }) });
    try {
      expect(again.integrityCheck()).toEqual(['ok']);
      expect(again.search({ task: 'Enter "name 7" and press Submit' }, 1, {}, { mode: 'vector' })).toHaveLength(1);
    } finally {
      again.close();
    }
  });

  it('refuses a second re-embed while one is going', async () => {
    const path = oldMemory('twice.db');
    const memory = service(path, []);
    try {
      const first = memory.reembed({ batchSize: 50 });
      await expect(memory.reembed()).rejects.toThrow(/already going on/);
      expect((await first).count).toBe(COUNT);
    } finally {
      memory.close();
    }
  });
});
