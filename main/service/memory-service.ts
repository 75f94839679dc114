/**
 * The memory requests: stats, paged listing with filters, search, one
 * trajectory with its steps, screenshots, delete, import and export. One store
 * stays open for reads (so a page of 10,000 trajectories lists in
 * milliseconds); it is reopened when the memory file changes.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RetrievalFilters } from '../../agent/core/exemplar-memory.js';
import { UserFacingError } from '../../agent/core/errors.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import type { ExemplarStore } from '../../memory/exemplar-store.js';
import { exportJsonl } from '../../memory/jsonl.js';
import { importJsonl, type ImportOptions } from '../../memory/jsonl-import.js';
import { openConfiguredMemory } from './configured-memory.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { findTaskSlots, templateOf } from '../mcp/task-slots.js';
import type { ParsedInput, RequestResult } from '../api/contract.js';
import type { Emit } from './run-service.js';

/** Other demonstrations of the same task looked at for its slots (the newest). */
const MAX_SIBLINGS = 12;

type Filters = ParsedInput<'memory.list'>['filters'];

export function retrievalFilters(filters: Filters): RetrievalFilters {
  const out: RetrievalFilters = {};
  if (filters.environment) out.environment = filters.environment;
  if (filters.source) out.source = filters.source;
  if (filters.app) out.appKey = filters.app;
  if (filters.successOnly) out.successOnly = true;
  return out;
}

export function pngDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

export interface MemoryServiceOptions {
  /** Open the file read-only (the CLI's look-only commands): nothing is written, not even index upkeep. */
  readonly?: boolean;
  /** Where `memory.progress` goes (the app's event hub). */
  emit?: Emit;
}

export class MemoryService {
  private store: ExemplarStore | undefined;
  private storePath: string | undefined;
  private closing = new AbortController();
  /** The re-embed going on, if any (one at a time: they would race for the same rows). */
  private reembedding: AbortController | undefined;

  constructor(
    private readonly settings: () => { memoryPath: string; config: UnderstudyConfig },
    private readonly options: MemoryServiceOptions = {},
  ) {}

  /** The open store, or undefined when there is no memory file yet (and `create` is false). */
  private open(create: boolean): ExemplarStore | undefined {
    const { memoryPath, config } = this.settings();
    if (this.store && this.storePath === memoryPath) return this.store;
    this.close();
    if (!create && !existsSync(memoryPath)) return undefined;
    this.store = openConfiguredMemory(memoryPath, config, { allowEmbedderMismatch: true, readonly: this.options.readonly === true && !create });
    this.storePath = memoryPath;
    return this.store;
  }

  stats(): RequestResult<'memory.stats'> {
    const path = this.settings().memoryPath;
    const store = this.open(false);
    if (!store) return { trajectories: 0, demonstrations: 0, steps: 0, path };
    const stats = store.stats();
    return { trajectories: stats.trajectories, demonstrations: stats.bySource.demonstration ?? 0, steps: stats.steps, path, details: stats };
  }

  list(input: ParsedInput<'memory.list'>): RequestResult<'memory.list'> {
    const store = this.open(false);
    if (!store) return { items: [], offset: input.offset, hasMore: false, total: 0 };
    const items = store.list({ limit: input.limit + 1, offset: input.offset, filters: retrievalFilters(input.filters) });
    return { items: items.slice(0, input.limit), offset: input.offset, hasMore: items.length > input.limit, total: store.count() };
  }

  search(input: ParsedInput<'memory.search'>): RequestResult<'memory.search'> {
    const store = this.open(false);
    if (!store) return { hits: [] };
    return { hits: store.search({ task: input.query, state: input.state }, input.k, retrievalFilters(input.filters), { mode: input.mode }) };
  }

  show(id: string): RequestResult<'memory.show'> {
    const store = this.open(false);
    const trajectory = store?.get(id);
    if (!store || !trajectory) throw new UserFacingError(`no trajectory with id ${id}`, 'it may have been deleted; reload the list');
    if (trajectory.source !== 'demonstration') return { trajectory };
    // What it generalises over: its own typed values, and where other demonstrations of the same task differ.
    const others = store
      .list({ limit: MAX_SIBLINGS, filters: { source: 'demonstration', appKey: trajectory.appKey } })
      .filter((item) => item.id !== id)
      .map((item) => store.get(item.id))
      .filter((other): other is Trajectory => other !== undefined);
    const slots = findTaskSlots(trajectory, others);
    return { trajectory, slots: slots.map(({ name, type, example, start, end }) => ({ name, type, example, start, end })), template: templateOf(trajectory.task, slots) };
  }

