/**
 * The operator-built demonstration, FOR UNIT TESTS ONLY: a scripted "human"
 * (a Demonstrator) performs a task through the operator, and this file writes
 * every observe/act pair as a Trajectory step itself. No recorder sits in
 * between, so what it stores is not what `understudy record` would capture.
 * The suite's demonstrations (demo, bench:offline, `bench miniwob --demos`)
 * come through the real recorder instead: record-through-recorder.ts.
 */
import type { Action } from '../../agent/core/action.js';
import { errorMessage } from '../../agent/core/errors.js';
import type { Observation } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../agent/core/operator.js';
import {
  TRAJECTORY_FORMAT_VERSION,
  newTrajectoryId,
  type Step,
  type StepObservation,
  type Trajectory,
} from '../../agent/core/trajectory.js';
import { screenshotKey } from '../../agent/core/screenshot-key.js';
import { trajectoryStep } from '../../agent/core/trajectory-step.js';
import { defaultAbstraction, type Abstraction } from '../abstraction.js';
import type { MiniwobEnvironment } from './environment.js';
import { EPISODE_OVER } from './episode-watch-operator.js';
import { episodeResult, scoreRawReward, type EpisodeRun } from './episode-result.js';

import type { Demonstrator } from './demonstrator-context.js';
import { miniwobAppKey } from './app-key.js';

export type { Demonstrator, DemonstratorContext, DemonstratorInput } from './demonstrator-context.js';

export interface RecordOptions {
  environment: MiniwobEnvironment;
  operator: Operator;
  demonstrator: Demonstrator;
  task: string;
  seed: number;
  abstract?: Abstraction;
  /** Screenshot every observation. Default true. */
  screenshots?: boolean;
  /** Most actions a demonstrator may take. Default 60. */
  maxActions?: number;
  /** Extra trajectory metadata. */
  metadata?: Record<string, unknown>;
}

const SETTLE_MS = 400;

/** Operator-built (no recorder): for unit tests of the harness and the policies only. */
export async function recordDemonstration(options: RecordOptions): Promise<EpisodeRun> {
  const { environment, operator, task, seed } = options;
  const abstract = options.abstract ?? defaultAbstraction;
  const maxActions = options.maxActions ?? 60;
  const started = Date.now();
  await environment.ensureOpen(task);
  await environment.reset(seed);
  const utterance = await environment.utterance();

  const steps: Step[] = [];
  const screenshots = new Map<string, Uint8Array>();
  let latest: { observation: Observation; abstracted: StepObservation; observeMs: number } | undefined;
  let over = false;

  const observe = async (): Promise<Observation> => {
    const begin = Date.now();
    const observation = await operator.observe({ screenshot: options.screenshots ?? true });
    const abstracted = abstract(observation, utterance);
    if (observation.screenshot?.png) {
      const sha256 = screenshotKey(observation.screenshot.png);
      screenshots.set(sha256, observation.screenshot.png);
      abstracted.screenshotSha256 = sha256;
    }
    latest = { observation, abstracted, observeMs: Date.now() - begin };
    return observation;
  };

  const act = async (action: Action): Promise<ActionResult> => {
    if (over) return actionFailure('failed', EPISODE_OVER);
    if (steps.length >= maxActions) throw new Error(`the demonstrator took more than ${maxActions} actions`);
    if (!latest) await observe();
    const before = latest!;
    const begin = Date.now();
    const result = await operator.execute(action);
    steps.push(
      trajectoryStep({
        index: steps.length,
        observation: before.abstracted,
        action,
        targets: { describedFrom: before.observation },
        result,
        timings: { observeMs: before.observeMs, actMs: Date.now() - begin },
      }),
    );
    // Two actions on one observation (e.g. a click then typing) share that observation, as the Runner's batches do.
    if ((await environment.status()).done) over = true;
    return result;
  };

  let failure: string | undefined;
  try {
    await options.demonstrator({ utterance, observe, act });
  } catch (error) {
    failure = errorMessage(error);
  }
  const status = await environment.waitForDone(SETTLE_MS);
  const scored = scoreRawReward(status.done ? status.rawReward : 0);
  const reason =
    failure !== undefined
      ? `the demonstrator failed: ${failure}`
      : (status.reason ?? (status.done ? `the page ended the episode with raw reward ${status.rawReward}` : 'the demonstrator finished but the page did not end the episode'));
  const trajectory: Trajectory = {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: newTrajectoryId(),
    task: utterance,
    environment: operator.environment,
    appKey: miniwobAppKey(task),
    source: 'demonstration',
    outcome: { status: scored.success ? 'success' : 'failed', reason, reward: status.rawReward },
    createdAt: started,
    steps,
    metadata: { ...options.metadata, benchmark: 'miniwob', task, seed, kind: 'demonstration', reward: status.reward, rawReward: status.rawReward, done: status.done },
  };
  return {
    result: episodeResult({
      kind: 'demonstration',
      task,
      seed,
      policy: 'demonstrator',
      utterance,
      page: status,
      reason,
      outcome: trajectory.outcome,
      startedAt: started,
      trajectory,
      pageErrors: environment.takePageErrors(),
      ...(failure !== undefined ? { error: failure } : {}),
    }),
    trajectory,
    screenshots,
  };
}
