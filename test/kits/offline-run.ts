/**
 * The offline policy end to end on the project's suite (real Chromium, real
 * SQLite), as the `test/integration/offline-*.test.ts` files run it: the
 * scripted demonstrators demonstrate through the browser recorder on their
 * seeds, then the offline policy (no model) plays unseen seeds. One scratch
 * folder per test file, removed after the file; the assertions stay in the
 * test files, this kit only sets the run up and reads its result.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { runEvaluation, type EvaluationOptions, type EvaluationResult } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import type { EpisodeResult } from '../../harness/miniwob/episode-result.js';

export interface OfflineRunOptions extends Partial<Omit<EvaluationOptions, 'reportDir'>> {
  tasks: readonly string[];
  seeds: readonly number[];
  /** The report's folder inside the file's scratch folder; default `report`. */
  report?: string;
}

export interface OfflineRuns {
  /** The file's scratch folder (removed after the file). */
  out: string;
  /**
   * `runEvaluation` on the suite with the offline policy, the suite's
   * demonstrators, one worker and no agent episodes kept in the memory;
   * any option given overrides these.
   */
  run(options: OfflineRunOptions): Promise<EvaluationResult>;
}

/** A scratch folder named after the test file (`understudy-<name>-…`) and a runner that reports into it. */
export function useOfflineRuns(name: string): OfflineRuns {
  const out = mkdtempSync(join(tmpdir(), `understudy-${name}-`));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  return {
    out,
    run: ({ report, ...options }) =>
      runEvaluation({
        dir: suiteDirectory(),
        policy: 'offline',
        demonstrators,
        saveAgentTrajectories: false,
        workers: 1,
        ...options,
        reportDir: join(out, report ?? 'report'),
      }),
  };
}

/** Each demonstration as [its task text, it succeeded, it replayed on its own seed]. */
export function demonstrationRows(result: EvaluationResult): [string, boolean, boolean | undefined][] {
  return result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified]);
}

/** The evaluated episodes by their seed. */
export function episodesBySeed(result: EvaluationResult): Map<number, EpisodeResult> {
  return new Map(result.episodes.map((episode) => [episode.seed, episode]));
}

/** Every episode of `seeds` (default: all) scored the page's full reward; a failure names the task text and the outcome's reason. */
export function expectFullReward(result: EvaluationResult, seeds?: readonly number[]): void {
  const bySeed = episodesBySeed(result);
  const episodes = seeds ? seeds.map((seed) => bySeed.get(seed)!) : result.episodes;
  for (const episode of episodes) expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
}
