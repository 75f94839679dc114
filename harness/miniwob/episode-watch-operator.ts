/**
 * An operator wrapper that reads the page's done flag after every action and
 * before every observation, and ends the run as soon as the page has ended
 * the episode. It tells the run only that it is over, never the reward: the
 * policy must not learn the score.
 */
import type { Action } from '../../agent/core/action.js';
import type { Observation } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult, type ObserveOptions, type Operator } from '../../agent/core/operator.js';
import type { EpisodeStatus, MiniwobEnvironment } from './environment.js';

export const EPISODE_OVER = 'the page ended the episode';

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
    const result = await this.inner.execute(action, options);
    this.lastStatus = await this.episode.status();
    return result;
  }

  /** The page belongs to the harness worker; closing the wrapper leaves it open. */
  async close(): Promise<void> {}
}
