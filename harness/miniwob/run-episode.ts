/**
 * One episode of a policy on a MiniWoB-protocol page: reset on the seed, read
 * the utterance, and let the Runner drive the policy through the operator.
 * The agent sees only the utterance and its observations; the page's done
 * flag is read after every action (EpisodeWatchOperator) and ends the run;
 * the reward is read by the harness alone, after the run.
 */
import { errorMessage } from '../../agent/core/errors.js';
import type { AgentEventListener, RunBudgets } from '../../agent/core/events.js';
import type { Operator } from '../../agent/core/operator.js';
import type { Policy } from '../../agent/core/policy.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import type { ActionGate } from '../../agent/core/gate.js';
import { Runner } from '../../agent/runner/runner.js';
import type { Abstraction } from '../abstraction.js';
import { TASK_CLIP, type MiniwobEnvironment } from './environment.js';
import { EPISODE_OVER, EpisodeWatchOperator } from './episode-watch-operator.js';
import { episodeResult, scoreRawReward, usageDelta, usageTotals, type EpisodeKind, type EpisodeRun } from './episode-result.js';
import { screenshotKey } from '../../agent/core/screenshot-key.js';
import { miniwobAppKey } from './app-key.js';

/** Default per-episode budgets: MiniWoB tasks take a handful of actions. */
export const EPISODE_BUDGETS: RunBudgets = { maxSteps: 30, maxWallTimeMs: 120_000 };

/** How long to keep polling for done after the agent stopped, ms (some pages end an episode after a delay). */
const SETTLE_MS = 400;

export interface EpisodeOptions {
  environment: MiniwobEnvironment;
  /** Acts on `environment.page`. */
  operator: Operator;
  policy: Policy;
  task: string;
  seed: number;
  kind?: EpisodeKind;
  abstract?: Abstraction;
  budgets?: Partial<RunBudgets>;
  /** Capture a screenshot with every observation (kept for the report and the memory). Default true. */
  screenshots?: boolean;
  signal?: AbortSignal;
  /** The run's events as they happen (the app's live timeline). */
  onEvent?: AgentEventListener;
  /** Confirmation of risky actions (the app asks the user); default none, as in benchmarks. */
  gate?: ActionGate;
  /** Extra trajectory metadata. */
  metadata?: Record<string, unknown>;
}

export async function runPolicyEpisode(options: EpisodeOptions): Promise<EpisodeRun> {
  const { environment, task, seed, policy } = options;
  const kind = options.kind ?? 'agent';
  const started = Date.now();
  await environment.ensureOpen(task);
  await environment.reset(seed);
  const utterance = await environment.utterance();

  const stop = new AbortController();
  const onOuterAbort = () => stop.abort(typeof options.signal?.reason === 'string' ? options.signal.reason : 'stopped');
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const watched = new EpisodeWatchOperator(options.operator, environment, () => stop.abort(EPISODE_OVER));
  const runner = new Runner({
    operator: watched,
    policy,
    abstract: options.abstract,
    budgets: { ...EPISODE_BUDGETS, ...options.budgets },
    screenshots: options.screenshots ?? true,
    gate: options.gate,
  });
  const usageBefore = policy.usage?.();
  let run;
  try {
    run = await runner.run(utterance, {
      signal: stop.signal,
      onEvent: options.onEvent,
      source: kind === 'agent' ? 'agent' : 'demonstration',
      appKey: miniwobAppKey(task),
      metadata: { benchmark: 'miniwob', task, seed, kind, ...options.metadata },
    });
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  const status = await environment.waitForDone(SETTLE_MS);
  const usage = usageDelta(usageBefore, policy.usage?.());
  // When the page ended the episode, its verdict is the outcome the memory keeps (the run itself only saw
  // "stopped"); the agent's own view is kept in the metadata.
  const scored = scoreRawReward(status.done ? status.rawReward : 0);
  const outcome: Trajectory['outcome'] = status.done
    ? {
        status: scored.success ? 'success' : 'failed',
        reason: status.reason ?? `the page ended the episode with raw reward ${status.rawReward}`,
        ...(run.outcome.answer !== undefined ? { answer: run.outcome.answer } : {}),
        reward: status.rawReward,
      }
    : { ...run.outcome, ...(run.outcome.status === 'success' ? { status: 'failed' as const } : {}), reward: 0 };
  const trajectory: Trajectory = {
    ...run.trajectory,
    outcome,
    metadata: { ...run.trajectory.metadata, usage, reward: status.reward, rawReward: status.rawReward, done: status.done, agentOutcome: run.outcome },
  };
  const pageErrors = environment.takePageErrors();
  // What the page looked like at the end, for the report of a failed episode.
  let finalScreenshotSha256: string | undefined;
  if (!scored.success && (options.screenshots ?? true)) {
    try {
      const png = await environment.page.screenshot({ clip: { ...TASK_CLIP }, timeout: 5_000 });
      finalScreenshotSha256 = screenshotKey(png);
      run.screenshots.set(finalScreenshotSha256, new Uint8Array(png));
    } catch {
      // a page that cannot be photographed still has its result
    }
  }
  const reason =
    status.reason ??
    (status.done
      ? `the page ended the episode with raw reward ${status.rawReward}`
      : `the page did not end the episode; the agent's run ended: ${run.outcome.status}: ${run.outcome.reason}`);
  return {
    result: episodeResult({
      kind,
      task,
      seed,
      policy: policy.name,
      utterance,
      page: status,
      reason,
      outcome: run.outcome,
      startedAt: started,
      trajectory,
      usage: usageTotals(usage),
      pageErrors,
      finalScreenshotSha256,
    }),
    trajectory,
    screenshots: run.screenshots,
  };
}

/** An episode the harness itself could not run (hung page, broken task): a failure with the reason. */
export function failedEpisode(kind: EpisodeKind, task: string, seed: number, policy: string, error: unknown, startedAt: number): EpisodeRun {
  const message = errorMessage(error);
  return {
    result: episodeResult({
      kind,
      task,
      seed,
      policy,
      utterance: '',
      page: { done: false, reward: 0, rawReward: 0 },
      reason: `harness error: ${message}`,
      outcome: { status: 'error', reason: message },
      startedAt,
      error: message,
    }),
    screenshots: new Map(),
  };
}
