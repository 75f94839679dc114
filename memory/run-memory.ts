/**
 * The memory as a run sees it. The store's own `retrieve`/`add` wait for the
 * embedder synchronously (a worker thread does the HTTP request while this
 * thread sleeps), and a sleeping thread runs no Ctrl+C handler and no
 * wall-time timer. Here every embeddings wait is awaited instead, under the
 * run's stop signal, so Ctrl+C and the budget cut a slow or silent endpoint.
 *
 * Saving is different: it happens after a stop, so it cannot use the run's
 * signal. It waits at most `saveTimeoutMs` once the run was stopped, and if
 * the endpoint still does not answer, the trajectory goes to a JSONL file
 * beside the memory (the import format) rather than being lost.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../agent/core/exemplar-memory.js';
import type { Trajectory } from '../agent/core/trajectory.js';
import type { ExemplarStore } from './exemplar-store.js';
import { trajectoryLine } from './jsonl.js';

export interface RunMemoryOptions {
  /** The run's stop: Ctrl+C, the app's Stop, the wall-time budget. */
  signal?: AbortSignal;
  /** Longest wait for the embedder when saving after a stop; default 10 000 ms. */
  saveTimeoutMs?: number;
}

export interface RunMemory extends ExemplarMemory {
  retrieve(query: RetrievalQuery, k: number, filters?: RetrievalFilters): Promise<RetrievedExemplar[]>;
  /** Keep a finished run; never loses it (see the file comment). */
  add(trajectory: Trajectory, screenshots?: Map<string, Uint8Array>): Promise<void>;
}

export function runMemory(store: ExemplarStore, options: RunMemoryOptions = {}): RunMemory {
  return {
    retrieve: (query, k, filters) => store.retrieveAsync(query, k, filters, { signal: options.signal }),
    get: (id) => store.get(id),
    async add(trajectory, screenshots) {
      const stopped = options.signal?.aborted ?? false;
      const signal = stopped ? AbortSignal.timeout(options.saveTimeoutMs ?? 10_000) : undefined;
      try {
        await store.addManyAsync([{ trajectory, screenshots }], { signal });
      } catch (error) {
        // Anything but a silent or failing embedder (a bad trajectory, a full disk) is reported as it is.
        if (!isEmbedderFailure(error) && !signal?.aborted) throw error;
        const file = join(dirname(store.path), `understudy-unsaved-${trajectory.id.replace(/[^\w.-]/g, '_')}.jsonl`);
        writeFileSync(file, trajectoryLine(trajectory, screenshots));
        throw new UserFacingError(
          `the embedder did not answer (${errorMessage(error)}); the trajectory is kept in ${file}`,
          `import it with \`understudy memory import ${file}\` once the embeddings endpoint answers`,
        );
      }
    },
  };
}

/**
 * The stop for a run's memory requests: any of the run's own stop signals,
 * the wall-time budget (a little after the Runner's, which ends the run and
 * reports it), or the run's end (a request the Runner stopped waiting for is
 * cancelled, so nothing keeps the process alive).
 */
export class RunMemoryStop {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly signal = this.controller.signal;

  follow(signals: readonly AbortSignal[], maxWallTimeMs: number): void {
    for (const signal of signals) {
      if (signal.aborted) this.stop(signal.reason);
      else signal.addEventListener('abort', () => this.stop(signal.reason), { once: true });
    }
    this.timer = setTimeout(() => this.stop(`wall-time budget of ${maxWallTimeMs} ms exceeded`), Math.min(maxWallTimeMs + 500, 2 ** 31 - 1));
    this.timer.unref?.();
  }

  stop(reason: unknown): void {
    if (!this.signal.aborted) this.controller.abort(reason);
  }

  end(): void {
    clearTimeout(this.timer);
    this.stop('the run ended');
  }
}

function isEmbedderFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'EmbeddingEndpointError';
}
