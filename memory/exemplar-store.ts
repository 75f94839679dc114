/**
 * The exemplar memory: whole trajectories in one SQLite file, found again by
 * task + initial state with a hybrid of full-text (FTS5 bm25) and vector
 * similarity (sqlite-vec), fused by reciprocal rank (hybrid-search.ts, which
 * also says how it stays fast).
 *
 * Every write of a trajectory is one transaction; reads of a whole
 * trajectory happen inside one read transaction, so another process never
 * sees half of one.
 */
import { resolve } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../agent/core/errors.js';
import type { EnvironmentKind } from '../agent/core/observation.js';
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../agent/core/exemplar-memory.js';
import { parseTrajectory, type OutcomeStatus, type Trajectory, type TrajectorySource } from '../agent/core/trajectory.js';
import { vectorToBlob, type Embedder } from './embedders/embedder.js';
import { HashedNgramEmbedder } from './embedders/hashed-ngram-embedder.js';
import { embedderMismatchError, readStoredEmbedder, sameEmbedder, writeEmbedderIdentity, type EmbedderIdentity } from './embedder-identity.js';
import { filterClause } from './filter-clause.js';
import { HybridSearch, quantizable, type SearchHit, type SearchOptions } from './hybrid-search.js';
import { embedKeys, embedKeysSync, type KeyText } from './key-vectors.js';
import { bumpIndexGeneration } from './memory-meta.js';
import { memoryStats, type MemoryStats } from './memory-stats.js';
import { openMemoryDatabase } from './open-database.js';
import { summarizeState, trajectoryState } from './retrieval-key.js';
import { TrajectoryRows, type TrajectoryRow } from './trajectory-rows.js';
import { screenshotKey } from '../agent/core/screenshot-key.js';

export { defaultMemoryPath } from './memory-path.js';
export { DEFAULT_FULL_TEXT_BUDGET, type RetrievalMode, type SearchHit, type SearchOptions } from './hybrid-search.js';
export type { MemoryStats } from './memory-stats.js';

export interface ExemplarStoreOptions {
  /** Default: the built-in hashed n-gram embedder. */
  embedder?: Embedder;
  readonly?: boolean;
  /**
   * Open even though the memory's vectors came from another embedder. Only
   * `reembed()` and the operations that need no vectors work until then.
   */
  allowEmbedderMismatch?: boolean;
}

/** One line of a listing. */
export interface TrajectorySummary {
  id: string;
  task: string;
  environment: EnvironmentKind;
  appKey: string;
  source: TrajectorySource;
  status: OutcomeStatus;
  reward?: number;
  /** ms since the epoch. */
  createdAt: number;
  steps: number;
}

export class ExemplarStore implements ExemplarMemory {
  readonly path: string;
  readonly readonly: boolean;
  readonly embedder: Embedder;
  private readonly rows: TrajectoryRows;
  private readonly statements: {
    rowidOf: Statement;
    insertText: Statement;
    insertVector: Statement;
    insertScreenshot: Statement;
    selectScreenshot: Statement;
    insertBits: Statement;
  };
  private readonly searcher: HybridSearch;
  private storedEmbedder: EmbedderIdentity;
  private closed = false;
  /** A write transaction spanning awaits is open (`inOneTransaction`): only its own adds may write. */
  private longTransaction = false;

  private constructor(
    private readonly db: Database,
    path: string,
    options: ExemplarStoreOptions,
  ) {
    this.path = path;
    this.readonly = options.readonly ?? false;
    this.embedder = options.embedder ?? new HashedNgramEmbedder();
    this.rows = new TrajectoryRows(db);
    this.searcher = new HybridSearch(db);
    this.statements = {
      rowidOf: db.prepare('SELECT rowid FROM trajectories WHERE id = ?').pluck(),
      insertText: db.prepare('INSERT INTO trajectory_text (rowid, task, state) VALUES (?, ?, ?)'),
      insertVector: db.prepare('INSERT INTO trajectory_vectors (trajectory_rowid, vector) VALUES (?, ?)'),
      insertScreenshot: db.prepare('INSERT OR IGNORE INTO screenshots (sha256, png, created_at) VALUES (?, ?, ?)'),
      selectScreenshot: db.prepare('SELECT png FROM screenshots WHERE sha256 = ?').pluck(),
      insertBits: db.prepare('INSERT INTO trajectory_bits (trajectory_rowid, bits) VALUES (?, vec_quantize_binary(?))'),
    };
    this.storedEmbedder = readStoredEmbedder(db, this.embedder, this.readonly);
    if (!sameEmbedder(this.storedEmbedder, this.embedder) && !this.readonly && this.count() === 0) {
      // An empty memory has no vectors to disagree with: it simply takes the configured embedder.
      this.reembed();
    }
    if (!sameEmbedder(this.storedEmbedder, this.embedder) && !options.allowEmbedderMismatch) throw this.mismatchError();
    if (!this.readonly) this.searcher.ensureIndexScheme();
  }

