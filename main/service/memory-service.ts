/**
 * The memory requests: stats, paged listing with filters, search, one
 * trajectory with its steps, screenshots, delete, import and export. One store
 * stays open for reads (so a page of 10,000 trajectories lists in
 * milliseconds); it is reopened when the memory file changes. The three long
 * operations, re-embed, import and export, report progress
 * (`memory.progress`), can be stopped (`memory.stop`, the app's stop-all,
 * closing), and a stop leaves the memory — and the export's target file — as
 * it was; one runs at a time.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RetrievalFilters } from '../../agent/core/exemplar-memory.js';
import { UserFacingError } from '../../agent/core/errors.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import type { ExemplarStore } from '../../memory/exemplar-store.js';
import { exportJsonl, type ExportProgress } from '../../memory/jsonl-export.js';
import { importJsonl, type ImportOptions, type ImportProgress } from '../../memory/jsonl-import.js';
import { openConfiguredMemory } from './configured-memory.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { findTaskSlots, templateOf } from '../mcp/task-slots.js';
import type { ParsedInput, RequestResult } from '../api/contract.js';
import type { Emit } from './run-service.js';

/** Other demonstrations of the same task looked at for its slots (the newest). */
const MAX_SIBLINGS = 12;
/** An import reports every line it checks (an export every batch); the app needs a few updates a second, not thousands. */
const PROGRESS_EVERY_MS = 100;

