/**
 * The exemplar memory: whole trajectories in one SQLite file, found again by
 * task + initial state with a hybrid of full-text (FTS5 bm25) and vector
 * similarity (sqlite-vec), fused by reciprocal rank.
 *
 * Speed plan. Vector side: the key's embedding hashed to 1024 bits by random
 * hyperplanes (random-hyperplanes.ts; sqlite-vec `vec_quantize_binary` of
 * the projections) is scanned by Hamming distance in memory
 * (binary-index.ts) to pick a few hundred candidates; those, plus
 * the full-text candidates, are re-ranked by exact cosine on the stored float
 * vectors — so the vector ranking is exact within the candidates and only the
 * first pass is approximate. Full-text side: a query's cost is the number of
 * rows its terms occur in, so FTS5 is asked about the rarest terms only, up to
 * a budget of postings; when that left a word out, the rows either ranked
 * list holds (up to 2 × 50) are re-scored on every word with FTS5's own
 * bm25 formula and the whole memory's statistics (bm25.ts), so the common
 * words still cast their vote. (Before that re-score, ranking on the rare
 * words alone cost 2 points of paraphrased recall@3 at 100k trajectories.)
 * The options `exactVectors` (brute-force float scan with sqlite-vec's
 * distance function) and `fullTextBudget: Infinity` measure what the
 * speed-ups cost.
 *
 * Every write of a trajectory is one transaction; reads of a whole
 * trajectory happen inside one read transaction, so another process never
 * sees half of one.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../agent/core/errors.js';
import type { EnvironmentKind } from '../agent/core/observation.js';
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../agent/core/exemplar-memory.js';
import { parseTrajectory, type OutcomeStatus, type Trajectory, type TrajectorySource } from '../agent/core/trajectory.js';
import { blobToVector, dot, normalizeInPlace, vectorToBlob, type Embedder } from './embedders/embedder.js';
import { HashedNgramEmbedder } from './embedders/hashed-ngram-embedder.js';
import { filterClause } from './filter-clause.js';
import { currentSchemaVersion } from './migrations.js';
import { BinaryIndex } from './binary-index.js';
import { bm25Scores, parseAveragesRecord } from './bm25.js';
import { HYPERPLANE_SCHEME, project } from './random-hyperplanes.js';
import { openMemoryDatabase } from './open-database.js';
import { reciprocalRankFusion } from './rank-fusion.js';
import { fullTextTerms, matchExpression, STATE_WEIGHT, summarizeState, trajectoryState } from './retrieval-key.js';
import { TrajectoryRows, type TrajectoryRow } from './trajectory-rows.js';
import { screenshotKey } from '../agent/core/screenshot-key.js';

export { defaultMemoryPath } from './memory-path.js';

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

export interface MemoryStats {
  path: string;
  schemaVersion: number;
  trajectories: number;
  steps: number;
  successful: number;
  bySource: Record<string, number>;
  byEnvironment: Record<string, number>;
  screenshots: number;
  /** Sum of stored PNG sizes, bytes. */
  screenshotBytes: number;
  /** The embedder the stored vectors came from. */
  embedder: { name: string; dimension: number };
  /** Database file plus its write-ahead log, bytes. */
  fileBytes: number;
}

export type RetrievalMode = 'hybrid' | 'full-text' | 'vector';

export interface SearchOptions {
  /** Default hybrid. */
  mode?: RetrievalMode;
  /** Brute-force float scan instead of the binary first pass + exact re-rank (for measuring). */
  exactVectors?: boolean;
  /** Length of each ranked list before fusion; default max(50, 4k). */
  listLength?: number;
  /** Candidates the binary first pass hands to the re-rank; default max(200, 10k); in vector mode 2% of the memory, 200 to 2,000 (see vectorOnlyFirstPass). */
  firstPassCandidates?: number;
  /**
   * Most postings (rows × terms) the full-text query may touch; terms are
   * taken rarest first until the next would exceed it. Default
   * DEFAULT_FULL_TEXT_BUDGET; Infinity = every term.
   */
  fullTextBudget?: number;
  /** The query's key vector, already embedded (retrieveAsync awaits it before the synchronous search). */
  queryVector?: Float32Array;
}

