/**
 * Harness results in SQLite: one row per run (its options and summary), one
 * per episode (scores, reasons, the trajectory id in the exemplar memory).
 * Its own file, next to the report, so results of many runs can be compared
 * without touching the memory.
 */
import Database from 'better-sqlite3';
import type { EpisodeResult } from '../miniwob/episode-result.js';

export const RESULTS_SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  policy TEXT NOT NULL,
  shard TEXT,
  options_json TEXT NOT NULL,
  summary_json TEXT
);
CREATE TABLE IF NOT EXISTS episodes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  task TEXT NOT NULL,
  seed INTEGER NOT NULL,
  policy TEXT NOT NULL,
  utterance TEXT NOT NULL,
  done INTEGER NOT NULL,
  reward REAL NOT NULL,
  raw_reward REAL NOT NULL,
  success INTEGER NOT NULL,
  positive INTEGER NOT NULL,
  reason TEXT NOT NULL,
  steps INTEGER NOT NULL,
  duration_ms REAL NOT NULL,
  model_calls INTEGER NOT NULL,
  tokens INTEGER NOT NULL,
  trajectory_id TEXT,
  error TEXT,
  result_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS episodes_by_run ON episodes(run_id, kind, task);
CREATE INDEX IF NOT EXISTS episodes_by_trajectory ON episodes(trajectory_id);
`;

export interface RunRow {
  id: string;
  startedAt: number;
  finishedAt?: number;
  policy: string;
  shard?: string;
  options: Record<string, unknown>;
  summary?: unknown;
}

export class ResultsStore {
  private constructor(private readonly db: Database.Database) {}

  static open(path: string): ResultsStore {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > RESULTS_SCHEMA_VERSION) {
      db.close();
      throw new Error(`${path} holds harness results of schema version ${version}, newer than this Understudy (${RESULTS_SCHEMA_VERSION})`);
    }
    db.exec(SCHEMA);
    db.pragma(`user_version = ${RESULTS_SCHEMA_VERSION}`);
    return new ResultsStore(db);
  }

  startRun(run: Omit<RunRow, 'finishedAt' | 'summary'>): void {
    this.db
      .prepare('INSERT INTO runs (id, started_at, policy, shard, options_json) VALUES (?, ?, ?, ?, ?)')
      .run(run.id, run.startedAt, run.policy, run.shard ?? null, JSON.stringify(run.options));
  }

  finishRun(id: string, summary: unknown, finishedAt = Date.now()): void {
    this.db.prepare('UPDATE runs SET finished_at = ?, summary_json = ? WHERE id = ?').run(finishedAt, JSON.stringify(summary), id);
  }

  addEpisode(runId: string, result: EpisodeResult): void {
    this.db
      .prepare(
        `INSERT INTO episodes (run_id, kind, task, seed, policy, utterance, done, reward, raw_reward, success, positive, reason,
           steps, duration_ms, model_calls, tokens, trajectory_id, error, result_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        runId,
        result.kind,
        result.task,
        result.seed,
        result.policy,
        result.utterance,
        result.done ? 1 : 0,
        result.reward,
        result.rawReward,
        result.success ? 1 : 0,
        result.positive ? 1 : 0,
        result.reason,
        result.steps,
        result.durationMs,
        result.modelCalls,
        result.tokens,
        result.trajectoryId ?? null,
        result.error ?? null,
        JSON.stringify(result),
      );
  }

  runs(): RunRow[] {
    const rows = this.db.prepare('SELECT * FROM runs ORDER BY started_at').all() as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      id: String(row.id),
      startedAt: Number(row.started_at),
      finishedAt: row.finished_at === null ? undefined : Number(row.finished_at),
      policy: String(row.policy),
      shard: row.shard === null ? undefined : String(row.shard),
      options: JSON.parse(String(row.options_json)) as Record<string, unknown>,
      summary: row.summary_json === null ? undefined : (JSON.parse(String(row.summary_json)) as unknown),
    }));
  }

  episodes(runId: string, kind?: EpisodeResult['kind']): EpisodeResult[] {
    const rows = (
      kind
        ? this.db.prepare('SELECT result_json FROM episodes WHERE run_id = ? AND kind = ? ORDER BY id').all(runId, kind)
        : this.db.prepare('SELECT result_json FROM episodes WHERE run_id = ? ORDER BY id').all(runId)
    ) as Array<{ result_json: string }>;
    return rows.map((row) => JSON.parse(row.result_json) as EpisodeResult);
  }

  /** The latest episode that produced this trajectory, with its run id. */
  episodeOfTrajectory(trajectoryId: string): { runId: string; result: EpisodeResult } | undefined {
    const row = this.db.prepare('SELECT run_id, result_json FROM episodes WHERE trajectory_id = ? ORDER BY id DESC LIMIT 1').get(trajectoryId) as
      | { run_id: string; result_json: string }
      | undefined;
    return row ? { runId: row.run_id, result: JSON.parse(row.result_json) as EpisodeResult } : undefined;
  }

  close(): void {
    this.db.close();
  }
}