  /**
   * Recompute every vector with the configured embedder, batch by batch, with
   * progress (`memory.progress` and `onProgress`). `stop('reembed')`, `close()`
   * or `signal` cancel it before the one final write, leaving the memory as it was.
   */
  async reembed(options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; batchSize?: number } = {}): Promise<RequestResult<'memory.reembed'>> {
    if (this.reembedding) throw new UserFacingError('a re-embed is already going on', 'wait for it to finish, or stop it first');
    const store = this.open(false);
    if (!store) throw new UserFacingError(`no memory at ${this.settings().memoryPath} to re-embed`);
    const controller = new AbortController();
    this.reembedding = controller;
    const signals = [controller.signal, this.closing.signal, options.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    try {
      const before = store.stats().embedder;
      const count = await store.reembedAsync({
        signal: AbortSignal.any(signals),
        batchSize: options.batchSize,
        onProgress: (done, total) => {
          options.onProgress?.(done, total);
          this.options.emit?.('memory.progress', { operation: 'reembed', done, total });
        },
      });
      return { count, before: { name: before.name, dimension: before.dimension }, after: { name: store.embedder.name, dimension: store.embedder.dimension } };
    } catch (error) {
      const stopped = signals.find((signal) => signal.aborted);
      if (stopped) throw new UserFacingError(`re-embed stopped (${String(stopped.reason)}): the memory is as it was`);
      throw error;
    } finally {
      this.reembedding = undefined;
    }
  }

  /** Cancel a long operation still going. */
  stop(operation: ParsedInput<'memory.stop'>['operation']): RequestResult<'memory.stop'> {
    if (operation !== 'reembed' || !this.reembedding) return { stopped: false };
    this.reembedding.abort('stopped by the user');
    return { stopped: true };
  }

  /** One stored trajectory, or undefined (no memory file, or no such id). */
  find(id: string): Trajectory | undefined {
    return this.open(false)?.get(id);
  }

  /** One stored trajectory (for a replay). */
  get(id: string): Trajectory {
    const trajectory = this.find(id);
    if (!trajectory) throw new UserFacingError(`no trajectory with id ${id}`, 'it may have been deleted; reload the list');
    return trajectory;
  }

  screenshot(sha256: string): Uint8Array | undefined {
    return this.open(false)?.screenshot(sha256);
  }

  delete(id: string): RequestResult<'memory.delete'> {
    const store = this.open(false);
    if (!store?.delete(id)) throw new UserFacingError(`no trajectory with id ${id}`, 'list the memory to see the ids it holds');
    return { deleted: id };
  }

  /** Streams the file in batches; closing the service (or `signal`) stops it between batches, keeping what was written. */
  async import(path: string, options: Omit<ImportOptions, 'signal'> & { signal?: AbortSignal } = {}): Promise<RequestResult<'memory.import'>> {
    const file = resolve(path);
    if (!existsSync(file)) throw new UserFacingError(`no file at ${file}`, 'give the path of a JSONL file exported by Understudy');
    const store = this.open(true)!;
    // After opening: opening another file closes the old store, which aborts `closing`.
    const signal = options.signal ? AbortSignal.any([options.signal, this.closing.signal]) : this.closing.signal;
    const result = await importJsonl(store, file, { ...options, signal });
    return { count: result.imported, path: file, ...(result.skipped ? { skipped: result.skipped } : {}) };
  }

  export(input: ParsedInput<'memory.export'>): RequestResult<'memory.export'> {
    const store = this.open(false);
    if (!store) throw new UserFacingError(`no memory at ${this.settings().memoryPath} to export`);
    const file = resolve(input.path);
    return { count: exportJsonl(store, file, { screenshots: input.screenshots }), path: file };
  }

  close(): void {
    this.closing.abort('the app is closing');
    this.closing = new AbortController();
    if (!this.store) return;
    const store = this.store;
    this.store = undefined;
    this.storePath = undefined;
    store.close();
    store.embedder.close?.();
  }
}