/**
 * First-pass candidates when the vector ranking stands alone, for a memory
 * of `rows` trajectories: 2% of it, 200 to 2,000. In a hybrid search the
 * full-text candidates join the re-rank and 200 lose nothing; alone, 1024-bit
 * Hamming distance needs a wider net as the memory grows: measured at 100k
 * trajectories, paraphrased recall@3 was 0.955 with 200, 0.973 with 1,000
 * and 0.977 (= brute force) with 2,000, for ~10 ms more CPU per search; at
 * 10k, 200 already matched brute force (and 2,000 cost more than it).
 */
function vectorOnlyFirstPass(rows: number): number {
  return Math.min(2_000, Math.max(200, Math.round(rows / 50)));
}

/**
 * Rows a budgeted full-text query fetches for the every-word re-score when
 * full text is the only ranking. Measured at 100k trajectories (paraphrased
 * recall@3; every word asked of FTS5: 0.964): rare words alone 0.850,
 * re-scoring their top 50 0.914, their top 200 0.945. In a hybrid search the
 * vector ranking's rows join the re-score instead.
 */
const FULL_TEXT_ONLY_POOL = 200;

/** See SearchOptions.fullTextBudget: about 5 ms of bm25 scoring on this machine. */
export const DEFAULT_FULL_TEXT_BUDGET = 3_000;

/** A retrieval hit without the trajectory loaded (cheap; for listings and benchmarks). */
export interface SearchHit {
  id: string;
  task: string;
  score: number;
  why: string;
  fullTextRank?: number;
  bm25?: number;
  vectorRank?: number;
  cosine?: number;
}

