/**
 * What one harness episode produced, as results files and reports keep it.
 * Scored on the page's raw reward: success = raw reward exactly 1; the
 * published criterion (Synapse, RCI) is reward > 0 and is kept alongside.
 */
import { describeAction } from '../../agent/core/action.js';
import type { Outcome, Trajectory } from '../../agent/core/trajectory.js';

export type EpisodeKind = 'agent' | 'demonstration' | 'replay';

export interface EpisodeAction {
  description: string;
  ok: boolean;
  error?: string;
  /** The policy's reasoning for the decision this action came from, if any. */
  thought?: string;
  /** sha256 of the screenshot observed before the action, if one was taken. */
  screenshotSha256?: string;
}

export interface EpisodeResult {
  kind: EpisodeKind;
  task: string;
  seed: number;
  /** Policy name ('offline', 'llm', 'hybrid', 'replay') or 'demonstrator'. */
  policy: string;
  utterance: string;
  /** The page ended the episode (WOB_DONE_GLOBAL). */
  done: boolean;
  /** WOB_REWARD_GLOBAL (time-discounted). */
  reward: number;
  /** WOB_RAW_REWARD_GLOBAL. */
  rawReward: number;
  /** Why it ended: the page's reason, or the harness's when the page gave none. */
  reason: string;
  /** raw reward === 1. */
  success: boolean;
  /** raw reward > 0: the criterion published numbers use. */
  positive: boolean;
  steps: number;
  /** Wall-clock ms from the reset to the end of the episode. */
  durationMs: number;
  modelCalls: number;
  tokens: number;
  /** How the agent's own run ended (its status and reason), which may differ from the page's verdict. */
  outcome: Outcome;
  trajectoryId?: string;
  actions: EpisodeAction[];
  pageErrors: string[];
  /** sha256 of a screenshot of the task area when the episode ended (kept for failed episodes). */
  finalScreenshotSha256?: string;
  /** The harness itself failed (hung page, crash); the episode counts as a failure. */
  error?: string;
  /** Demonstrations: replayed on their own seed right after recording and reproduced their reward. */
  verified?: boolean;
  /** Demonstrations: why they verified or not. */
  verification?: string;
}

/** An episode with what it leaves behind for the memory and the report. */
export interface EpisodeRun {
  result: EpisodeResult;
  trajectory?: Trajectory;
  /** PNG bytes by sha256, of the screenshots the trajectory refers to. */
  screenshots: Map<string, Uint8Array>;
}

/** What an episode's result is made from; `episodeResult` derives the rest (scores, steps, actions, duration). */
export interface EpisodeFacts {
  kind: EpisodeKind;
  task: string;
  seed: number;
  policy: string;
  utterance: string;
  /** The page's state when the episode ended (`done` false: the page never ended it). */
  page: { done: boolean; reward: number; rawReward: number };
  reason: string;
  outcome: Outcome;
  /** When the episode began, ms since the epoch. */
  startedAt: number;
  /** The trajectory the episode left, for its steps and actions. */
  trajectory?: Trajectory;
  /** The stored trajectory's id; default the trajectory's own (a recording that was not kept has none). */
  trajectoryId?: string;
  usage?: { modelCalls: number; tokens: number };
  pageErrors?: string[];
  finalScreenshotSha256?: string;
  /** The harness or the demonstrator failed. */
  error?: string;
}

/** The one place an `EpisodeResult` is put together. */
export function episodeResult(facts: EpisodeFacts): EpisodeResult {
  const { page, trajectory } = facts;
  const trajectoryId = 'trajectoryId' in facts ? facts.trajectoryId : trajectory?.id;
  return {
    kind: facts.kind,
    task: facts.task,
    seed: facts.seed,
    policy: facts.policy,
    utterance: facts.utterance,
    done: page.done,
    reward: page.reward,
    rawReward: page.rawReward,
    reason: facts.reason,
    ...scoreRawReward(page.done ? page.rawReward : 0),
    steps: trajectory?.steps.length ?? 0,
    durationMs: Date.now() - facts.startedAt,
    modelCalls: facts.usage?.modelCalls ?? 0,
    tokens: facts.usage?.tokens ?? 0,
    outcome: facts.outcome,
    ...(trajectoryId !== undefined ? { trajectoryId } : {}),
    actions: trajectory ? actionsOf(trajectory) : [],
    pageErrors: facts.pageErrors ?? [],
    ...(facts.finalScreenshotSha256 !== undefined ? { finalScreenshotSha256: facts.finalScreenshotSha256 } : {}),
    ...(facts.error !== undefined ? { error: facts.error } : {}),
  };
}

/** The per-action log a report shows. */
export function actionsOf(trajectory: Trajectory): EpisodeAction[] {
  return trajectory.steps.map((step) => ({
    description: describeAction(step.action),
    ok: step.result?.ok ?? true,
    error: step.result?.error,
    thought: step.thought,
    screenshotSha256: step.observation.screenshotSha256,
  }));
}

/** Scoring from a raw reward, in one place. */
export function scoreRawReward(rawReward: number): { success: boolean; positive: boolean } {
  return { success: rawReward === 1, positive: rawReward > 0 };
}

/** Sum the numeric usage counters a policy reports: model calls and tokens under their usual names. */
export function usageTotals(usage: Record<string, number> | undefined): { modelCalls: number; tokens: number } {
  if (!usage) return { modelCalls: 0, tokens: 0 };
  const number = (key: string) => (typeof usage[key] === 'number' && Number.isFinite(usage[key]) ? usage[key]! : undefined);
  const modelCalls = number('modelCalls') ?? number('calls') ?? 0;
  const tokens = number('tokens') ?? number('totalTokens') ?? (number('promptTokens') ?? 0) + (number('completionTokens') ?? 0);
  return { modelCalls, tokens };
}

/** Counters that grew between two usage snapshots (policies count across runs). */
export function usageDelta(before: Record<string, number> | undefined, after: Record<string, number> | undefined): Record<string, number> {
  const delta: Record<string, number> = {};
  for (const [key, value] of Object.entries(after ?? {})) {
    if (typeof value === 'number') delta[key] = value - (typeof before?.[key] === 'number' ? before[key]! : 0);
  }
  return delta;
}
