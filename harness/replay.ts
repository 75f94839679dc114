/**
 * Replaying stored MiniWoB trajectories: each on its own task and seed, with
 * element targets re-grounded onto the fresh page. A replay must reproduce
 * the stored reward; that checks the recording and the executor together.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserFacingError } from '../agent/core/errors.js';
import type { Trajectory } from '../agent/core/trajectory.js';
import { defaultAbstraction } from './abstraction.js';
import type { EpisodeResult } from './miniwob/episode-result.js';
import { ReplayPolicy } from '../agent/policy/replay/replay-policy.js';
import { failedEpisode, runPolicyEpisode } from './miniwob/run-episode.js';
import { openTaskDirectory, selectTasks } from './miniwob/task-directory.js';
import type { OperatorFactory } from './operator-factory.js';
import { openSession } from './session.js';
import { suiteDirectory } from './tasks/catalog.js';

export interface ReplayOptions {
  dir: string;
  trajectories: readonly Trajectory[];
  workers?: number;
  maxTimeMs?: number;
  connect?: readonly string[];
  fileUrls?: boolean;
  createOperator?: OperatorFactory;
  onResult?: (outcome: ReplayOutcome) => void;
}

export interface ReplayOutcome {
  trajectoryId: string;
  /** The raw reward stored with the trajectory. */
  expected: number | undefined;
  result: EpisodeResult;
  reproduced: boolean;
}

/** The task and seed a MiniWoB trajectory was recorded on (its metadata). */
export function miniwobOrigin(trajectory: Trajectory): { task: string; seed: number } {
  const { task, seed } = trajectory.metadata as { task?: unknown; seed?: unknown };
  if (typeof task !== 'string' || typeof seed !== 'number') {
    throw new UserFacingError(`trajectory ${trajectory.id} was not recorded by the MiniWoB harness (its metadata names no task and seed), so it cannot be replayed here`);
  }
  return { task, seed };
}

/**
 * Trajectory metadata naming the pages folder an episode ran on, so a later
 * replay finds it again; empty for the project's own suite (the default,
 * wherever Understudy is installed).
 */
export function pagesMetadata(root: string): { pages?: string } {
  let suite: string | undefined;
  try {
    suite = resolve(suiteDirectory());
  } catch {
    suite = undefined;
  }
  return resolve(root) === suite ? {} : { pages: resolve(root) };
}

/**
 * The pages folder a MiniWoB trajectory was recorded from (`metadata.pages`,
 * written by `understudy record --miniwob` and `bench miniwob`), or undefined
 * when it names none.
 * @throws UserFacingError when the folder it names is gone.
 */
export function recordedPagesFolder(trajectory: Trajectory): string | undefined {
  const { pages } = trajectory.metadata as { pages?: unknown };
  if (typeof pages !== 'string' || pages === '') return undefined;
  if (!existsSync(pages)) {
    throw new UserFacingError(
      `trajectory ${trajectory.id} was recorded from the pages folder ${pages}, which no longer exists`,
      'point the replay at the pages with --dir <folder holding core/ and miniwob/>',
    );
  }
  return pages;
}

export async function replayTrajectories(options: ReplayOptions): Promise<ReplayOutcome[]> {
  const directory = openTaskDirectory(options.dir);
  const jobs = options.trajectories.map((trajectory) => ({ trajectory, ...miniwobOrigin(trajectory) }));
  selectTasks(directory, jobs.map((job) => job.task));
  const abstract = defaultAbstraction;
  const session = await openSession({
    root: directory.root,
    workers: Math.max(1, Math.min(options.workers ?? 1, jobs.length)),
    fileUrls: options.fileUrls,
    connect: options.connect,
    maxTimeMs: options.maxTimeMs,
    createOperator: options.createOperator,
  });
  try {
    return await session.pool.runAll(jobs, async (worker, job) => {
      const started = Date.now();
      let result: EpisodeResult;
      try {
        result = (
          await runPolicyEpisode({
            environment: worker.environment,
            operator: worker.operator,
            policy: new ReplayPolicy(job.trajectory),
            task: job.task,
            seed: job.seed,
            kind: 'replay',
            abstract,
            screenshots: false,
            metadata: { replayOf: job.trajectory.id },
          })
        ).result;
      } catch (error) {
        result = failedEpisode('replay', job.task, job.seed, 'replay', error, started).result;
      }
      const expected = job.trajectory.outcome.reward;
      const outcome: ReplayOutcome = {
        trajectoryId: job.trajectory.id,
        expected,
        result,
        reproduced: expected !== undefined && result.done && result.rawReward === expected,
      };
      options.onResult?.(outcome);
      return outcome;
    });
  } finally {
    await session.close();
  }
}
