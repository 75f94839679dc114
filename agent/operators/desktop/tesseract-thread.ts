/**
 * Watching the worker thread tesseract.js starts, so a failed start can be
 * seen and ended.
 *
 * tesseract.js hands out its worker object only once the model has loaded.
 * When the model does not load it never settles that promise, answers the
 * failed `initialize` job twice (reject, then resolve — its own message
 * handler then throws an uncaught TypeError) and never listens for the
 * thread's `error` event (a crash in the thread would be uncaught too). So we
 * catch the thread as it is created (Node publishes every new worker on the
 * `worker_threads` diagnostics channel, from inside the Worker constructor),
 * guard its message handler, and turn a rejected load job, a thread error or
 * an unexpected exit into one rejected promise.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Worker } from 'node:worker_threads';

const WORKER_THREADS_CHANNEL = 'worker_threads';
/** The jobs tesseract.js runs while it starts; a rejection of any of them means the start failed. */
const START_ACTIONS = new Set(['load', 'loadLanguage', 'initialize']);

export interface WatchedStart<T> {
  /** What `create` returned. Never rejects unhandled. */
  creating: Promise<T>;
  /** The thread `create` spawned, if Node published it (it does from Node 16.17/18.7 on). */
  thread: Worker | undefined;
  /** Rejects when a start job fails, the thread errors, or it exits; never resolves. Never rejects unhandled. */
  failed: Promise<never>;
}

/** Run `create`, catching the worker thread it spawns synchronously. */
export function startWatchingThread<T>(create: () => Promise<T>): WatchedStart<T> {
  let thread: Worker | undefined;
  const onWorker = (message: unknown) => {
    thread ??= (message as { worker?: Worker }).worker;
  };
  subscribe(WORKER_THREADS_CHANNEL, onWorker);
  let creating: Promise<T>;
  try {
    creating = create();
  } finally {
    unsubscribe(WORKER_THREADS_CHANNEL, onWorker);
  }
  creating.catch(() => undefined);
  const failed = thread ? watchThread(thread) : new Promise<never>(() => undefined);
  failed.catch(() => undefined);
  return { creating, thread, failed };
}

function watchThread(thread: Worker): Promise<never> {
  return new Promise<never>((_, reject) => {
    // tesseract.js attached its message handler synchronously after spawning: wrap it.
    for (const listener of thread.listeners('message') as ((message: unknown) => void)[]) {
      thread.off('message', listener);
      thread.on('message', (message: unknown) => {
        const { status, action, data } = (message ?? {}) as { status?: string; action?: string; data?: unknown };
        if (status === 'reject' && action && START_ACTIONS.has(action)) reject(new Error(`${action} failed: ${String(data)}`));
        try {
          listener(message);
        } catch {
          // The second answer to a failed job finds no job left to settle; nothing is lost by ignoring it.
        }
      });
    }
    thread.on('error', (error) => reject(error));
    thread.on('exit', (code) => reject(new Error(`the worker thread exited (code ${code})`)));
  });
}

/** Rejection of withTimeout when the time ran out. */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/** `promise`, or a TimeoutError after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
