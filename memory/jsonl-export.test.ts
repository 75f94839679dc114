/**
 * The streamed export on a real SQLite memory: progress batch by batch up to
 * the whole memory, and a stop part-way (or a failure) that leaves nothing at
 * the target path — no half file, no temporary file beside it — and an older
 * file at that path exactly as it was.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../agent/core/errors.js';
import { sampleTrajectory, tempFolder } from '../test/integration/memory-kit.js';
import { ExemplarStore } from './exemplar-store.js';
import { exportJsonl, type ExportProgress } from './jsonl-export.js';

const COUNT = 1_000;
let folder: { path: string; remove: () => void };
let store: ExemplarStore;

beforeAll(() => {
  folder = tempFolder('understudy-export-');
  store = ExemplarStore.open(join(folder.path, 'memory.db'));
  store.addMany(Array.from({ length: COUNT }, (_, index) => ({ trajectory: sampleTrajectory({ id: `t-${index}`, task: `Enter "name ${index}"`, createdAt: 1_000 + index }) })));
});
afterAll(() => {
  store.close();
  folder.remove();
});

/** A folder of the test's own, and what it holds. */
function freshFolder(name: string): { path: string; files: () => string[] } {
  const path = join(folder.path, name);
  mkdirSync(path);
  return { path, files: () => readdirSync(path).sort() };
}

async function failure(work: Promise<unknown>): Promise<UserFacingError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected the export to fail');
}

describe('streamed JSONL export', () => {
  it('writes every trajectory oldest first, reporting progress batch by batch up to the total', async () => {
    const out = freshFolder('whole');
    const target = join(out.path, 'memory.jsonl');
    const progress: ExportProgress[] = [];
    expect(await exportJsonl(store, target, { batchSize: 128, onProgress: (step) => progress.push(step) })).toEqual({ count: COUNT, path: target });
    const ids = readFileSync(target, 'utf8').trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, index) => `t-${index}`));
    expect(progress[0]).toEqual({ written: 0, total: COUNT });
    expect(progress.at(-1)).toEqual({ written: COUNT, total: COUNT });
    expect(progress.map((step) => step.written)).toEqual([0, ...Array.from({ length: Math.ceil(COUNT / 128) }, (_, batch) => Math.min(COUNT, (batch + 1) * 128))]);
    // Only the export is left in the folder: the temporary file was renamed onto it.
    expect(out.files()).toEqual(['memory.jsonl']);
  });

  it('stopped part-way leaves no file at the target and no temporary file beside it', async () => {
    const out = freshFolder('stopped');
    const target = join(out.path, 'memory.jsonl');
    const controller = new AbortController();
    let sawPartial = false;
    const error = await failure(
      exportJsonl(store, target, {
        batchSize: 100,
        signal: controller.signal,
        onProgress: ({ written }) => {
          if (written !== 300) return;
          // Part-way, the lines written so far sit in a temporary file, not at the target.
          const partial = out.files();
          sawPartial = partial.length === 1 && partial[0]!.startsWith('.memory.jsonl.partial-') && readFileSync(join(out.path, partial[0]!), 'utf8').split('\n').length > 1;
          controller.abort('stopped by the user');
        },
      }),
    );
    expect(sawPartial).toBe(true);
    expect(error.message).toBe(`export stopped (stopped by the user) after 300 of ${COUNT} trajectories: no file was written at ${target}`);
    expect(out.files()).toEqual([]);
  });

  it('stopped part-way leaves an existing file at the target exactly as it was', async () => {
    const out = freshFolder('kept');
    const target = join(out.path, 'memory.jsonl');
    const before = `${JSON.stringify(sampleTrajectory({ id: 'older-export' }))}\n`;
    writeFileSync(target, before);
    const controller = new AbortController();
    const error = await failure(
      exportJsonl(store, target, { batchSize: 100, signal: controller.signal, onProgress: ({ written }) => written === 500 && controller.abort('Ctrl+C') }),
    );
    expect(error.message).toBe(`export stopped (Ctrl+C) after 500 of ${COUNT} trajectories: ${target} is as it was`);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(out.files()).toEqual(['memory.jsonl']);
  });

  it('a signal already stopped writes nothing', async () => {
    const out = freshFolder('early');
    const error = await failure(exportJsonl(store, join(out.path, 'memory.jsonl'), { signal: AbortSignal.abort('the app is closing') }));
    expect(error.message).toMatch(/^export stopped \(the app is closing\) after 0 of 0 trajectories/);
    expect(out.files()).toEqual([]);
  });

  it('refuses a folder, or a folder it cannot write to, by name', async () => {
    const out = freshFolder('refused');
    expect((await failure(exportJsonl(store, out.path))).message).toBe(`${out.path} is a folder`);
    const missing = join(out.path, 'no-such-folder', 'memory.jsonl');
    expect((await failure(exportJsonl(store, missing))).message).toMatch(new RegExp(`^cannot write beside ${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ENOENT`));
    expect(out.files()).toEqual([]);
  });
});