type LongOperation = ParsedInput<'memory.stop'>['operation'];
const OPERATION_NAME: Record<LongOperation, string> = { reembed: 'a re-embed', import: 'an import', export: 'an export' };

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
  /** The re-embed, import or export going on, if any (one at a time: they would race for the same rows). */
  private going: { operation: LongOperation; controller: AbortController } | undefined;

  constructor(
    private readonly settings: () => { memoryPath: string; config: UnderstudyConfig },
    private readonly options: MemoryServiceOptions = {},
  ) {}

  /** The open store, or undefined when there is no memory file yet (and `create` is false). */
  private open(create: boolean): ExemplarStore | undefined {
    const { memoryPath, config } = this.settings();
    if (this.store && this.storePath === memoryPath) return this.store;
    // Another memory file now (the settings changed): what goes on in the old one ends.
    if (this.store) this.close();
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
    const { signal, stopped, end } = this.begin('reembed', options.signal);
    try {
      const store = this.open(false);
      if (!store) throw new UserFacingError(`no memory at ${this.settings().memoryPath} to re-embed`);
      const before = store.stats().embedder;
      const count = await store.reembedAsync({
        signal,
        batchSize: options.batchSize,
        onProgress: (done, total) => {
          options.onProgress?.(done, total);
          this.options.emit?.('memory.progress', { operation: 'reembed', done, total });
        },
      });
      return { count, before: { name: before.name, dimension: before.dimension }, after: { name: store.embedder.name, dimension: store.embedder.dimension } };
    } catch (error) {
      const why = stopped();
      if (why) throw new UserFacingError(`re-embed stopped (${why}): the memory is as it was`);
      throw error;
    } finally {
      end();
    }
  }

  /** Cancel a long operation still going. */
  stop(operation: LongOperation): RequestResult<'memory.stop'> {
    if (this.going?.operation !== operation) return { stopped: false };
    this.going.controller.abort('stopped by the user');
    return { stopped: true };
  }

  /** Cancel whichever long operation is going (the app's stop-all); how many were. */
  stopAll(): number {
    return this.going ? Number(this.stop(this.going.operation).stopped) : 0;
  }

  /** Claim the one long-operation slot; the signal joins the caller's, stop() and close(). */
  private begin(operation: LongOperation, callerSignal?: AbortSignal): { signal: AbortSignal; stopped: () => string | undefined; end: () => void } {
    if (this.going) throw new UserFacingError(`${OPERATION_NAME[this.going.operation]} is already going on`, 'wait for it to finish, or stop it first');
    const controller = new AbortController();
    const going = { operation, controller };
    this.going = going;
    const signals = [controller.signal, this.closing.signal, callerSignal].filter((signal): signal is AbortSignal => signal !== undefined);
    return {
      signal: AbortSignal.any(signals),
      stopped: () => {
        const reason: unknown = signals.find((signal) => signal.aborted)?.reason;
        return reason === undefined ? undefined : String(reason instanceof Error ? reason.message : reason);
      },
      end: () => {
        if (this.going === going) this.going = undefined;
      },
    };
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
    // The import holds the memory's write lock until it ends; a delete would wait for it, then fail.
    if (this.going?.operation === 'import') throw new UserFacingError('an import is being written into the memory', 'delete once it has ended, or stop it');
    const store = this.open(false);
    if (!store?.delete(id)) throw new UserFacingError(`no trajectory with id ${id}`, 'list the memory to see the ids it holds');
    return { deleted: id };
  }

  /**
   * Import a JSONL file in one transaction on a connection of its own (the app
   * keeps reading the memory as it was meanwhile), with progress
   * (`memory.progress` and `onProgress`). `stop('import')`, `stopAll()`,
   * `close()` or `signal` cancel it, and then nothing was imported.
   */
  async import(path: string, options: Omit<ImportOptions, 'signal'> & { signal?: AbortSignal } = {}): Promise<RequestResult<'memory.import'>> {
    const file = resolve(path);
    if (!existsSync(file)) throw new UserFacingError(`no file at ${file}`, 'give the path of a JSONL file exported by Understudy');
    const { signal, end } = this.begin('import', options.signal);
    let writer: ExemplarStore | undefined;
    try {
      const { memoryPath, config } = this.settings();
      writer = openConfiguredMemory(memoryPath, config);
      let lastEmit: { at: number; phase: ImportProgress['phase'] } | undefined;
      const result = await importJsonl(writer, file, {
        ...options,
        signal,
        onProgress: (progress) => {
          options.onProgress?.(progress);
          const now = Date.now();
          const last = progress.bytesRead >= progress.totalBytes;
          if (!last && lastEmit?.phase === progress.phase && now - lastEmit.at < PROGRESS_EVERY_MS) return;
          lastEmit = { at: now, phase: progress.phase };
          this.options.emit?.('memory.progress', { operation: 'import', phase: progress.phase, done: progress.bytesRead, total: progress.totalBytes, trajectories: progress.imported });
        },
      });
      return { count: result.imported, path: file, ...(result.skipped ? { skipped: result.skipped } : {}) };
    } finally {
      writer?.close();
      writer?.embedder.close?.();
      end();
    }
  }

  /**
   * Write every trajectory to a JSONL file, streamed batch by batch through a
   * temporary file beside it, with progress (`memory.progress` and
   * `onProgress`). `stop('export')`, `stopAll()`, `close()` or `signal` cancel
   * it, and then the target path is as it was (no file, or the old one).
   */
  async export(
    input: ParsedInput<'memory.export'>,
    options: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void; batchSize?: number } = {},
  ): Promise<RequestResult<'memory.export'>> {
    const { signal, end } = this.begin('export', options.signal);
    try {
      const store = this.open(false);
      if (!store) throw new UserFacingError(`no memory at ${this.settings().memoryPath} to export`);
      let lastEmit = 0;
      return await exportJsonl(store, resolve(input.path), {
        screenshots: input.screenshots,
        signal,
        batchSize: options.batchSize,
        onProgress: (progress) => {
          options.onProgress?.(progress);
          const now = Date.now();
          if (progress.written < progress.total && now - lastEmit < PROGRESS_EVERY_MS) return;
          lastEmit = now;
          this.options.emit?.('memory.progress', { operation: 'export', done: progress.written, total: progress.total });
        },
      });
    } finally {
      end();
    }
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
