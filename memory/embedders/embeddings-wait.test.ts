/**
 * Issue 16 defect 4 (embeddings): every wait for an embeddings endpoint can
 * be cut — by the caller's signal when awaited, by a size cap when the body
 * is huge — and the store's awaited paths write nothing when cut. A real
 * local HTTP endpoint (test/kits/hostile-openai-server.ts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleTrajectory, tempFolder } from '../../test/integration/memory-kit.js';
import { HostileOpenAiServer, type HostileReply } from '../../test/kits/hostile-openai-server.js';
import { ExemplarStore } from '../exemplar-store.js';
import { runMemory } from '../run-memory.js';
import { OpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

let server: HostileOpenAiServer;
let reply: HostileReply | undefined;

beforeAll(async () => {
  server = await HostileOpenAiServer.start({ embeddings: () => reply });
});
afterAll(() => server.close());
beforeEach(() => {
  reply = undefined;
});

/** A long request timeout: only the signal can end the wait in time. */
const remote = (dimension?: number) =>
  new OpenAICompatibleEmbedder({ baseURL: server.baseUrl, model: 'hostile-embeddings', timeoutMs: 120_000, ...(dimension ? { dimension } : {}) });

/** Abort once the endpoint has the request (it then never answers). */
function abortWhenAsked(controller: AbortController, reason: string): void {
  const before = server.requestsTo('/v1/embeddings').length;
  const poll = setInterval(() => {
    if (server.requestsTo('/v1/embeddings').length > before) {
      clearInterval(poll);
      controller.abort(reason);
    }
  }, 20);
}

describe('waiting for an embeddings endpoint', () => {
  it('an awaited request is cut by the signal, with a message naming the endpoint and the reason', async () => {
    reply = { kind: 'hang' };
    const embedder = remote(16);
    const controller = new AbortController();
    abortWhenAsked(controller, 'Ctrl+C');
    await expect(embedder.embed(['Click OK'], { signal: controller.signal })).rejects.toThrow(
      new RegExp(`request to ${server.baseUrl}/embeddings stopped: Ctrl\\+C`),
    );
  }, 30_000);

  it('measuring the dimension (prepare) is awaited too, and cut by the signal', async () => {
    reply = { kind: 'hang' };
    const embedder = remote();
    const controller = new AbortController();
    abortWhenAsked(controller, 'the run was stopped');
    await expect(embedder.prepare({ signal: controller.signal })).rejects.toThrow(/stopped: the run was stopped/);
    reply = undefined;
    await embedder.prepare();
    expect(embedder.dimension).toBe(16);
  }, 30_000);

  it('a body past 32 MB is refused as it arrives', async () => {
    reply = { kind: 'huge', bytes: 40 * 1024 * 1024 };
    await expect(remote(16).embed(['Click OK'])).rejects.toThrow(/answered with more than 32 MB/);
  }, 60_000);

  it("the store's awaited retrieve and add are cut by the signal and write nothing", async () => {
    const folder = tempFolder();
    const store = ExemplarStore.open(join(folder.path, 'memory.db'), { embedder: remote(16) });
    try {
      // (The server lives in this thread: only the awaited paths can reach it.)
      await store.addManyAsync([{ trajectory: sampleTrajectory({ id: 'kept' }) }]);
      reply = { kind: 'hang' };
      const retrieving = new AbortController();
      abortWhenAsked(retrieving, 'Ctrl+C');
      await expect(store.retrieveAsync({ task: 'Enter Ada' }, 3, {}, { signal: retrieving.signal })).rejects.toThrow(/stopped: Ctrl\+C/);
      const adding = new AbortController();
      abortWhenAsked(adding, 'wall-time budget of 1000 ms exceeded');
      await expect(store.addManyAsync([{ trajectory: sampleTrajectory({ id: 'cut' }) }], { signal: adding.signal })).rejects.toThrow(/wall-time budget/);
      expect(store.has('cut')).toBe(false);
      expect(store.count()).toBe(1);
    } finally {
      store.close();
      folder.remove();
    }
  }, 30_000);

  it('a run stopped while the endpoint is silent keeps its trajectory in a JSONL file to import later', async () => {
    const folder = tempFolder();
    const store = ExemplarStore.open(join(folder.path, 'memory.db'), { embedder: remote(16) });
    try {
      reply = { kind: 'hang' };
      const stopped = new AbortController();
      stopped.abort('Ctrl+C');
      const memory = runMemory(store, { signal: stopped.signal, saveTimeoutMs: 300 });
      const error = await memory.add(sampleTrajectory({ id: 'late run' })).then(
        () => undefined,
        (caught: Error & { hint?: string }) => caught,
      );
      expect(error?.message).toMatch(/the embedder did not answer .*; the trajectory is kept in .*understudy-unsaved-late_run\.jsonl/);
      expect(error?.hint).toMatch(/understudy memory import .*understudy-unsaved-late_run\.jsonl/);
      reply = undefined;
      const { importJsonl } = await import('../jsonl-import.js');
      expect((await importJsonl(store, join(folder.path, 'understudy-unsaved-late_run.jsonl'))).imported).toBe(1);
      expect(store.has('late run')).toBe(true);
    } finally {
      store.close();
      folder.remove();
    }
  }, 30_000);
});
