/**
 * OcrEngine.create's failure paths on the real tesseract.js worker: a model
 * that never loads, and a load slower than the allowed time. Either way the
 * error names the model folder and the worker thread ends (a thread left
 * behind keeps the process alive). tesseract.js itself throws an uncaught
 * TypeError on a failed load; vitest fails the run if that escapes.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { OcrEngine, englishModelLocation } from './ocr.js';

let threads: Worker[];
const onWorker = (message: unknown) => threads.push((message as { worker: Worker }).worker);
beforeEach(() => {
  threads = [];
  subscribe('worker_threads', onWorker);
});
afterEach(() => unsubscribe('worker_threads', onWorker));

/** Resolves once every thread started during the test has exited. */
async function allThreadsExited(): Promise<void> {
  await Promise.all(threads.map((thread) => (thread.threadId === -1 ? undefined : new Promise((resolve) => thread.once('exit', resolve)))));
}

describe('OcrEngine.create failures', () => {
  it('a model file that does not load: a UserFacingError naming its folder at once, and the thread ends', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'understudy-ocr-model-'));
    try {
      writeFileSync(join(folder, 'eng.traineddata'), 'not a tesseract model');
      const error = await OcrEngine.create({ model: { langPath: folder, gzip: false }, loadTimeoutMs: 60_000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toContain(folder);
      // Told by the failed job, not by the 60 s timeout.
      expect((error as Error).message).toMatch(/failed to load: initialize failed/);
      expect(threads.length).toBeGreaterThan(0);
      await allThreadsExited();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it('a load slower than loadTimeoutMs: a UserFacingError saying so, and the thread ends', async () => {
    const error = await OcrEngine.create({ loadTimeoutMs: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(/did not load within 1 ms/);
    expect((error as Error).message).toContain(englishModelLocation().langPath);
    expect(threads.length).toBeGreaterThan(0);
    await allThreadsExited();
  }, 30_000);
});