const META_EMBEDDER_NAME = 'embedder.name';
const META_EMBEDDER_DIMENSION = 'embedder.dimension';
/** The bit layout of trajectory_bits (see random-hyperplanes.ts). */
const META_INDEX_SCHEME = 'index.scheme';
/** Bumped whenever vectors are removed or replaced, so other processes reload their binary index. */
const META_INDEX_GENERATION = 'index.generation';

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
    quantize: Statement;
    termCounts: Statement;
    fullTextAverages: Statement;
  };
  /** Loaded on the first vector search; see syncIndex. */
  private readonly index = new BinaryIndex();
  private indexState: { dataVersion: number; generation: string } | undefined;
  /** Full-text document counts per term, and the memory size (max rowid) they were read at. */
  private termCountCache = { size: 0, counts: new Map<string, number>() };
  private storedEmbedder: { name: string; dimension: number };
  private closed = false;

  private constructor(
    private readonly db: Database,
    path: string,
    options: ExemplarStoreOptions,
  ) {
    this.path = path;
    this.readonly = options.readonly ?? false;
    this.embedder = options.embedder ?? new HashedNgramEmbedder();
    this.rows = new TrajectoryRows(db);
    this.storedEmbedder = this.readStoredEmbedder();
    if (!this.embedderMatches() && !this.readonly && this.count() === 0) {
      // An empty memory has no vectors to disagree with: it simply takes the configured embedder.
      this.reembed();
    }
    if (!this.embedderMatches() && !options.allowEmbedderMismatch) throw this.mismatchError();
    if (!this.readonly) this.ensureIndexScheme();
    this.statements = {
      rowidOf: db.prepare('SELECT rowid FROM trajectories WHERE id = ?').pluck(),
      insertText: db.prepare('INSERT INTO trajectory_text (rowid, task, state) VALUES (?, ?, ?)'),
      insertVector: db.prepare('INSERT INTO trajectory_vectors (trajectory_rowid, vector) VALUES (?, ?)'),
      insertScreenshot: db.prepare('INSERT OR IGNORE INTO screenshots (sha256, png, created_at) VALUES (?, ?, ?)'),
      selectScreenshot: db.prepare('SELECT png FROM screenshots WHERE sha256 = ?').pluck(),
      insertBits: db.prepare('INSERT INTO trajectory_bits (trajectory_rowid, bits) VALUES (?, vec_quantize_binary(?))'),
      quantize: db.prepare('SELECT vec_quantize_binary(?)').pluck(),
      termCounts: db.prepare('SELECT term, doc FROM trajectory_terms WHERE term IN (SELECT value FROM json_each(?))'),
      fullTextAverages: db.prepare('SELECT block FROM trajectory_text_data WHERE id = 1').pluck(),
    };
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
    this.commitAdd(prepared, this.embedKeys(prepared.map(({ trajectory, state }) => ({ task: trajectory.task, state }))));
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
    const vectors = await this.embedKeysAsync(
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
          if (this.indexState) added.push({ rowid, trajectory, bits: this.quantize(vector) });
        });
      })
      .immediate();
    // Only after the commit: a rolled-back add must not show up in the index.
    // And only if no other connection wrote since the last sync: its rows have
    // lower rowids than ours, and syncIndex reads only rowids above the highest held.
    if (this.indexState && this.db.pragma('data_version', { simple: true }) === this.indexState.dataVersion) {
      for (const { rowid, trajectory, bits } of added) this.index.add(indexRow(rowid, bits, trajectory));
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
    const [queryVector] = await this.embedKeysAsync([{ task: query.task, state: summarizeState(query.state) }], options.signal);
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
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
    const mode = options.mode ?? 'hybrid';
    const listLength = Math.max(options.listLength ?? 50, k * 4);
    const state = summarizeState(query.state);

    // Alone, a budgeted full-text query is its own only source of rows to re-score (below): it fetches a wider pool.
    let fullText =
      mode === 'vector'
        ? []
        : this.fullTextRanking(query.task, state, mode === 'full-text' ? Math.max(listLength, FULL_TEXT_ONLY_POOL) : listLength, filters, options.fullTextBudget ?? DEFAULT_FULL_TEXT_BUDGET);
    let vector: { rowid: number; cosine: number }[] = [];
    if (mode !== 'full-text') {
      this.assertVectorsUsable();
      const queryVector = options.queryVector ?? this.embedKeys([{ task: query.task, state }])[0]!;
      vector = options.exactVectors
        ? this.exactVectorRanking(queryVector, listLength, filters)
        : this.approximateVectorRanking(
            queryVector,
            listLength,
            (rows) => options.firstPassCandidates ?? Math.max(mode === 'vector' ? vectorOnlyFirstPass(rows) : 200, k * 10),
            fullText.map((hit) => hit.rowid),
            filters,
          );
    }
    if (fullText.partial) {
      // Ranked on the rare words only: give the rows either list holds their every-word bm25.
      fullText = this.rescoreFullText(query.task, state, [...fullText.map((hit) => hit.rowid), ...vector.map((hit) => hit.rowid)])?.slice(0, listLength) ?? fullText;
    }

    const fused = reciprocalRankFusion<number>([
      { name: 'full-text', keys: fullText.map((hit) => hit.rowid) },
      { name: 'vector', keys: vector.map((hit) => hit.rowid) },
    ]).slice(0, k);
    if (fused.length === 0) return [];
    const bm25By = new Map(fullText.map((hit) => [hit.rowid, hit.bm25]));
    const cosineBy = new Map(vector.map((hit) => [hit.rowid, hit.cosine]));
    const tasks = new Map(
      (
        this.db
          .prepare('SELECT rowid, id, task FROM trajectories WHERE rowid IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(fused.map((item) => item.key))) as { rowid: number; id: string; task: string }[]
      ).map((row) => [row.rowid, row]),
    );
    return fused.flatMap((item) => {
      const row = tasks.get(item.key);
      if (!row) return [];
      const fullTextRank = item.ranks['full-text'];
      const vectorRank = item.ranks.vector;
      const bm25 = bm25By.get(item.key);
      const cosine = cosineBy.get(item.key);
      const why = [
        fullTextRank !== undefined ? `full-text rank ${fullTextRank} (bm25 ${bm25!.toFixed(2)})` : undefined,
        vectorRank !== undefined ? `vector rank ${vectorRank} (cosine ${cosine!.toFixed(3)})` : undefined,
      ]
        .filter(Boolean)
        .join('; ');
      return [{ id: row.id, task: row.task, score: item.score, why, fullTextRank, bm25, vectorRank, cosine }];
    });
  }

  /** Remove a trajectory, its steps, vectors and the screenshots nothing else uses. */
  delete(id: string): boolean {
    this.assertWritable();
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
        this.bumpIndexGeneration();
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
    if (deleted && rowid !== undefined) {
      this.index.remove(rowid);
      if (this.indexState) this.indexState.generation = this.readMeta(META_INDEX_GENERATION);
    }
    return deleted;
  }

  /** PNG bytes of a stored screenshot. */
  screenshot(sha256: string): Uint8Array | undefined {
    const png = this.statements.selectScreenshot.get(sha256) as Buffer | undefined;
    return png ? new Uint8Array(png) : undefined;
  }

  stats(): MemoryStats {
    return this.db.transaction(() => {
      const count = (sql: string) => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
      const groups = (column: string) =>
        Object.fromEntries(
          (this.db.prepare(`SELECT ${column} AS key, count(*) AS n FROM trajectories GROUP BY ${column} ORDER BY ${column}`).all() as {
            key: string;
            n: number;
          }[]).map((row) => [row.key, row.n]),
        );
      return {
        path: this.path,
        schemaVersion: currentSchemaVersion(this.db),
        trajectories: count('SELECT count(*) FROM trajectories'),
        steps: count('SELECT count(*) FROM steps'),
        successful: count('SELECT count(*) FROM trajectories WHERE success = 1'),
        bySource: groups('source'),
        byEnvironment: groups('environment'),
        screenshots: count('SELECT count(*) FROM screenshots'),
        screenshotBytes: count('SELECT sum(length(png)) FROM screenshots'),
        embedder: { ...this.storedEmbedder },
        fileBytes: fileSize(this.path) + fileSize(`${this.path}-wal`),
      };
    })();
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
    for (let start = 0; start < rows.length; start += batchSize) {
      // A macrotask turn: the built-in embedder answers at once, and a stop must still get through.
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const batch = rows.slice(start, start + batchSize);
      vectors.push(...(await this.embedKeysAsync(batch.map((row) => ({ task: row.task, state: row.key_state })), options.signal)));
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
    const dimension = this.embedder.dimension;
    this.db
      .transaction(() => {
        this.db.exec('DELETE FROM trajectory_bits; DELETE FROM trajectory_vectors');
        this.writeEmbedderMeta(this.embedder.name, dimension);
        rows.forEach((row, index) => {
          const vector = vectors[index]!;
          this.statements.insertVector.run(row.rowid, vectorToBlob(vector));
          this.statements.insertBits.run(row.rowid, quantizable(vector));
        });
        this.bumpIndexGeneration();
      })
      .immediate();
    this.index.clear();
    this.indexState = undefined;
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

  private fullTextRanking(
    task: string,
    state: string,
    limit: number,
    filters: RetrievalFilters,
    budget: number,
  ): { rowid: number; bm25: number }[] & { partial?: boolean } {
    const terms = fullTextTerms(task, state);
    if (terms.length === 0) return [];
    let chosen = terms;
    /** Some word that occurs in the memory was left out of the query. */
    let partial = false;
    if (Number.isFinite(budget)) {
      const counts = this.documentCounts(terms);
      const present = terms.filter((term) => counts.has(term)).sort((left, right) => counts.get(left)! - counts.get(right)!);
      chosen = [];
      let postings = 0;
      for (const term of present) {
        const count = counts.get(term)!;
        if (postings + count > budget) break;
        chosen.push(term);
        postings += count;
      }
      partial = chosen.length < present.length;
    }
    const match = matchExpression(chosen);
    if (!match) return Object.assign([], { partial });
    const filter = filterClause(filters);
    // CROSS JOIN keeps SQLite from driving the query from the trajectories table.
    const hits: { rowid: number; bm25: number }[] & { partial?: boolean } = this.db
      .prepare(
        filter.sql
          ? `SELECT trajectory_text.rowid AS rowid, bm25(trajectory_text, 1.0, ${STATE_WEIGHT}) AS bm25
               FROM trajectory_text CROSS JOIN trajectories t ON t.rowid = trajectory_text.rowid
              WHERE trajectory_text MATCH ?${filter.sql} ORDER BY bm25 LIMIT ?`
          : `SELECT rowid, bm25(trajectory_text, 1.0, ${STATE_WEIGHT}) AS bm25
               FROM trajectory_text WHERE trajectory_text MATCH ? ORDER BY bm25 LIMIT ?`,
      )
      .all(match, ...filter.params, limit) as { rowid: number; bm25: number }[];
    // Ranked on only some of the words: good candidates, to be re-scored on every word.
    hits.partial = partial;
    return hits;
  }

  /**
   * How many rows each term occurs in (absent: none). fts5vocab counts by
   * walking a term's whole posting list — ~10 ms for a common word at 1M
   * rows — so counts are cached; they only plan the query, so they are
   * refreshed when the memory has grown by a tenth, not on every write.
   */
  private documentCounts(terms: readonly string[]): Map<string, number> {
    const size = (this.db.prepare('SELECT max(rowid) FROM trajectories').pluck().get() as number | null) ?? 0;
    if (Math.abs(size - this.termCountCache.size) > this.termCountCache.size / 10) this.termCountCache = { size, counts: new Map() };
    const cache = this.termCountCache.counts;
    // Absent terms are never cached: looking them up is cheap, and a new trajectory may bring them.
    const missing = terms.filter((term) => !cache.has(term));
    if (missing.length) {
      for (const row of this.statements.termCounts.all(JSON.stringify(missing)) as { term: string; doc: number }[]) cache.set(row.term, row.doc);
    }
    return new Map(terms.filter((term) => cache.has(term)).map((term) => [term, cache.get(term)!]));
  }

  /** Brute force: exact distance to every (filtered) stored vector. */
  private exactVectorRanking(query: Float32Array, limit: number, filters: RetrievalFilters): { rowid: number; cosine: number }[] {
    const filter = filterClause(filters);
    const rows = this.db
      .prepare(
        filter.sql
          ? `SELECT v.trajectory_rowid AS rowid, vec_distance_l2(v.vector, ?) AS distance
               FROM trajectory_vectors v CROSS JOIN trajectories t ON t.rowid = v.trajectory_rowid
              WHERE 1${filter.sql} ORDER BY distance LIMIT ?`
          : 'SELECT trajectory_rowid AS rowid, vec_distance_l2(vector, ?) AS distance FROM trajectory_vectors ORDER BY distance LIMIT ?',
      )
      .all(vectorToBlob(query), ...filter.params, limit) as { rowid: number; distance: number }[];
    // Both are unit vectors, so |a-b|² = 2 - 2 cos.
    return rows.map((row) => ({ rowid: row.rowid, cosine: 1 - (row.distance * row.distance) / 2 }));
  }

  /**
   * The every-word full-text ranking of `rowids` (a budgeted query's hits and
   * the vector ranking's): FTS5's bm25 recomputed over their text with the
   * whole memory's statistics (bm25.ts). Rows that match no word drop out.
   * Undefined if FTS5's statistics cannot be read (then the budgeted ranking stands).
   */
  private rescoreFullText(task: string, state: string, rowids: readonly number[]): { rowid: number; bm25: number }[] | undefined {
    const averages = parseAveragesRecord(this.statements.fullTextAverages.get() as Buffer | undefined);
    if (!averages) return undefined;
    const unique = [...new Set(rowids)];
    const terms = fullTextTerms(task, state);
    const documents = (
      this.db
        .prepare('SELECT t.rowid AS rowid, t.task AS task, t.key_state AS state FROM json_each(?) candidate CROSS JOIN trajectories t ON t.rowid = candidate.value')
        .all(JSON.stringify(unique)) as { rowid: number; task: string; state: string }[]
    ).map((row) => ({ rowid: row.rowid, columns: [row.task, row.state] }));
    const scores = bm25Scores(documents, terms, { ...averages, documentCounts: this.documentCounts(terms) }, [1, STATE_WEIGHT]);
    return [...scores]
      .filter(([, bm25]) => bm25 < 0)
      .map(([rowid, bm25]) => ({ rowid, bm25 }))
      .sort((left, right) => left.bm25 - right.bm25 || left.rowid - right.rowid);
  }

  /** Binary first pass in memory, then exact cosine over its candidates and the full-text ones. */
  private approximateVectorRanking(
    query: Float32Array,
    limit: number,
    firstPass: (rows: number) => number,
    extraCandidates: readonly number[],
    filters: RetrievalFilters,
  ): { rowid: number; cosine: number }[] {
    this.syncIndex();
    const exclusions = (filters.excludeIds?.length ?? 0) + (filters.excludeTasks?.length ?? 0);
    const nearest = this.index.nearest(this.quantize(query), firstPass(this.index.length) + exclusions, filters);
    const candidates = [...new Set([...nearest, ...extraCandidates])];
    if (candidates.length === 0) return [];
    // The full filter again: it also applies the exclusion lists the index cannot.
    const filter = filterClause(filters);
    const rows = this.db
      .prepare(
        `SELECT v.trajectory_rowid AS rowid, v.vector AS vector
           FROM json_each(?) candidate CROSS JOIN trajectory_vectors v ON v.trajectory_rowid = candidate.value
           ${filter.sql ? `CROSS JOIN trajectories t ON t.rowid = v.trajectory_rowid WHERE 1${filter.sql}` : ''}`,
      )
      .all(JSON.stringify(candidates), ...filter.params) as { rowid: number; vector: Buffer }[];
    return rows
      .map((row) => ({ rowid: row.rowid, cosine: dot(query, blobToVector(row.vector)) }))
      .sort((left, right) => right.cosine - left.cosine || left.rowid - right.rowid)
      .slice(0, limit);
  }

  /**
   * Bring the in-memory binary index up to date. `PRAGMA data_version`
   * changes only when another connection commits, so the common case costs
   * one pragma. Appends are read incrementally (rowids only grow); removals
   * or re-embedding elsewhere bump a generation counter and cause a reload.
   */
  private syncIndex(): void {
    const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    if (this.indexState?.dataVersion === dataVersion) return;
    const generation = this.readMeta(META_INDEX_GENERATION);
    if (!this.indexState || this.indexState.generation !== generation) this.index.clear();
    const rows = this.db
      .prepare(
        `SELECT b.trajectory_rowid AS rowid, b.bits AS bits, t.environment, t.app_key, t.source, t.success
           FROM trajectory_bits b CROSS JOIN trajectories t ON t.rowid = b.trajectory_rowid
          WHERE b.trajectory_rowid > ? ORDER BY b.trajectory_rowid`,
      )
      .raw()
      .all(this.index.maxRowid) as [number, Buffer, string, string, string, number][];
    for (const [rowid, bits, environment, appKey, source, success] of rows) {
      this.index.add({ rowid, bits, environment, appKey, source, success: success === 1 });
    }
    this.indexState = { dataVersion, generation };
  }

  private quantize(vector: Float32Array): Uint8Array {
    return this.statements.quantize.get(quantizable(vector)) as Buffer;
  }

  /** Recompute the stored bits when they were made by another scheme (or none is recorded yet). */
  private ensureIndexScheme(): void {
    if (this.readMeta(META_INDEX_SCHEME) === HYPERPLANE_SCHEME) return;
    this.db
      .transaction(() => {
        const update = this.db.prepare('INSERT OR REPLACE INTO trajectory_bits (trajectory_rowid, bits) VALUES (?, vec_quantize_binary(?))');
        const page = this.db.prepare('SELECT trajectory_rowid, vector FROM trajectory_vectors WHERE trajectory_rowid > ? ORDER BY trajectory_rowid LIMIT 2000').raw();
        // In pages: better-sqlite3 cannot write while a read is still iterating.
        for (let after = 0, rows = page.all(after) as [number, Buffer][]; rows.length; rows = page.all(after) as [number, Buffer][]) {
          for (const [rowid, vector] of rows) update.run(rowid, quantizable(blobToVector(vector)));
          after = rows.at(-1)![0];
        }
        this.db.prepare('INSERT OR REPLACE INTO memory_meta (key, value) VALUES (?, ?)').run(META_INDEX_SCHEME, HYPERPLANE_SCHEME);
        this.bumpIndexGeneration();
      })
      .immediate();
  }

  private readMeta(key: string): string {
    return (this.db.prepare('SELECT value FROM memory_meta WHERE key = ?').pluck().get(key) as string | undefined) ?? '0';
  }

  private bumpIndexGeneration(): void {
    this.db
      .prepare(
        `INSERT INTO memory_meta (key, value) VALUES (?, '1')
           ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
      )
      .run(META_INDEX_GENERATION);
  }

  /** The key vector: task and state embedded apart, then mixed so the state counts for less. */
  private embedKeys(keys: readonly { task: string; state: string }[]): Float32Array[] {
    if (keys.length === 0) return [];
    return this.mixKeys(keys, this.embedder.embedSync(keyTexts(keys)));
  }

  /** The same, awaited, so the signal can cut the wait. */
  private async embedKeysAsync(keys: readonly { task: string; state: string }[], signal: AbortSignal | undefined): Promise<Float32Array[]> {
    if (keys.length === 0) return [];
    signal?.throwIfAborted();
    return this.mixKeys(keys, await this.embedder.embed(keyTexts(keys), { signal }));
  }

  private mixKeys(keys: readonly { task: string; state: string }[], vectors: readonly Float32Array[]): Float32Array[] {
    let stateIndex = keys.length;
    return keys.map((key, index) => {
      const vector = Float32Array.from(vectors[index]!);
      if (key.state) {
        const stateVector = vectors[stateIndex++]!;
        for (let slot = 0; slot < vector.length; slot++) vector[slot]! += STATE_WEIGHT * stateVector[slot]!;
      }
      if (vector.length !== this.embedder.dimension) {
        throw new Error(`embedder ${this.embedder.name} returned ${vector.length} dimensions, expected ${this.embedder.dimension}`);
      }
      return normalizeInPlace(vector);
    });
  }

  private readStoredEmbedder(): { name: string; dimension: number } {
    const meta = new Map(
      (this.db.prepare('SELECT key, value FROM memory_meta').all() as { key: string; value: string }[]).map((row) => [row.key, row.value]),
    );
    const name = meta.get(META_EMBEDDER_NAME);
    const dimension = Number(meta.get(META_EMBEDDER_DIMENSION));
    if (name && Number.isInteger(dimension) && dimension > 0) return { name, dimension };
    // A new memory: it takes the embedder it is first opened with.
    const fresh = { name: this.embedder.name, dimension: this.embedder.dimension };
    if (this.readonly) return fresh;
    this.db
      .transaction(() => {
        this.writeEmbedderMeta(fresh.name, fresh.dimension);
      })
      .immediate();
    return fresh;
  }

  private writeEmbedderMeta(name: string, dimension: number): void {
    const upsert = this.db.prepare('INSERT INTO memory_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    upsert.run(META_EMBEDDER_NAME, name);
    upsert.run(META_EMBEDDER_DIMENSION, String(dimension));
  }

  private embedderMatches(): boolean {
    return this.storedEmbedder.name === this.embedder.name && this.storedEmbedder.dimension === this.embedder.dimension;
  }

  private mismatchError(): UserFacingError {
    return new UserFacingError(
      `the memory ${this.path} holds vectors from embedder ${this.storedEmbedder.name} (${this.storedEmbedder.dimension} dimensions), ` +
        `but ${this.embedder.name} (${this.embedder.dimension} dimensions) is configured; run \`understudy memory reembed\``,
      '`understudy memory reembed` recomputes the vectors with the configured embedder; or configure the old one again',
    );
  }

  private assertVectorsUsable(): void {
    if (!this.embedderMatches()) throw this.mismatchError();
  }

  private assertWritable(): void {
    if (this.readonly) throw new UserFacingError(`the memory ${this.path} is open read-only`);
  }
}

/** What the embedder is asked for a list of keys: every task, then the states that are not empty. */
function keyTexts(keys: readonly { task: string; state: string }[]): string[] {
  return [...keys.map((key) => key.task), ...keys.filter((key) => key.state).map((key) => key.state)];
}

/** What vec_quantize_binary turns into the key's bits: the vector's random-hyperplane projections. */
function quantizable(vector: Float32Array): Buffer {
  return vectorToBlob(project(vector));
}

function indexRow(rowid: number, bits: Uint8Array, trajectory: Trajectory) {
  return {
    rowid,
    bits,
    environment: trajectory.environment,
    appKey: trajectory.appKey,
    source: trajectory.source,
    success: trajectory.outcome.status === 'success',
  };
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

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
