/**
 * The episode driver for one Playwright page showing a MiniWoB-protocol task
 * (see /work/shared/PROTOCOL-MINIWOB.md, "Harness recipe"): open the page,
 * reset it on a seed the way the reference Python environment does, read the
 * utterance, and read done/reward. It never acts on the task itself: the
 * agent acts through an Operator on the same page.
 *
 * Every call into the page is raced against a timeout, because a task page
 * can hang its renderer (an endless loop in genProblem); then the call fails
 * with a HarnessTimeoutError and the caller must throw the page away.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { errorMessage } from '../../agent/core/errors.js';
import { episodeEndInPage, startEpisodeInPage, utteranceInPage } from './start-episode.js';

/** Locale and time zone every task page runs in: date tasks depend on them. */
export const PINNED_LOCALE = 'en-US';
export const PINNED_TIMEZONE = 'UTC';
/** Logical px. The task area is 160×210 at (0,0); the rest leaves room for pop-ups and scrolling. */
export const TASK_VIEWPORT = { width: 400, height: 320 } as const;
/** The part of the page a task lives in (logical px), used to crop screenshots as the Python gym does. */
export const TASK_CLIP = { x: 0, y: 0, width: 160, height: 210 } as const;

export interface EpisodeStatus {
  done: boolean;
  /** WOB_REWARD_GLOBAL: the raw reward, time-discounted on success for most pages. */
  reward: number;
  /** WOB_RAW_REWARD_GLOBAL: the reward before time discounting; success means exactly 1. */
  rawReward: number;
  /** WOB_REWARD_REASON; often null / undefined on real pages. */
  reason: string | null;
}

export interface MiniwobEnvironmentOptions {
  /** URL of the folder holding `core/` and `miniwob/`, ending in '/' (http://… or file://…). */
  baseUrl: string;
  /** Raise `core.EPISODE_MAX_TIME` to this many ms before every start; undefined keeps the page's own limit. */
  maxTimeMs?: number;
  /** Most ms any single call into the page may take (navigation, reset, reads). Default 15 000. */
  timeoutMs?: number;
  /** Most ms to wait for WOB_TASK_READY after a start. Default 5 000. */
  readyTimeoutMs?: number;
  /** Data mode set before every start, as `core.setDataMode`. Default 'train' (as the Python gym). */
  dataMode?: string;
  /** Reload the task page before every episode (`ensureOpen`). Default false: reset on the loaded page. */
  reloadEachEpisode?: boolean;
}

/** A task page did not answer in time (hung renderer, endless script). The page must be discarded. */
export class HarnessTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HarnessTimeoutError';
  }
}

/** A task page does not follow the protocol (no cover, no core, broken genProblem). */
export class TaskPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskPageError';
  }
}

/**
 * A browser context set up for task pages: pinned locale and time zone, a
 * fixed viewport, and the reward HUD hidden. The HUD (`#reward-display`,
 * drawn by core.js to the right of the task) shows earlier episodes' rewards;
 * hiding it keeps every reward out of what the agent can observe. It is not
 * part of any task, so the pages otherwise run unchanged.
 */
export async function newTaskContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: PINNED_LOCALE,
    timezoneId: PINNED_TIMEZONE,
    viewport: { ...TASK_VIEWPORT },
    deviceScaleFactor: 1,
  });
  await context.addInitScript({ content: HIDE_REWARD_SCRIPT });
  return context;
}

/** Runs in every page before its own scripts (a string: this project compiles without DOM types). */
const HIDE_REWARD_SCRIPT = `(() => {
  const hide = () => {
    const style = document.createElement('style');
    style.setAttribute('data-understudy-harness', 'hide-reward');
    style.textContent = '#reward-display { visibility: hidden !important; }';
    (document.head || document.documentElement).appendChild(style);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hide, { once: true });
  else hide();
})();`;

export class MiniwobEnvironment {
  /** Errors the page threw (uncaught exceptions) since the last `takePageErrors()`. */
  private pageErrors: string[] = [];
  private readonly timeoutMs: number;
  private currentTask: string | undefined;
  private broken = false;
  /** When the running episode's time limit ends it (ms since the epoch), or undefined before a start. */
  private endsAt: number | undefined;

