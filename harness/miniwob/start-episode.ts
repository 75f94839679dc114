/**
 * The MiniWoB protocol's reset(seed), as the reference Python environment
 * does it, written once. `startEpisodeInPage` runs INSIDE a task page (pass
 * it to `page.evaluate`): stop any running episode, `Math.seedrandom(seed)`
 * with the seed as a JS number (seed 0 and seed '0' give different
 * problems), set the data mode, raise the time limit if asked, start.
 *
 * The page keeps the first ending of the episode the harness started
 * (`UNDERSTUDY_ENDING`): a click that lands on the START cover after the
 * page's time ran out starts a new episode and clears the WOB_* globals, and
 * the harness must still read the ending that counted ("timed out", −1), not
 * whatever the stray episode scores next.
 */
import type { MiniwobPageGlobals } from '../tasks/page-globals.js';

export interface EpisodeStart {
  seed: number;
  /** The data mode, 'train' unless a caller asks otherwise. */
  mode: string;
  /** A longer episode time limit (ms), or null for the page's own. */
  maxTimeMs: number | null;
}

/** Runs in the page. Returns null, or why the page failed to start the episode. */
export function startEpisodeInPage(start: EpisodeStart): string | null {
  const page = globalThis as unknown as MiniwobPageGlobals;
  try {
    if (page.UNDERSTUDY_ENDING === undefined) {
      // Once per page: wrap endEpisode so the first ending of each started episode stays readable.
      const end = page.core.endEpisode;
      page.core.endEpisode = function (this: unknown, reward: number, timeProportional?: boolean, reason?: string) {
        end.call(this, reward, timeProportional, reason);
        if (page.WOB_DONE_GLOBAL === true && page.UNDERSTUDY_ENDING === null) {
          page.UNDERSTUDY_ENDING = {
            reward: Number(page.WOB_REWARD_GLOBAL ?? 0),
            rawReward: Number(page.WOB_RAW_REWARD_GLOBAL ?? 0),
            reason: page.WOB_REWARD_REASON === undefined || page.WOB_REWARD_REASON === null ? null : String(page.WOB_REWARD_REASON),
          };
        }
      };
    }
    page.core.endEpisode(0);
    page.Math.seedrandom(start.seed);
    page.core.setDataMode(start.mode);
    if (typeof start.maxTimeMs === 'number') page.core.EPISODE_MAX_TIME = start.maxTimeMs;
    page.core.startEpisodeReal();
    page.UNDERSTUDY_ENDING = null;
    return null;
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
}

/** Runs in the page: the running episode's instruction (pages return a string or `{ utterance, fields }`). */
export function utteranceInPage(): unknown {
  const raw = (globalThis as unknown as MiniwobPageGlobals).core.getUtterance() as unknown;
  return raw && typeof raw === 'object' && typeof (raw as { utterance?: unknown }).utterance === 'string' ? (raw as { utterance: string }).utterance : raw;
}

/** Runs in the page: when the running episode's time limit ends it (ms since the epoch), or undefined. */
export function episodeEndInPage(): number | undefined {
  const core = (globalThis as unknown as MiniwobPageGlobals).core;
  const start = Number(core.ept0);
  const limit = Number(core.EPISODE_MAX_TIME);
  return Number.isFinite(start) && Number.isFinite(limit) && limit > 0 ? start + limit : undefined;
}
