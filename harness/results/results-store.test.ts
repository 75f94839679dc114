import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../miniwob/episode-result.js';
import { ResultsStore } from './results-store.js';

const base: EpisodeResult = {
  kind: 'agent',
  task: 'click-button',
  seed: 3,
  policy: 'offline',
  utterance: 'Click on the "Ok" button.',
  done: true,
  reward: 0.93,
  rawReward: 1,
  reason: 'the page ended the episode with raw reward 1',
  success: true,
  positive: true,
  steps: 1,
  durationMs: 250,
  modelCalls: 0,
  tokens: 0,
  outcome: { status: 'success', reason: 'ok' },
  trajectoryId: 'tabc-1',
  actions: [{ description: 'click [4]', ok: true }],
  pageErrors: [],
};

describe('harness results in SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'understudy-results-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps runs and their episodes across reopenings, with trajectory ids', () => {
    const path = join(dir, 'results.sqlite');
    const store = ResultsStore.open(path);
    store.startRun({ id: 'run-1', startedAt: 1000, policy: 'offline', shard: '1/2', options: { seeds: '0-4' } });
    store.addEpisode('run-1', base);
    store.addEpisode('run-1', { ...base, kind: 'demonstration', seed: 1000, trajectoryId: 'tdemo-1' });
    store.addEpisode('run-1', { ...base, seed: 4, success: false, positive: false, rawReward: -1, reward: -1, trajectoryId: undefined, error: 'hung' });
    store.finishRun('run-1', { mean: 0.5 }, 2000);
    store.close();

    const again = ResultsStore.open(path);
    expect(again.runs()).toEqual([{ id: 'run-1', startedAt: 1000, finishedAt: 2000, policy: 'offline', shard: '1/2', options: { seeds: '0-4' }, summary: { mean: 0.5 } }]);
    expect(again.episodes('run-1', 'agent').map((episode) => [episode.seed, episode.rawReward, episode.error])).toEqual([
      [3, 1, undefined],
      [4, -1, 'hung'],
    ]);
    expect(again.episodes('run-1')).toHaveLength(3);
    expect(again.episodeOfTrajectory('tdemo-1')).toMatchObject({ runId: 'run-1', result: { kind: 'demonstration', seed: 1000 } });
    expect(again.episodeOfTrajectory('nope')).toBeUndefined();
    again.close();

    // Plain SQL works too, for ad-hoc comparisons between runs.
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n, sum(success) AS s FROM episodes WHERE kind = ?').get('agent')).toEqual({ n: 2, s: 1 });
    db.close();
  });

  it('refuses a results file from a newer schema', () => {
    const path = join(dir, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => ResultsStore.open(path)).toThrow(/schema version 99, newer/);
  });
});
