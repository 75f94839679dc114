/**
 * Verifying a recording right after it ends: replay it on the state it
 * started from — a MiniWoB-protocol task on the same seed, any other page
 * reloaded at the URL the recording opened — re-grounding every step by its
 * target descriptors, exactly as the agent's replay would. A recording that
 * does not replay is still worth keeping (a person may fix the page or the
 * recorder), but the memory marks it unverified and retrieval prefers
 * verified ones.
 *
 * The verdict is stored in the trajectory's metadata: `verified` (boolean)
 * and `verification` (RecordingVerification below).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { errorMessage } from '../../agent/core/errors.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import type { EpisodeRun } from '../../harness/miniwob/episode-result.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';

/** What `metadata.verification` holds. */
export interface RecordingVerification {
  /** The replay reached the recording's own result on the same starting state. */
  verified: boolean;
  /** Why, in a sentence a person understands. */
  reason: string;
  /** How the state was restored: the same MiniWoB seed, or the page reloaded. */
  method: 'miniwob-seed' | 'page-reload' | 'none';
  /** MiniWoB: the raw reward the replay scored (the recording's own is `outcome.reward`). */
  reward?: number;
  /** Steps the replay took. */
  replaySteps?: number;
  /** ms since the epoch. */
  checkedAt: number;
}

/** Where a MiniWoB recording was made, so its replay starts the same episode. */
export interface MiniwobOrigin {
  /** URL of the pages folder (holding core/ and miniwob/), ending in '/'. */
  baseUrl: string;
  task: string;
  seed: number;
  /** core.EPISODE_MAX_TIME for the replay; default the page's own limit. */
  maxTimeMs?: number;
}

export interface VerifyOptions {
  /** A browser to open a fresh context in (headless is fine: the replay needs no person). */
  browser: Browser;
  /** MiniWoB recordings: the task, seed and pages; otherwise the page at `url` is reloaded. */
  miniwob?: MiniwobOrigin;
  /** Page recordings: the URL the recording started at. */
  url?: string;
  /** Page recordings: the viewport the person recorded in (CSS px), so points land where they did. */
  viewport?: { width: number; height: number };
  signal?: AbortSignal;
}

export interface VerifyResult {
  verification: RecordingVerification;
  /** MiniWoB: the replay as a harness episode (for reports). */
  episode?: EpisodeRun;
}

/** The verdict without replaying, when a recording cannot be replayed at all (it did not finish the task, say). */
export function unverifiable(reason: string): RecordingVerification {
  return { verified: false, reason, method: 'none', checkedAt: Date.now() };
}

/**
 * Why a recording cannot verify before any replay, or undefined when a
 * replay should decide. A MiniWoB recording verifies only when it ended the
 * episode with raw reward 1: its replay must reproduce that.
 */
export function cannotVerify(trajectory: Trajectory, miniwob: boolean): string | undefined {
  if (trajectory.steps.length === 0) return 'nothing was recorded';
  if (miniwob) {
    const reward = trajectory.outcome.reward;
    if (reward === undefined) return 'the recording ended before the task did (the page never scored it), so there is nothing to reproduce';
    if (reward !== 1) return `the recording itself did not complete the task (the page scored raw reward ${reward})`;
  } else if (trajectory.outcome.status === 'failed' || trajectory.outcome.status === 'error') {
    return `the recording ended ${trajectory.outcome.status}: ${trajectory.outcome.reason}`;
  }
  return undefined;
}

export async function verifyRecording(trajectory: Trajectory, options: VerifyOptions): Promise<VerifyResult> {
  const early = cannotVerify(trajectory, options.miniwob !== undefined);
  if (early) return { verification: unverifiable(early) };
  if (options.miniwob) return verifyOnSeed(trajectory, options.miniwob, options.browser, options.signal);
  if (!options.url) return { verification: unverifiable('the recording names no page to reload') };
  return { verification: await verifyOnReload(trajectory, options.url, options.browser, options.viewport, options.signal) };
}

/** Episode time limit for a second replay when the first ran out of the page's own time (ms). */
export const SLOW_REPLAY_MAX_TIME_MS = 180_000;

/**
 * Whether the page ended an episode because its time ran out (MiniWoB's core
 * says "timed out"): on a loaded machine a replay of many drags can outlast a
 * page's 20–30 s while every step reproduces.
 */
export function pageTimedOut(result: { done: boolean; reason: string }): boolean {
  return result.done && /\btimed? ?out\b|time ran out/i.test(result.reason);
}

