/**
 * Issue 16 defect 9: a 100 MB import peaked at 2.4 GB. The import streams:
 * bounded memory, a bounded record size, progress; and (issue 12) it is one
 * transaction: a stop or a failing embedder part-way leaves the memory exactly
 * as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../agent/core/errors.js';
import { finished, sampleTrajectory, spawnTypeScript, tempFolder } from '../test/integration/memory-kit.js';
import { HostileOpenAiServer } from '../test/kits/hostile-openai-server.js';
import { writeLargeExport } from '../test/kits/large-export.js';
import { createEmbedder } from './embedders/create-embedder.js';
import { ExemplarStore } from './exemplar-store.js';
import { importJsonl, type ImportProgress } from './jsonl-import.js';

let folder: { path: string; remove: () => void };
let store: ExemplarStore;

beforeEach(() => {
  folder = tempFolder();
  store = ExemplarStore.open(join(folder.path, 'memory.db'));
});
afterEach(() => {
  store.close();
  folder.remove();
});

async function errorOf(action: () => Promise<unknown>): Promise<UserFacingError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

function writeLines(name: string, count: number, line = (index: number) => JSON.stringify(sampleTrajectory({ id: `t-${index}`, createdAt: index }))): string {
  const file = join(folder.path, name);
  writeFileSync(file, Array.from({ length: count }, (_, index) => `${line(index)}\n`).join(''));
  return file;
}

describe('streaming JSONL import', () => {
  it('refuses a record over the size limit as soon as it passes it, naming its line and trajectory', async () => {
    const big = sampleTrajectory({ id: 'the-huge-one' });
    big.steps[0]!.observation.text = 'x'.repeat(300_000);
    const file = writeLines('big.jsonl', 3, (index) => JSON.stringify(index === 1 ? big : sampleTrajectory({ id: `small-${index}` })));
    const error = await errorOf(() => importJsonl(store, file, { maxRecordBytes: 100_000 }));
    expect(error.message).toMatch(/line 2 \(trajectory the-huge-one\): a record longer than 98 KB/);
    expect(error.message).toMatch(/nothing was imported/);
    expect(error.hint).toMatch(/--max-record-mb/);
    expect(store.count()).toBe(0);
  });

  it('checks the whole file before writing: a bad last line imports nothing, even across many batches', async () => {
    const file = writeLines('bad-end.jsonl', 9, (index) => (index === 8 ? '{"formatVersion": 1, "id": "broken"}' : JSON.stringify(sampleTrajectory({ id: `t-${index}` }))));
    const error = await errorOf(() => importJsonl(store, file, { batchSize: 2 }));
    expect(error.message).toMatch(/line 9: invalid trajectory/);
    expect(store.count()).toBe(0);
  });

  it('reports progress through both passes, up to the whole file', async () => {
    const file = writeLines('progress.jsonl', 12);
    const seen: ImportProgress[] = [];
    const result = await importJsonl(store, file, { batchSize: 5, onProgress: (progress) => seen.push(progress) });
    expect(result).toMatchObject({ imported: 12, skipped: 0 });
    const importing = seen.filter((progress) => progress.phase === 'importing');
    expect(seen.filter((progress) => progress.phase === 'checking').length).toBe(12);
    expect(importing.map((progress) => progress.imported)).toEqual([5, 10, 12]);
    expect(importing.at(-1)!.bytesRead).toBe(importing.at(-1)!.totalBytes);
  });

  it('a stop between batches rolls everything back: the memory is as it was, and the import can simply be run again', async () => {
    store.add(sampleTrajectory({ id: 'already-there' }));
    const file = writeLines('stop.jsonl', 25);
    const controller = new AbortController();
    const error = await errorOf(() =>
      importJsonl(store, file, {
        batchSize: 10,
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === 'importing' && progress.imported === 20) controller.abort('Ctrl+C');
        },
      }),
    );
    expect(error.message).toMatch(/stopped \(Ctrl\+C\); nothing was imported, the memory is as it was/);
    expect(store.count()).toBe(1);
    expect(store.has('t-0')).toBe(false);
    expect(store.integrityCheck()).toEqual(['ok']);
    // The search index held the rolled-back rows for a moment: it must not return them.
    expect(store.search({ task: 'Enter "Ada" into the name field and press Submit' }, 5, {}, { mode: 'vector' }).map((hit) => hit.id)).toEqual(['already-there']);
    expect(await importJsonl(store, file)).toMatchObject({ imported: 25, skipped: 0 });
    expect(store.count()).toBe(26);
    expect(store.search({ task: 'Enter "Ada" into the name field and press Submit' }, 30, {}, { mode: 'vector' })).toHaveLength(26);
  });

  it('--skip-existing leaves the trajectories already in the memory and imports the rest', async () => {
    const file = writeLines('overlap.jsonl', 12);
    store.add(sampleTrajectory({ id: 't-3' }));
    const again = await errorOf(() => importJsonl(store, file));
    expect(again.message).toMatch(/line 4: a trajectory with id t-3 is already in the memory; nothing was imported/);
    expect(again.hint).toMatch(/--skip-existing/);
    expect(await importJsonl(store, file, { skipExisting: true, batchSize: 5 })).toMatchObject({ imported: 11, skipped: 1 });
    expect(store.count()).toBe(12);
  });

  it('deletes and re-embeds on the importing connection are refused while its transaction is open', async () => {
    store.add(sampleTrajectory({ id: 'old' }));
    const file = writeLines('guard.jsonl', 6);
    let refused: unknown;
    await importJsonl(store, file, {
      batchSize: 2,
      onProgress: (progress) => {
        if (progress.phase !== 'importing' || refused) return;
        try {
          store.delete('old');
        } catch (error) {
          refused = error;
        }
      },
    });
    expect(String(refused)).toMatch(/being imported into on this connection/);
    expect(store.count()).toBe(7);
  });

  it('a stop while checking imports nothing and says so', async () => {
    const file = writeLines('early.jsonl', 5);
    const controller = new AbortController();
    controller.abort('Ctrl+C');
    const error = await errorOf(() => importJsonl(store, file, { signal: controller.signal }));
    expect(error.message).toMatch(/stopped while checking the file \(Ctrl\+C\); nothing was imported/);
    expect(store.count()).toBe(0);
  });

  it('an embeddings endpoint that fails part-way imports nothing and says why', async () => {
    const server = await HostileOpenAiServer.start({
      embeddings: (_request, index) => (index >= 2 ? { kind: 'json', status: 500, body: { error: { message: 'out of memory' } } } : undefined),
    });
    const remote = ExemplarStore.open(join(folder.path, 'remote.db'), {
      embedder: createEmbedder({ url: server.baseUrl, model: 'hostile-embeddings', dimension: 16 }),
    });
    try {
      const file = writeLines('remote.jsonl', 12);
      const error = await errorOf(() => importJsonl(remote, file, { batchSize: 4 }));
      expect(error.message).toMatch(/answered HTTP 500.*; nothing was imported, the memory is as it was/);
      expect(remote.count()).toBe(0);
      expect(remote.integrityCheck()).toEqual(['ok']);
    } finally {
      remote.close();
      remote.embedder.close?.();
      await server.close();
    }
  });

  it('a 32 MB file imports in a process whose heap is capped at 48 MB (reading it whole ran out), peak RSS reported', async () => {
    const file = join(folder.path, 'large.jsonl');
    const lines = writeLargeExport(file, { megabytes: 32, trajectoryBytes: 256 * 1024 });
    const child = spawnTypeScript(join(import.meta.dirname, '..', 'test', 'kits', 'import-in-child.ts'), [file, join(folder.path, 'large.db')], {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=48`,
    });
    const { code, stdout, stderr } = await finished(child);
    expect(stderr).not.toMatch(/heap out of memory/);
    expect(code).toBe(0);
    const figures = JSON.parse(stdout.trim().split('\n').at(-1)!) as { imported: number; baselineMb: number; peakMb: number };
    expect(figures.imported).toBe(lines);
    // Growth over the process's own baseline: the file is 32 MB, its strings in memory would be about twice that.
    expect(figures.peakMb - figures.baselineMb).toBeLessThan(160);
    console.log(`import of 32 MB (${lines} trajectories): peak RSS ${figures.peakMb} MB, baseline ${figures.baselineMb} MB`);
  }, 120_000);
});
