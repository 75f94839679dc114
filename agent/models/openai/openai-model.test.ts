import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../core/errors.js';
import { OpenAiModel } from './openai-model.js';

/** A real HTTP server speaking the chat-completions protocol; `reply` decides each response. */
async function fakeEndpoint(reply: (body: Record<string, unknown>, request: IncomingMessage, response: ServerResponse, count: number) => void) {
  const requests: { body: Record<string, unknown>; authorization?: string }[] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      requests.push({ body, authorization: request.headers.authorization });
      reply(body, request, response, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, requests };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

function completion(text: string) {
  return JSON.stringify({
    id: 'c1',
    object: 'chat.completion',
    created: 0,
    model: 'gpt-4o-mini-2024',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
    usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 },
  });
}

describe('OpenAiModel', () => {
  it('sends messages and options, asks for JSON when a schema is given, and reports usage', async () => {
    const endpoint = await fakeEndpoint((_body, _request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(completion('{"actions": []}'));
    });
    const model = new OpenAiModel({ model: 'gpt-4o-mini', apiKey: 'sk-test-key-123456', baseUrl: endpoint.baseUrl, remote: true });
    expect(model.contextTokens).toBe(128_000);
    expect(model.remote).toBe(true);
    const result = await model.chat(
      [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hi' },
      ],
      { maxTokens: 50, temperature: 0, jsonSchema: { type: 'object' } },
    );
    expect(result).toMatchObject({ text: '{"actions": []}', usage: { promptTokens: 42, completionTokens: 7 }, model: 'gpt-4o-mini-2024' });
    expect(endpoint.requests[0]!.body).toMatchObject({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'hi' },
      ],
      max_tokens: 50,
      temperature: 0,
      response_format: { type: 'json_object' },
    });
    expect(endpoint.requests[0]!.authorization).toBe('Bearer sk-test-key-123456');
  });

  it('retries 429 and 500 with backoff, then succeeds', async () => {
    const endpoint = await fakeEndpoint((_body, _request, response, count) => {
      if (count === 1) response.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '10' }).end('{"error":{"message":"slow down"}}');
      else if (count === 2) response.writeHead(500, { 'content-type': 'application/json', 'retry-after-ms': '10' }).end('{"error":{"message":"oops"}}');
      else response.writeHead(200, { 'content-type': 'application/json' }).end(completion('third time'));
    });
    const model = new OpenAiModel({ model: 'm', apiKey: 'k-123456789', baseUrl: endpoint.baseUrl, maxRetries: 3 });
    expect((await model.chat([{ role: 'user', content: 'x' }])).text).toBe('third time');
    expect(endpoint.requests).toHaveLength(3);
  });

  it('gives up after maxRetries with a short error that never shows the key', async () => {
    const endpoint = await fakeEndpoint((_body, _request, response) => {
      response.writeHead(503, { 'content-type': 'application/json', 'retry-after-ms': '5' }).end('{"error":{"message":"overloaded"}}');
    });
    const model = new OpenAiModel({ model: 'm', apiKey: 'sk-very-secret-value', baseUrl: endpoint.baseUrl, maxRetries: 1 });
    const error = (await model.chat([{ role: 'user', content: 'x' }]).then(
      () => new Error('expected a failure'),
      (caught: unknown) => caught as Error,
    ));
    expect(error.message).toMatch(/^openai:m: HTTP 503/);
    expect(JSON.stringify({ message: error.message, stack: error.stack })).not.toContain('sk-very-secret-value');
    expect(endpoint.requests).toHaveLength(2);
  });

  it('turns a 401 into a user-facing error and honours AbortSignal', async () => {
    const endpoint = await fakeEndpoint((body, _request, response) => {
      if ((body.messages as { content: string }[])[0]!.content === 'auth') {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"message":"bad key"}}');
      }
      // otherwise never answer: the caller must abort
    });
    const model = new OpenAiModel({ model: 'm', apiKey: 'wrong-key-1', baseUrl: endpoint.baseUrl, maxRetries: 0 });
    await expect(model.chat([{ role: 'user', content: 'auth' }])).rejects.toBeInstanceOf(UserFacingError);
    const controller = new AbortController();
    const pending = model.chat([{ role: 'user', content: 'hang' }], { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow(/aborted/);
  });

  it('needs a key for remote endpoints but not for localhost', () => {
    expect(() => new OpenAiModel({ model: 'gpt-4o-mini' })).toThrow(/no API key/);
    const local = new OpenAiModel({ model: 'llama3.1', baseUrl: 'http://localhost:11434/v1' });
    expect(local.remote).toBe(false);
    expect(local.contextTokens).toBe(8192);
  });
});
