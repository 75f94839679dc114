/**
 * An operator wrapper that reads the page's done flag after every action and
 * before every observation, and ends the run as soon as the page has ended
 * the episode. It tells the run only that it is over, never the reward: the
 * policy must not learn the score.
 *
 * It also keeps waits inside the episode: a wait (a `wait`, a `wait-until`, a
 * click `when` a condition holds) may last only until RESERVE_MS before the
 * page's own time limit would end the episode, so a wait that runs out leaves
 * the policy time to refuse instead of the page scoring a time-out (−1).
 */
import type { Action } from '../../agent/core/action.js';
import type { Observation } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult, type ObserveOptions, type Operator } from '../../agent/core/operator.js';
import type { EpisodeStatus, MiniwobEnvironment } from './environment.js';

export const EPISODE_OVER = 'the page ended the episode';

/** Time kept back from a wait before the episode's time limit, for the policy's next turn (observe, decide, refuse), ms. */
export const RESERVE_MS = 3_000;

/** The action with its wait shortened to end `remainingMs − RESERVE_MS` from now at the latest (never below 0). */
export function withinEpisode(action: Action, remainingMs: number | undefined): Action {
  if (remainingMs === undefined) return action;
  const room = Math.max(0, Math.floor(remainingMs - RESERVE_MS));
  if (action.type === 'wait') return action.ms > room ? { ...action, ms: room } : action;
  if (action.type === 'wait-until') return action.timeoutMs > room ? { ...action, timeoutMs: room } : action;
  if (action.type === 'click' && action.when && action.when.timeoutMs > room) return { ...action, when: { ...action.when, timeoutMs: room } };
  return action;
}

export class EpisodeWatchOperator implements Operator {
  /** The status read after the latest action. */
  lastStatus: EpisodeStatus | undefined;

  constructor(
    private readonly inner: Operator,
    private readonly episode: MiniwobEnvironment,
    /** Called (synchronously) when the run must stop because the page is done. */
    private readonly onEpisodeOver: () => void,
  ) {}

  get environment() {
    return this.inner.environment;
  }

  get actionSpace() {
    return this.inner.actionSpace;
  }

  async observe(options?: ObserveOptions): Promise<Observation> {
    this.lastStatus = await this.episode.status();
    if (this.lastStatus.done) this.onEpisodeOver();
    return this.inner.observe(options);
  }

  async execute(action: Action, options?: { signal?: AbortSignal }): Promise<ActionResult> {
    if (this.lastStatus?.done) {
      this.onEpisodeOver();
      return actionFailure('failed', EPISODE_OVER);
    }
    const result = await this.inner.execute(withinEpisode(action, this.episode.remainingMs()), options);
    this.lastStatus = await this.episode.status();
    return result;
  }

  /** The page belongs to the harness worker; closing the wrapper leaves it open. */
  async close(): Promise<void> {}
}