  constructor(
    readonly page: Page,
    private readonly options: MiniwobEnvironmentOptions,
  ) {
    if (!/^(https?|file):\/\/.+\/$/.test(options.baseUrl)) {
      throw new Error(`baseUrl must be an http(s):// or file:// URL ending in '/', got ${JSON.stringify(options.baseUrl)}`);
    }
    this.timeoutMs = options.timeoutMs ?? 15_000;
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(`console: ${message.text()}`);
    });
    page.on('crash', () => {
      this.broken = true;
      this.pageErrors.push('the page crashed');
    });
  }

  /** The task the page shows, after `open()`. */
  get task(): string | undefined {
    return this.currentTask;
  }

  /** True once a call timed out or the page crashed: throw this page away and open a new one. */
  get isBroken(): boolean {
    return this.broken || this.page.isClosed();
  }

  /** The URL of a task's page. */
  taskUrl(task: string): string {
    return `${this.options.baseUrl}miniwob/${encodeURIComponent(task)}.html`;
  }

  /** Load a task page and wait for its START cover (core.startEpisode has run). */
  async open(task: string): Promise<void> {
    const url = this.taskUrl(task);
    this.currentTask = undefined;
    const response = await this.within(`loading ${url}`, this.page.goto(url, { waitUntil: 'load', timeout: this.timeoutMs }));
    if (response && !response.ok()) throw new TaskPageError(`${url} answered HTTP ${response.status()}`);
    try {
      await this.page.waitForSelector('#sync-task-cover', { state: 'attached', timeout: Math.min(this.timeoutMs, 10_000) });
    } catch {
      const errors = this.pageErrors.length > 0 ? ` (page errors: ${this.pageErrors.join('; ')})` : '';
      throw new TaskPageError(`${task}: #sync-task-cover never appeared, so the page did not start the MiniWoB protocol${errors}`);
    }
    const hasCore = await this.evaluate('checking core.js', () => typeof (globalThis as any).core?.startEpisodeReal === 'function');
    if (!hasCore) throw new TaskPageError(`${task}: the page has no core.startEpisodeReal()`);
    this.currentTask = task;
  }

  /**
   * Make sure the page shows this task's page, loading it if not (first use,
   * another task, or the agent navigated away), or on every call with
   * `reloadEachEpisode` (as Synapse's runs reload the page every episode).
   */
  async ensureOpen(task: string): Promise<void> {
    const here = this.page.url().split('#')[0]!.split('?')[0];
    if (this.options.reloadEachEpisode || this.currentTask !== task || here !== this.taskUrl(task)) await this.open(task);
  }

  /**
   * Start a fresh episode on a seed, as the Python gym's reset(seed): stop any
   * running episode, `Math.seedrandom(seed)` with the seed as a JS number
   * (seed 0 and seed '0' give different problems), set the data mode, raise
   * the time limit if asked, start, then wait for WOB_TASK_READY.
   */
  async reset(seed: number): Promise<void> {
    if (!this.currentTask) throw new Error('open(task) before reset(seed)');
    if (!Number.isFinite(seed)) throw new Error(`the seed must be a finite number, got ${seed}`);
    this.pageErrors = [];
    this.endsAt = undefined;
    const failure = await this.evaluate(
      `starting ${this.currentTask} on seed ${seed}`,
      startEpisodeInPage,
      { seed, mode: this.options.dataMode ?? 'train', maxTimeMs: this.options.maxTimeMs ?? null },
    );
    if (failure !== null) {
      const task = this.currentTask;
      this.currentTask = undefined; // reload before the next episode
      throw new TaskPageError(`${task}: starting the episode failed: ${failure}`);
    }
    const readyBy = Date.now() + (this.options.readyTimeoutMs ?? 5_000);
    for (;;) {
      const ready = await this.evaluate('reading WOB_TASK_READY', () => (globalThis as any).WOB_TASK_READY !== false);
      if (ready) {
        this.endsAt = await this.evaluate('reading the time limit', episodeEndInPage);
        return;
      }
      if (Date.now() >= readyBy) {
        throw new TaskPageError(`${this.currentTask}: WOB_TASK_READY stayed false for ${this.options.readyTimeoutMs ?? 5_000} ms after the start`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * How many ms the running episode has left before the page's own time limit
   * (`core.EPISODE_MAX_TIME` from the start) ends it with reward −1, or
   * undefined when no episode was started. The protocol exposes the limit; the
   * harness uses it to keep the agent's waits inside the episode.
   */
  remainingMs(now = Date.now()): number | undefined {
    return this.endsAt === undefined ? undefined : Math.max(0, this.endsAt - now);
  }

  /** The task instruction (`core.getUtterance()`; pages that return `{utterance, fields}` give the utterance). */
  async utterance(): Promise<string> {
    const value = await this.evaluate('reading the utterance', utteranceInPage);
    if (typeof value === 'string') return value;
    throw new TaskPageError(`${this.currentTask}: core.getUtterance() returned ${JSON.stringify(value)}`);
  }

  /**
   * done / reward / raw reward / reason, as the Python gym's metadata: the
   * first ending of the episode reset() started, even when a stray click on
   * the START cover began another one since.
   */
  async status(): Promise<EpisodeStatus> {
    const status = await this.evaluate('reading the reward', () => {
      const page = globalThis as any;
      const ending = page.UNDERSTUDY_ENDING;
      if (ending) return { done: true, reward: Number(ending.reward), rawReward: Number(ending.rawReward), reason: ending.reason ?? null };
      return {
        done: page.WOB_DONE_GLOBAL === true,
        reward: Number(page.WOB_REWARD_GLOBAL ?? 0),
        rawReward: Number(page.WOB_RAW_REWARD_GLOBAL ?? 0),
        reason: page.WOB_REWARD_REASON === undefined || page.WOB_REWARD_REASON === null ? null : String(page.WOB_REWARD_REASON),
      };
    });
    return status;
  }

  /**
   * Wait until the page reports done or `ms` pass (pages without `-nodelay`
   * may end an episode a little after the action). Returns the last status.
   */
  async waitForDone(ms: number, intervalMs = 50): Promise<EpisodeStatus> {
    const until = Date.now() + ms;
    for (;;) {
      const status = await this.status();
      if (status.done || Date.now() >= until) return status;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** The page errors since the last reset or take, and forget them. */
  takePageErrors(): string[] {
    const errors = this.pageErrors;
    this.pageErrors = [];
    return errors;
  }

  private async evaluate<R, A>(what: string, fn: (argument: A) => R | Promise<R>, argument?: A): Promise<R> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Playwright's overloads cannot see through the generic
    return this.within(what, this.page.evaluate(fn as any, argument) as Promise<R>);
  }

  /** Race a page call against the timeout; a timeout marks the page broken. */
  private async within<T>(what: string, promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.broken = true;
        reject(new HarnessTimeoutError(`${this.currentTask ?? 'task page'}: ${what} took longer than ${this.timeoutMs} ms; the page seems hung`));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([promise, timeout]);
    } catch (error) {
      promise.catch(() => undefined);
      if (error instanceof HarnessTimeoutError) throw error;
      if (this.page.isClosed()) throw new TaskPageError(`${what}: the page was closed`);
      throw new TaskPageError(`${what}: ${errorMessage(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
