/**
 * The globals a MiniWoB-protocol page exposes (ours and the real MiniWoB++
 * pages alike), typed for code that runs inside the page through
 * `page.evaluate`: cast `globalThis as unknown as MiniwobPageGlobals` (the Node-side type-check has no DOM lib).
 * Times are milliseconds.
 */
export interface MiniwobCore {
  EPISODE_MAX_TIME: number;
  EP_TIMER: unknown;
  /** Date.now() when the running episode started. */
  ept0: number;
  startEpisode(): void;
  startEpisodeReal(): void;
  endEpisode(reward: number, timeProportional?: boolean, reason?: string): void;
  getUtterance(): string | { utterance: string; fields: Record<string, string> };
  setDataMode(mode: string): void;
  randi(min: number, max: number): number;
  randf(min: number, max: number): number;
  sample<T>(list: readonly T[]): T;
  shuffle<T>(list: T[]): T[] | void;
}

export interface MiniwobPageGlobals {
  core: MiniwobCore;
  Math: Math & { seedrandom(seed: number | string): string };
  WOB_DONE_GLOBAL: boolean;
  WOB_REWARD_GLOBAL: number;
  WOB_RAW_REWARD_GLOBAL: number;
  WOB_REWARD_REASON: string | null | undefined;
  WOB_TASK_READY: boolean;
  WOB_EPISODE_ID: number;
  WOB_DATA_MODE: string;
  /** Set by the harness's reset (start-episode.ts): the first ending of the episode it started, null while it runs. */
  UNDERSTUDY_ENDING?: { reward: number; rawReward: number; reason: string | null } | null;
  genProblem(): void;
}