  /**
   * Open (creating if needed) the memory at `path`. Refuses a file that is not
   * an Understudy memory, and a memory whose vectors came from another embedder
   * (the error names `understudy memory reembed`).
   */
  static open(path: string, options: ExemplarStoreOptions = {}): ExemplarStore {
    const file = resolve(path);
    const db = openMemoryDatabase(file, { readonly: options.readonly });
    try {
      return new ExemplarStore(db, file, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Add one trajectory (and the screenshots its steps refer to) in one transaction. */
  add(trajectory: Trajectory, screenshots?: Map<string, Uint8Array>): void {
    this.addMany([{ trajectory, screenshots }]);
  }

  /**
   * Add several trajectories in one transaction: all or none. Embedding
   * happens before the transaction, so the write lock is held only for the
   * inserts.
   */
  addMany(items: readonly { trajectory: Trajectory; screenshots?: Map<string, Uint8Array> }[]): void {
    const prepared = this.prepareAdd(items);
    this.commitAdd(prepared, embedKeysSync(this.embedder, prepared.map(({ trajectory, state }) => ({ task: trajectory.task, state }))));
  }

  /**
   * The same, with the embedding awaited rather than waited for: the signal
   * (Ctrl+C, a run's wall-time budget, an import's stop) cuts a slow or
   * silent embeddings endpoint, and then nothing is written.
   */
  async addManyAsync(
    items: readonly { trajectory: Trajectory; screenshots?: Map<string, Uint8Array> }[],
    options: { signal?: AbortSignal } = {},
  ): Promise<void> {
    const prepared = this.prepareAdd(items);
    const vectors = await embedKeys(
      this.embedder,
      prepared.map(({ trajectory, state }) => ({ task: trajectory.task, state })),
      options.signal,
    );
    options.signal?.throwIfAborted();
    this.commitAdd(prepared, vectors);
  }

  private prepareAdd(items: readonly { trajectory: Trajectory; screenshots?: Map<string, Uint8Array> }[]) {
    this.assertWritable();
    this.assertVectorsUsable();
    return items.map(({ trajectory, screenshots }) => {
      const parsed = parseTrajectory(trajectory);
      const shots = new Map<string, Uint8Array>();
      for (const step of parsed.steps) {
        const sha = step.observation.screenshotSha256;
        const png = sha ? screenshots?.get(sha) : undefined;
        if (!sha || !png) continue;
        const actual = screenshotKey(png);
        if (actual !== sha) {
          throw new UserFacingError(`trajectory ${parsed.id}: the screenshot given for ${sha} has sha256 ${actual}`);
        }
        shots.set(sha, png);
      }
      return { trajectory: parsed, state: trajectoryState(parsed), screenshots: shots };
    });
  }

  private commitAdd(
    prepared: readonly { trajectory: Trajectory; state: string; screenshots: Map<string, Uint8Array> }[],
    vectors: readonly Float32Array[],
  ): void {
    const seen = new Set<string>();
    const added: { rowid: number; trajectory: Trajectory; bits: Uint8Array }[] = [];
    this.db
      .transaction(() => {
        prepared.forEach(({ trajectory, state, screenshots: shots }, index) => {
          if (seen.has(trajectory.id) || this.statements.rowidOf.get(trajectory.id) !== undefined) {
            throw new UserFacingError(`a trajectory with id ${trajectory.id} is already in the memory`);
          }
          seen.add(trajectory.id);
          const rowid = this.rows.insert(trajectory, state);
          const now = Date.now();
          for (const [sha, png] of shots) this.statements.insertScreenshot.run(sha, png, now);
          this.statements.insertText.run(rowid, trajectory.task, state);
          const vector = vectors[index]!;
          this.statements.insertVector.run(rowid, vectorToBlob(vector));
          this.statements.insertBits.run(rowid, quantizable(vector));
          if (this.searcher.tracksAdds) added.push({ rowid, trajectory, bits: this.searcher.quantize(vector) });
        });
      })
      .immediate();
    // Only after the commit: a rolled-back add must not show up in the index.
    this.searcher.indexAdded(added);
  }

  /**
   * Run `work` as one write transaction that may await (an import's batches
   * and their embeddings): every add made in it commits at the end, together,
   * or — when it throws (a stop, a failing embedder) — none does and the
   * memory is as it was. Other connections keep reading the memory as it was
   * meanwhile, and their writes wait (then fail) while it is open, so use a
   * connection of its own. Deletes and re-embeds on this connection are
   * refused until it ends.
   */
  async inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.assertWritable();
    if (this.longTransaction || this.db.inTransaction) throw new Error('inOneTransaction: a transaction is already open on this connection');
    this.db.exec('BEGIN IMMEDIATE');
    this.longTransaction = true;
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // Rows added inside joined the in-memory index at their savepoint's release.
      this.searcher.indexCleared();
      throw error;
    } finally {
      this.longTransaction = false;
    }
  }

  get(id: string): Trajectory | undefined {
    return this.db.transaction(() => {
      const rowid = this.statements.rowidOf.get(id) as number | undefined;
      return rowid === undefined ? undefined : this.rows.read(rowid);
    })();
  }

  /** Number of trajectories. */
  count(): number {
    return this.db.prepare('SELECT count(*) FROM trajectories').pluck().get() as number;
  }

  has(id: string): boolean {
    return this.statements.rowidOf.get(id) !== undefined;
  }

  /** Newest first. */
  list(options: { limit?: number; offset?: number; filters?: RetrievalFilters } = {}): TrajectorySummary[] {
    const filter = filterClause(options.filters);
    const rows = this.db
      .prepare(`SELECT t.rowid, t.* FROM trajectories t WHERE 1${filter.sql} ORDER BY t.created_at DESC, t.rowid DESC LIMIT ? OFFSET ?`)
      .all(...filter.params, options.limit ?? 50, options.offset ?? 0) as TrajectoryRow[];
    return rows.map(summaryOf);
  }

  /** Every trajectory id, oldest first (for export). */
  ids(): string[] {
    return this.db.prepare('SELECT id FROM trajectories ORDER BY rowid').pluck().all() as string[];
  }

  /** The k most similar trajectories for this task and state, whole, best first. */
  retrieve(query: RetrievalQuery, k: number, filters?: RetrievalFilters): RetrievedExemplar[] {
    return this.loadHits(this.search(query, k, filters));
  }

  /**
   * The same, with the query's embedding awaited: the signal (a run's Ctrl+C
   * or wall-time budget) cuts a slow or silent embeddings endpoint.
   */
  async retrieveAsync(query: RetrievalQuery, k: number, filters?: RetrievalFilters, options: { signal?: AbortSignal } = {}): Promise<RetrievedExemplar[]> {
    this.assertVectorsUsable();
    const [queryVector] = await embedKeys(this.embedder, [{ task: query.task, state: summarizeState(query.state) }], options.signal);
    options.signal?.throwIfAborted();
    return this.loadHits(this.search(query, k, filters, { queryVector }));
  }

  private loadHits(hits: readonly SearchHit[]): RetrievedExemplar[] {
    return this.db.transaction(() =>
      hits.flatMap((hit) => {
        const rowid = this.statements.rowidOf.get(hit.id) as number | undefined;
        const trajectory = rowid === undefined ? undefined : this.rows.read(rowid);
        return trajectory ? [{ trajectory, score: hit.score, why: hit.why }] : [];
      }),
    )();
  }

  /** The ranking behind `retrieve`, without loading the trajectories. */
  search(query: RetrievalQuery, k: number, filters: RetrievalFilters = {}, options: SearchOptions = {}): SearchHit[] {
    return this.searcher.search(query, k, filters, options, (state) => {
      this.assertVectorsUsable();
      return options.queryVector ?? this.embedKeys([{ task: query.task, state }])[0]!;
    });
  }

  /** Remove a trajectory, its steps, vectors and the screenshots nothing else uses. */
  delete(id: string): boolean {
    this.assertWritable();
    this.assertNoLongTransaction();
    let rowid: number | undefined;
    const deleted = this.db
      .transaction(() => {
        rowid = this.statements.rowidOf.get(id) as number | undefined;
        if (rowid === undefined) return false;
        const shas = this.db
          .prepare('SELECT DISTINCT screenshot_sha256 FROM steps WHERE trajectory_rowid = ? AND screenshot_sha256 IS NOT NULL')
          .pluck()
          .all(rowid) as string[];
        this.db.prepare('DELETE FROM trajectory_text WHERE rowid = ?').run(rowid);
        this.db.prepare('DELETE FROM trajectories WHERE rowid = ?').run(rowid);
        bumpIndexGeneration(this.db);
        if (shas.length) {
          this.db
            .prepare(
              `DELETE FROM screenshots WHERE sha256 IN (SELECT value FROM json_each(?))
                 AND NOT EXISTS (SELECT 1 FROM steps WHERE steps.screenshot_sha256 = screenshots.sha256)`,
            )
            .run(JSON.stringify(shas));
        }
        return true;
      })
      .immediate();
    if (deleted && rowid !== undefined) this.searcher.indexRemoved(rowid);
    return deleted;
  }

  /** PNG bytes of a stored screenshot. */
  screenshot(sha256: string): Uint8Array | undefined {
    const png = this.statements.selectScreenshot.get(sha256) as Buffer | undefined;
    return png ? new Uint8Array(png) : undefined;
  }

  stats(): MemoryStats {
    return memoryStats(this.db, this.path, this.storedEmbedder);
  }

  /**
   * Recompute every vector with this store's embedder and record it as the
   * memory's embedder (after switching embedders). One transaction; returns
   * the number of trajectories re-embedded.
   */
  reembed(options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {}): number {
    this.assertWritable();
    const rows = this.reembedRows();
    const batchSize = options.batchSize ?? 256;
    // Embed first (may be slow or remote), write after, so a failed embedding changes nothing.
    const vectors: Float32Array[] = [];
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      vectors.push(...this.embedKeys(batch.map((row) => ({ task: row.task, state: row.key_state }))));
      options.onProgress?.(Math.min(start + batchSize, rows.length), rows.length);
    }
    return this.writeReembedded(rows, vectors);
  }

