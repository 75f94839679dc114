/**
 * Issue 16 defect 3: what goes to an embeddings endpoint passes the same
 * redaction gate as prompts, and that endpoint gets only its own key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostileOpenAiServer } from '../../test/kits/hostile-openai-server.js';
import { loadConfig } from '../../agent/config/load-config.js';
import { createEmbedder } from '../../memory/embedders/create-embedder.js';
import type { OpenAICompatibleEmbedder } from '../../memory/embedders/openai-compatible-embedder.js';
import { configuredEmbedderSettings as settingsOf } from './configured-memory.js';

/** The embedder settings of a configuration resolved from this environment, as a front door resolves it. */
const configuredEmbedderSettings = (source: { env: NodeJS.ProcessEnv }) => settingsOf(loadConfig({ env: source.env }).config);

const listed = 'correct-horse-battery-staple';
const apiKeyInText = 'sk-proj-abcdefghijklmnopqrstuvwx';
const chatKey = 'sk-chat-key-must-stay-with-chat-0001';

let server: HostileOpenAiServer;
beforeAll(async () => {
  server = await HostileOpenAiServer.start();
});
afterAll(() => server.close());

const env = (extra: Record<string, string>) => ({ XDG_CONFIG_HOME: '/nonexistent-understudy-config-home', OPENAI_API_KEY: chatKey, ...extra });

describe('embeddings endpoint', () => {
  it('is the built-in embedder unless the configuration names an endpoint', () => {
    const noConfig = { XDG_CONFIG_HOME: '/nonexistent-understudy-config-home' };
    expect(createEmbedder(configuredEmbedderSettings({ env: noConfig })).name).toBe('hashed-ngram-v1');
    const configured = createEmbedder(
      configuredEmbedderSettings({ env: { ...noConfig, UNDERSTUDY_EMBEDDINGS_URL: 'http://localhost:11434/v1', UNDERSTUDY_EMBEDDINGS_MODEL: 'nomic-embed-text', UNDERSTUDY_EMBEDDINGS_DIMENSION: '768' } }),
    );
    expect(configured.name).toBe('openai-compatible:nomic-embed-text');
    expect(configured.dimension).toBe(768);
    configured.close?.();
  });

  it('never gets OPENAI_API_KEY when it is another host; gets it only on the chat host itself', () => {
    const other = configuredEmbedderSettings({ env: env({ UNDERSTUDY_EMBEDDINGS_URL: 'https://embeddings.example/v1', UNDERSTUDY_EMBEDDINGS_MODEL: 'e' }) });
    expect(other.apiKey).toBeUndefined();
    const own = configuredEmbedderSettings({
      env: env({ UNDERSTUDY_EMBEDDINGS_URL: 'https://embeddings.example/v1', UNDERSTUDY_EMBEDDINGS_MODEL: 'e', UNDERSTUDY_EMBEDDINGS_API_KEY: 'emb-key' }),
    });
    expect(own.apiKey).toBe('emb-key');
    const sameHost = configuredEmbedderSettings({ env: env({ UNDERSTUDY_EMBEDDINGS_URL: 'https://api.openai.com/v1', UNDERSTUDY_EMBEDDINGS_MODEL: 'e' }) });
    expect(sameHost.apiKey).toBe(chatKey);
  });

  it('sends a local endpoint (with redactLocalModels) the texts with listed and detected secrets replaced, and no foreign key', async () => {
    const settings = configuredEmbedderSettings({
      env: env({ UNDERSTUDY_EMBEDDINGS_URL: server.baseUrl, UNDERSTUDY_EMBEDDINGS_MODEL: 'e', UNDERSTUDY_EMBEDDINGS_DIMENSION: '16' }),
    });
    const embedder = createEmbedder({ ...settings, secrets: [listed], redactLocal: true }) as OpenAICompatibleEmbedder;
    try {
      const vectors = await embedder.embed([`Log in with ${listed}`, `use key ${apiKeyInText} on the page`]);
      expect(vectors).toHaveLength(2);
    } finally {
      embedder.close();
    }
    const [request] = server.requestsTo('/v1/embeddings');
    expect(request!.body).not.toContain(listed);
    expect(request!.body).not.toContain(apiKeyInText);
    expect(request!.body).toContain('<secret:user-listed>');
    expect(request!.headers.authorization ?? '').not.toContain(chatKey);
  });

  it('redacts for every remote endpoint by default', async () => {
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    // Nothing may leave this machine in a test: capture what would be sent to the remote host.
    globalThis.fetch = (async (_url: string, init: { body: string }) => {
      sent.push(init.body);
      return new Response(JSON.stringify({ data: [{ index: 0, embedding: [1, 0, 0] }] }), { status: 200 });
    }) as unknown as typeof fetch;
    try {
      const embedder = createEmbedder({ url: 'https://embeddings.example/v1', model: 'e', dimension: 3, secrets: [listed] });
      await embedder.embed?.([`type ${listed} and ${apiKeyInText}`]);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain(listed);
    expect(sent[0]).not.toContain(apiKeyInText);
  });
});
