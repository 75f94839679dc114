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
import { importJsonl } from '../../memory/jsonl-import.js';
import { openConfiguredMemory } from './configured-memory.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { findTaskSlots, templateOf } from '../mcp/task-slots.js';
import type { ParsedInput, RequestResult } from '../api/contract.js';

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

export class MemoryService {
  private store: ExemplarStore | undefined;
  private storePath: string | undefined;
  private closing = new AbortController();

  constructor(private readonly settings: () => { memoryPath: string; config: UnderstudyConfig }) {}

  /** The open store, or undefined when there is no memory file yet (and `create` is false). */
  private open(create: boolean): ExemplarStore | undefined {
    const { memoryPath, config } = this.settings();
    if (this.store && this.storePath === memoryPath) return this.store;
    this.close();
    if (!create && !existsSync(memoryPath)) return undefined;
    this.store = openConfiguredMemory(memoryPath, config, { allowEmbedderMismatch: true });
    this.storePath = memoryPath;
    return this.store;
  }

  stats(): RequestResult<'memory.stats'> {
    const path = this.settings().memoryPath;
    const store = this.open(false);
    if (!store) return { trajectories: 0, demonstrations: 0, steps: 0, path };
    const stats = store.stats();
    return { trajectories: stats.trajectories, demonstrations: stats.bySource.demonstration ?? 0, steps: stats.steps, path };
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
    const hits = store.search({ task: input.query }, input.k, retrievalFilters(input.filters), { mode: input.mode });
    return { hits: hits.map((hit) => ({ id: hit.id, task: hit.task, score: hit.score, why: hit.why })) };
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

  /** Recompute every vector with the configured embedder. */
  reembed(onProgress?: (done: number, total: number) => void): RequestResult<'memory.reembed'> {
    const store = this.open(false);
    if (!store) throw new UserFacingError(`no memory at ${this.settings().memoryPath} to re-embed`);
    const before = store.stats().embedder;
    const count = store.reembed({ onProgress });
    return { count, before: { name: before.name, dimension: before.dimension }, after: { name: store.embedder.name, dimension: store.embedder.dimension } };
  }

  /** One stored trajectory (for a replay). */
  get(id: string): Trajectory {
    const trajectory = this.open(false)?.get(id);
    if (!trajectory) throw new UserFacingError(`no trajectory with id ${id}`, 'it may have been deleted; reload the list');
    return trajectory;
  }

  screenshot(sha256: string): Uint8Array | undefined {
    return this.open(false)?.screenshot(sha256);
  }

  delete(id: string): RequestResult<'memory.delete'> {
    const store = this.open(false);
    if (!store?.delete(id)) throw new UserFacingError(`no trajectory with id ${id}`);
    return { deleted: id };
  }

  /** Streams the file in batches; closing the service stops it between batches, keeping what was written. */
  async import(path: string): Promise<RequestResult<'memory.import'>> {
    const file = resolve(path);
    if (!existsSync(file)) throw new UserFacingError(`no file at ${file}`, 'give the path of a JSONL file exported by Understudy');
    const result = await importJsonl(this.open(true)!, file, { signal: this.closing.signal });
    return { count: result.imported, path: file };
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