async function verifyOnSeed(trajectory: Trajectory, origin: MiniwobOrigin, browser: Browser, signal: AbortSignal | undefined): Promise<VerifyResult> {
  try {
    let episode = await replayOnSeed(trajectory, origin, browser, signal);
    let slow = '';
    if (pageTimedOut(episode.result) && origin.maxTimeMs === undefined) {
      // The steps may all be right and the machine slow: replay once more with time to spare, and say so.
      episode = await replayOnSeed(trajectory, { ...origin, maxTimeMs: SLOW_REPLAY_MAX_TIME_MS }, browser, signal);
      slow = ` (the first replay ran out of the page's own time, so it was replayed again with ${SLOW_REPLAY_MAX_TIME_MS / 1000} s)`;
    }
    const result = episode.result;
    const expected = trajectory.outcome.reward;
    const verified = result.done && result.rawReward === expected;
    const reason = verified
      ? `replayed on seed ${origin.seed}: the page scored raw reward ${result.rawReward} again${slow}`
      : result.done
        ? `replayed on seed ${origin.seed}, the page scored raw reward ${result.rawReward} instead of ${expected}${pageTimedOut(result) ? ' (its time ran out)' : ''}${replayTrouble(episode)}${slow}`
        : `replayed on seed ${origin.seed}, the page never ended the episode: ${result.outcome.status}: ${result.outcome.reason}${slow}`;
    return {
      verification: { verified, reason, method: 'miniwob-seed', reward: result.done ? result.rawReward : undefined, replaySteps: result.steps, checkedAt: Date.now() },
      episode,
    };
  } catch (error) {
    return { verification: { ...unverifiable(`the replay on seed ${origin.seed} failed: ${errorMessage(error)}`), method: 'miniwob-seed' } };
  }
}

/** One replay of the recording on its seed, in a fresh context. */
async function replayOnSeed(trajectory: Trajectory, origin: MiniwobOrigin, browser: Browser, signal: AbortSignal | undefined): Promise<EpisodeRun> {
  let context: BrowserContext | undefined;
  try {
    context = await newTaskContext(browser);
    const page = await context.newPage();
    const environment = new MiniwobEnvironment(page, { baseUrl: origin.baseUrl, maxTimeMs: origin.maxTimeMs });
    const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
    return await runPolicyEpisode({
      environment,
      operator,
      policy: new ReplayPolicy(trajectory),
      task: origin.task,
      seed: origin.seed,
      kind: 'replay',
      screenshots: false,
      budgets: { maxSteps: ReplayPolicy.stepBudget(trajectory) },
      signal,
      metadata: { replayOf: trajectory.id },
    });
  } finally {
    await context?.close().catch(() => undefined);
  }
}

/** The first failed action of a replay, as a clause ("; step 2 …"), to say where it went wrong. */
function replayTrouble(episode: EpisodeRun): string {
  const failed = episode.result.actions.findIndex((action) => !action.ok);
  if (failed >= 0) return `; step ${failed + 1} (${episode.result.actions[failed]!.description}) failed: ${episode.result.actions[failed]!.error ?? 'no reason given'}`;
  if (episode.result.outcome.status !== 'success') return `; ${episode.result.outcome.reason}`;
  return '';
}

async function verifyOnReload(
  trajectory: Trajectory,
  url: string,
  browser: Browser,
  viewport: { width: number; height: number } | undefined,
  signal: AbortSignal | undefined,
): Promise<RecordingVerification> {
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: viewport ?? { width: 1024, height: 768 }, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    const operator = await BrowserOperator.attach(page);
    await operator.goto(url);
    const runner = new Runner({ operator, policy: new ReplayPolicy(trajectory), budgets: { maxSteps: ReplayPolicy.stepBudget(trajectory) } });
    const run = await runner.run(trajectory.task, { signal, metadata: { replayOf: trajectory.id } });
    const failed = run.trajectory.steps.find((step) => step.result?.ok === false);
    const verified = run.outcome.status === 'success' && !failed;
    const reason = verified
      ? `replayed on the reloaded page: all ${run.trajectory.steps.filter((step) => step.action.type !== 'done' && step.action.type !== 'wait').length} step(s) found their targets and ran (the page gives no score to compare)`
      : failed
        ? `replayed on the reloaded page, step ${failed.index + 1} failed: ${failed.result?.error ?? failed.result?.code ?? 'no reason given'}`
        : `replayed on the reloaded page: ${run.outcome.reason}`;
    return { verified, reason, method: 'page-reload', replaySteps: run.trajectory.steps.length, checkedAt: Date.now() };
  } catch (error) {
    return { ...unverifiable(`the replay on the reloaded page failed: ${errorMessage(error)}`), method: 'page-reload' };
  } finally {
    await context?.close().catch(() => undefined);
  }
}