  /**
   * `reembed`, awaited batch by batch under a signal (the app's re-embed with
   * progress and a stop): between batches the event loop runs, so a stop can
   * arrive; a stop before the final write changes nothing.
   */
  async reembedAsync(options: { batchSize?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<number> {
    this.assertWritable();
    const rows = this.reembedRows();
    const batchSize = options.batchSize ?? 256;
    const vectors: Float32Array[] = [];
    // Shown at once, before a remote endpoint answers its first batch (which may take seconds).
    options.onProgress?.(0, rows.length);
    for (let start = 0; start < rows.length; start += batchSize) {
      // A macrotask turn: the built-in embedder answers at once, and a stop must still get through.
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const batch = rows.slice(start, start + batchSize);
      vectors.push(...(await embedKeys(this.embedder, batch.map((row) => ({ task: row.task, state: row.key_state })), options.signal)));
      options.onProgress?.(Math.min(start + batchSize, rows.length), rows.length);
    }
    options.signal?.throwIfAborted();
    return this.writeReembedded(rows, vectors);
  }

  private reembedRows(): { rowid: number; task: string; key_state: string }[] {
    return this.db.prepare('SELECT rowid, task, key_state FROM trajectories ORDER BY rowid').all() as { rowid: number; task: string; key_state: string }[];
  }

  /** Replace every vector in one transaction and record this store's embedder as the memory's. */
  private writeReembedded(rows: readonly { rowid: number }[], vectors: readonly Float32Array[]): number {
    this.assertNoLongTransaction();
    const dimension = this.embedder.dimension;
    this.db
      .transaction(() => {
        this.db.exec('DELETE FROM trajectory_bits; DELETE FROM trajectory_vectors');
        writeEmbedderIdentity(this.db, { name: this.embedder.name, dimension });
        rows.forEach((row, index) => {
          const vector = vectors[index]!;
          this.statements.insertVector.run(row.rowid, vectorToBlob(vector));
          this.statements.insertBits.run(row.rowid, quantizable(vector));
        });
        bumpIndexGeneration(this.db);
      })
      .immediate();
    this.searcher.indexCleared();
    this.storedEmbedder = { name: this.embedder.name, dimension };
    return rows.length;
  }

  /** Run a full integrity check; returns SQLite's messages ("ok" when sound). */
  integrityCheck(): string[] {
    const rows = this.db.pragma('integrity_check') as Record<string, string>[];
    return rows.map((row) => Object.values(row)[0] ?? '');
  }

  /** Fold the write-ahead log back into the database file (e.g. before copying it or measuring its size). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  // ---- internals ----

  private embedKeys(keys: readonly KeyText[]): Float32Array[] {
    return embedKeysSync(this.embedder, keys);
  }

  private mismatchError(): UserFacingError {
    return embedderMismatchError(this.path, this.storedEmbedder, this.embedder);
  }

  private assertVectorsUsable(): void {
    if (!sameEmbedder(this.storedEmbedder, this.embedder)) throw this.mismatchError();
  }

  private assertWritable(): void {
    if (this.readonly) throw new UserFacingError(`the memory ${this.path} is open read-only`);
  }

  /** Inside an import's transaction a delete or re-embed would be undone with it. */
  private assertNoLongTransaction(): void {
    if (this.longTransaction) throw new UserFacingError(`the memory ${this.path} is being imported into on this connection`, 'wait for the import to end, or stop it');
  }
}

function summaryOf(row: TrajectoryRow): TrajectorySummary {
  return {
    id: row.id,
    task: row.task,
    environment: row.environment as EnvironmentKind,
    appKey: row.app_key,
    source: row.source as TrajectorySource,
    status: row.outcome_status as OutcomeStatus,
    ...(row.reward !== null && { reward: row.reward }),
    createdAt: row.created_at,
    steps: row.step_count,
  };
}
