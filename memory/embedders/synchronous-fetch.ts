/**
 * An HTTP request that blocks the calling thread until it answers. The
 * memory's store is synchronous (better-sqlite3, one transaction per write),
 * so an embedder that calls a server needs a synchronous path: a worker
 * thread does the `fetch`, the caller sleeps on a shared flag with
 * `Atomics.wait` and then takes the answer off a message port.
 *
 * The server must live in another thread or process: this thread cannot
 * answer its own request while it sleeps. Nor can a Ctrl+C handler run: a
 * run, an import and anything else a stop must cut use the asynchronous
 * `Embedder.embed` with a signal; this path serves the short synchronous
 * commands (search, delete, reembed), where Ctrl+C ends the process.
 */
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

export interface SynchronousResponse {
  status: number;
  body: string;
}

/** The most an embeddings answer may be: 64 texts × 3,072 numbers is about 4 MB. */
export const MAX_EMBEDDINGS_BODY_BYTES = 32 * 1024 * 1024;

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ url, init, flag, port, timeoutMs, limit }) => {
  let answer;
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const reader = response.body ? response.body.getReader() : undefined;
    const chunks = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new Error('the answer is larger than ' + limit / 1024 / 1024 + ' MB; an embeddings answer is far smaller');
      }
      chunks.push(value);
    }
    answer = { status: response.status, body: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    answer = { error: String((error && error.cause && error.cause.message) || (error && error.message) || error) };
  }
  port.postMessage(answer);
  port.close();
  const view = new Int32Array(flag);
  Atomics.store(view, 0, 1);
  Atomics.notify(view, 0);
});
`;

export class SynchronousFetcher {
  private worker: Worker | undefined;

  /** POST-style request; throws on network failure or timeout (ms). */
  request(url: string, init: { method: string; headers: Record<string, string>; body?: string }, timeoutMs: number): SynchronousResponse {
    const worker = this.ensureWorker();
    const flag = new SharedArrayBuffer(4);
    const view = new Int32Array(flag);
    const { port1, port2 } = new MessageChannel();
    try {
      worker.postMessage({ url, init, flag, port: port2, timeoutMs, limit: MAX_EMBEDDINGS_BODY_BYTES }, [port2]);
      // A little longer than the fetch's own timeout, so the worker reports it first.
      const waited = Atomics.wait(view, 0, 0, timeoutMs + 2_000);
      if (waited === 'timed-out') throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
      const message = receiveMessageOnPort(port1)?.message as { status?: number; body?: string; error?: string } | undefined;
      if (!message) throw new Error(`no answer from ${url}`);
      if (message.error !== undefined) throw new Error(`request to ${url} failed: ${message.error}`);
      return { status: message.status ?? 0, body: message.body ?? '' };
    } finally {
      port1.close();
    }
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true });
      // An idle worker must not keep the process alive.
      this.worker.unref();
    }
    return this.worker;
  }
}
