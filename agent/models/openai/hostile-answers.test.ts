/**
 * Issue 16 defects 4 and 7 at the model: hostile or broken answers from a real
 * local HTTP server end in a clear error naming the endpoint, within the
 * model timeout, without piling listeners on the run's signal.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostileOpenAiServer, type HostileReply } from '../../../test/kits/hostile-openai-server.js';
import { OpenAiModel } from './openai-model.js';

let server: HostileOpenAiServer;
let reply: HostileReply = { kind: 'completion', text: 'ok' };
beforeAll(async () => {
  server = await HostileOpenAiServer.start({ chat: () => reply });
});
afterAll(() => server.close());

const model = (extra: Partial<ConstructorParameters<typeof OpenAiModel>[0]> = {}) =>
  new OpenAiModel({ model: 'm', baseUrl: server.baseUrl, timeoutMs: 800, maxRetries: 0, ...extra });

async function failure(answer: HostileReply, extra = {}): Promise<Error> {
  reply = answer;
  return model(extra)
    .chat([{ role: 'user', content: 'x' }])
    .then(
      () => new Error('expected a failure'),
      (error: unknown) => error as Error,
    );
}

describe('OpenAiModel against hostile answers', () => {
  const malformed: [string, HostileReply, RegExp][] = [
    ['empty body', { kind: 'raw', body: '' }, /is empty/],
    ['invalid JSON', { kind: 'raw', body: '{"choices": [' }, /is not JSON/],
    ['HTML', { kind: 'raw', body: '<html>502</html>', contentType: 'text/html' }, /is not JSON/],
    ['no choices', { kind: 'json', body: { id: 1 } }, /has no "choices" list/],
    ['choices not a list', { kind: 'json', body: { choices: 'yes' } }, /has no "choices" list \(it has a string\)/],
    ['empty choices', { kind: 'json', body: { choices: [] } }, /empty "choices" list/],
    ['no message', { kind: 'json', body: { choices: [{}] } }, /has no choices\[0\]\.message/],
    ['content a number', { kind: 'json', body: { choices: [{ message: { content: 42 } }] } }, /content that is a number, not text/],
    ['content an object', { kind: 'json', body: { choices: [{ message: { content: { text: 1 } } }] } }, /content that is an object/],
    ['a list', { kind: 'json', body: [1, 2] }, /is a list of 2, not a completion object/],
    ['deep nesting', { kind: 'raw', body: `${'['.repeat(200_000)}${']'.repeat(200_000)}` }, /(nested too deeply|not a completion object)/],
    ['1 MB answer', { kind: 'completion', text: 'x'.repeat(1_000_000) }, /1,000,000 characters long/],
    ['30 MB body', { kind: 'huge', bytes: 30 * 1024 * 1024 }, /larger than 8 MB/],
    ['refusal', { kind: 'json', body: { choices: [{ message: { content: null, refusal: 'I will not' } }] } }, /is a refusal: I will not/],
  ];
  for (const [name, answer, expected] of malformed) {
    it(`says what is wrong and where: ${name}`, async () => {
      // A long deadline: these answers must fail for what they are, not for being slow on a busy machine.
      const error = await failure(answer, { timeoutMs: 30_000 });
      expect(error.message).toMatch(expected);
      expect(error.message).toContain(`${server.baseUrl}/chat/completions`);
      expect(error.message).not.toMatch(/Cannot read properties|is not a function|Maximum call stack/);
    });
  }

  it('obeys the timeout when the body stalls after the headers, and when no headers come', async () => {
    for (const answer of [{ kind: 'stall-body', partial: '{"choices": [' }, { kind: 'hang' }] as HostileReply[]) {
      const started = Date.now();
      const error = await failure(answer);
      expect(error.message).toMatch(/gave no complete answer within 800 ms/);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });

  it('says the connection was cut, and fails at once when nothing listens', async () => {
    expect((await failure({ kind: 'cut-body', partial: '{"choi' })).message).toMatch(/cut the connection|connection to .* failed/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const dead = new OpenAiModel({ model: 'm', baseUrl: `http://127.0.0.1:${port}/v1`, maxRetries: 3 });
    const started = Date.now();
    const error = (await dead.chat([{ role: 'user', content: 'x' }]).then(() => new Error('expected a failure'), (caught: unknown) => caught as Error));
    expect(error.message).toBe(`openai:m: nothing answers at http://127.0.0.1:${port}/v1/chat/completions (ECONNREFUSED)`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('leaves no abort listener behind on the caller signal', async () => {
    reply = { kind: 'completion', text: 'fine' };
    const controller = new AbortController();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const chat = model();
      for (let call = 0; call < 15; call++) await chat.chat([{ role: 'user', content: 'x' }], { signal: controller.signal });
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
