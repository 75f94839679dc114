import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleTrajectory, spawnTypeScript, tempFolder } from '../../test/integration/memory-kit.js';
import { ExemplarStore } from '../exemplar-store.js';
import { dot } from './embedder.js';
import { createEmbedder } from './create-embedder.js';
import { HashedNgramEmbedder } from './hashed-ngram-embedder.js';
import { EmbeddingEndpointError, OpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

let server: ChildProcess;
let baseURL: string;

beforeAll(async () => {
  server = spawnTypeScript(join(import.meta.dirname, '..', '..', 'test', 'integration', 'memory-embeddings-server.ts'), []);
  const port = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    server.once('exit', (code) => reject(new Error(`embeddings server exited with ${code}`)));
  });
  baseURL = `http://127.0.0.1:${port}/v1`;
});
afterAll(() => {
  server.kill('SIGTERM');
});

const embedder = (model = 'hashed-64', extra: Partial<ConstructorParameters<typeof OpenAICompatibleEmbedder>[0]> = {}) =>
  new OpenAICompatibleEmbedder({ baseURL, model, apiKey: 'test-key', timeoutMs: 10_000, ...extra });

describe('OpenAICompatibleEmbedder', () => {
  it('embeds through the endpoint, synchronously and asynchronously, in input order, as unit vectors', async () => {
    const remote = embedder('hashed-64', { batchSize: 2 });
    try {
      const texts = ['Click the OK button', 'Select Norway from the list', 'Click the Cancel button'];
      const sync = remote.embedSync(texts);
      const async = await remote.embed(texts);
      expect(sync.map((vector) => Array.from(vector))).toEqual(async.map((vector) => Array.from(vector)));
      expect(remote.dimension).toBe(64);
      expect(dot(sync[0]!, sync[0]!)).toBeCloseTo(1, 5);
      // Same vectors as the embedder behind the server (order kept despite the reversed answer).
      const local = new HashedNgramEmbedder({ dimension: 64 }).embedSync(texts);
      sync.forEach((vector, index) => expect(dot(vector, local[index]!)).toBeCloseTo(1, 4));
      expect(remote.name).toBe('openai-compatible:hashed-64');
    } finally {
      remote.close();
    }
  });

  it('measures its dimension when not told', () => {
    const remote = embedder();
    try {
      expect(remote.dimension).toBe(64);
    } finally {
      remote.close();
    }
  });

  it('reports server errors, wrong answers and unreachable servers clearly', async () => {
    const broken = embedder('broken');
    const short = embedder('short');
    const unauthorised = embedder('hashed-64', { apiKey: 'wrong' });
    const nowhere = new OpenAICompatibleEmbedder({ baseURL: 'http://127.0.0.1:9/v1', model: 'm', dimension: 8, timeoutMs: 2_000 });
    try {
      expect(() => broken.embedSync(['x'])).toThrow(/answered HTTP 500: \{"error":"model crashed"\}/);
      await expect(broken.embed(['x'])).rejects.toThrow(EmbeddingEndpointError);
      expect(() => short.embedSync(['a', 'b'])).toThrow(/returned 1 embeddings for 2 texts/);
      expect(() => unauthorised.embedSync(['x'])).toThrow(/HTTP 401/);
      expect(() => nowhere.embedSync(['x'])).toThrow(/127\.0\.0\.1:9.*failed/);
    } finally {
      for (const item of [broken, short, unauthorised, nowhere]) item.close();
    }
  });

  it('backs a memory: add and retrieve through the endpoint', () => {
    const folder = tempFolder();
    const remote = embedder();
    const store = ExemplarStore.open(join(folder.path, 'memory.db'), { embedder: remote });
    try {
      store.add(sampleTrajectory({ id: 'list', task: 'Select Norway from the list and click Submit' }));
      store.add(sampleTrajectory({ id: 'login', task: 'Log in as ana with the password x' }));
      expect(store.stats().embedder).toEqual({ name: 'openai-compatible:hashed-64', dimension: 64 });
      expect(store.search({ task: 'Select Peru from the list' }, 1, {}, { mode: 'vector' })[0]?.id).toBe('list');
    } finally {
      store.close();
      remote.close();
      folder.remove();
    }
  });
});

describe('createEmbedder', () => {
  it('uses the built-in embedder unless an endpoint is given', () => {
    expect(createEmbedder({}).name).toBe('hashed-ngram-v1');
    const configured = createEmbedder({ url: 'http://localhost:11434/v1', model: 'nomic-embed-text', dimension: 768 });
    expect(configured.name).toBe('openai-compatible:nomic-embed-text');
    expect(configured.dimension).toBe(768);
    configured.close?.();
  });

  it('refuses half a configuration and bad values', () => {
    expect(() => createEmbedder({ url: 'http://x/v1' })).toThrow(/both a URL and a model/);
    expect(() => createEmbedder({ url: 'http://x/v1', model: 'm', dimension: -1 })).toThrow(/positive integer/);
    expect(() => new OpenAICompatibleEmbedder({ baseURL: 'not a url', model: 'm' })).toThrow(/not a URL/);
  });
});
