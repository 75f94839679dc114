/**
 * The ranking behind the exemplar memory's retrieval: full-text (FTS5 bm25)
 * and vector similarity, fused by reciprocal rank, over the memory's SQLite
 * file; and the in-memory binary index that makes the vector side fast,
 * kept in step with the file (other processes write too).
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
 */
import type { Database, Statement } from 'better-sqlite3';
import type { RetrievalFilters, RetrievalQuery } from '../agent/core/exemplar-memory.js';
import type { Trajectory } from '../agent/core/trajectory.js';
import { blobToVector, dot, vectorToBlob } from './embedders/embedder.js';
import { BinaryIndex } from './binary-index.js';
import { bm25Scores, parseAveragesRecord } from './bm25.js';
import { filterClause } from './filter-clause.js';
import { bumpIndexGeneration, META_INDEX_GENERATION, readMeta, writeMeta } from './memory-meta.js';
import { HYPERPLANE_SCHEME, project } from './random-hyperplanes.js';
import { reciprocalRankFusion } from './rank-fusion.js';
import { fullTextTerms, matchExpression, STATE_WEIGHT, summarizeState } from './retrieval-key.js';

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

/** The bit layout of trajectory_bits (see random-hyperplanes.ts). */
const META_INDEX_SCHEME = 'index.scheme';

export class HybridSearch {
  private readonly statements: { quantize: Statement; termCounts: Statement; fullTextAverages: Statement };
  /** Loaded on the first vector search; see syncIndex. */
  private readonly index = new BinaryIndex();
  private indexState: { dataVersion: number; generation: string } | undefined;
  /** Full-text document counts per term, and the memory size (max rowid) they were read at. */
  private termCountCache = { size: 0, counts: new Map<string, number>() };

  constructor(private readonly db: Database) {
    this.statements = {
      quantize: db.prepare('SELECT vec_quantize_binary(?)').pluck(),
      termCounts: db.prepare('SELECT term, doc FROM trajectory_terms WHERE term IN (SELECT value FROM json_each(?))'),
      fullTextAverages: db.prepare('SELECT block FROM trajectory_text_data WHERE id = 1').pluck(),
    };
  }

  /**
   * The k best rows for the query, fused from both rankings. `queryVector`
   * gives the query's key vector for a summarised state (asked only when the
   * vector ranking runs).
   */
  search(
    query: RetrievalQuery,
    k: number,
    filters: RetrievalFilters,
    options: SearchOptions,
    queryVector: (state: string) => Float32Array,
  ): SearchHit[] {
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
      const vectorOfQuery = queryVector(state);
      vector = options.exactVectors
        ? this.exactVectorRanking(vectorOfQuery, listLength, filters)
        : this.approximateVectorRanking(
            vectorOfQuery,
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

  /** The index is loaded, so added rows should join it (`quantize` their bits in the add, `indexAdded` after the commit). */
  get tracksAdds(): boolean {
    return this.indexState !== undefined;
  }

  /**
   * Rows just committed join the index — only if no other connection wrote
   * since the last sync: its rows have lower rowids than ours, and syncIndex
   * reads only rowids above the highest held.
   */
  indexAdded(added: readonly { rowid: number; trajectory: Trajectory; bits: Uint8Array }[]): void {
    if (!this.indexState || this.db.pragma('data_version', { simple: true }) !== this.indexState.dataVersion) return;
    for (const { rowid, trajectory, bits } of added) {
      this.index.add({
        rowid,
        bits,
        environment: trajectory.environment,
        appKey: trajectory.appKey,
        source: trajectory.source,
        success: trajectory.outcome.status === 'success',
      });
    }
  }

  /** A row was deleted (and the generation bumped in its transaction). */
  indexRemoved(rowid: number): void {
    this.index.remove(rowid);
    if (this.indexState) this.indexState.generation = this.generation();
  }

  /** Every vector was replaced: reload on the next search. */
  indexCleared(): void {
    this.index.clear();
    this.indexState = undefined;
  }

  /** The bits of a key vector, as the index holds them. */
  quantize(vector: Float32Array): Uint8Array {
    return this.statements.quantize.get(quantizable(vector)) as Buffer;
  }

  /** Recompute the stored bits when they were made by another scheme (or none is recorded yet). */
  ensureIndexScheme(): void {
    if (readMeta(this.db, META_INDEX_SCHEME) === HYPERPLANE_SCHEME) return;
    this.db
      .transaction(() => {
        const update = this.db.prepare('INSERT OR REPLACE INTO trajectory_bits (trajectory_rowid, bits) VALUES (?, vec_quantize_binary(?))');
        const page = this.db.prepare('SELECT trajectory_rowid, vector FROM trajectory_vectors WHERE trajectory_rowid > ? ORDER BY trajectory_rowid LIMIT 2000').raw();
        // In pages: better-sqlite3 cannot write while a read is still iterating.
        for (let after = 0, rows = page.all(after) as [number, Buffer][]; rows.length; rows = page.all(after) as [number, Buffer][]) {
          for (const [rowid, vector] of rows) update.run(rowid, quantizable(blobToVector(vector)));
          after = rows.at(-1)![0];
        }
        writeMeta(this.db, META_INDEX_SCHEME, HYPERPLANE_SCHEME);
        bumpIndexGeneration(this.db);
      })
      .immediate();
  }

  private generation(): string {
    return readMeta(this.db, META_INDEX_GENERATION) ?? '0';
  }

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
    const generation = this.generation();
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
}

/** What vec_quantize_binary turns into the key's bits: the vector's random-hyperplane projections. */
export function quantizable(vector: Float32Array): Buffer {
  return vectorToBlob(project(vector));
}
