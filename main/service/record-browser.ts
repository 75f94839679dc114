/**
 * A browser recording session with no UI: open a page (a URL, or a
 * MiniWoB-protocol task on a seed), let the BrowserRecorder capture what is
 * done in it with real input, then stop, verify (replay on the same starting
 * state) and save the demonstration — or discard it. `understudy record`
 * prints around it; the harness drives it with scripted people; any other
 * program can too, through `page` or the Chrome DevTools endpoint
 * (`remoteDebuggingPort`, bound to 127.0.0.1 only).
 *
 *   const recording = await startBrowserRecording({ target, journalDirectory });
 *   … drive recording.page with page.mouse / page.keyboard, or let a person …
 *   recording.requestStop('requested');            // or await recording.stopRequested
 *   const finished = await recording.finish({ sink: memory });
 *   await recording.close();
 *
 * Nothing here writes to a terminal or exits the process.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { Step, Outcome, Trajectory } from '../../agent/core/trajectory.js';
import { newTrajectoryId } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { navigationFailure, toPageUrl } from '../../agent/operators/browser/page-url.js';
import { appKeyOfUrl } from '../../agent/runner/app-key.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import type { EpisodeRun } from '../../harness/miniwob/episode-result.js';
import { pagesMetadata } from '../../harness/replay.js';
import { BrowserRecorder, type StopReason } from '../recorder/browser/browser-recorder.js';
import { STOP_HOTKEY } from '../recorder/browser/recorder-page-script.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../recorder/recording-journal.js';
import { commitJournal, type RecordingSink, type SavedRecording } from '../recorder/recording-sink.js';
import { cannotVerify, unverifiable, verifyRecording, type RecordingVerification } from './record-verification.js';
import { miniwobAppKey } from '../../harness/miniwob/app-key.js';

export type { StopReason } from '../recorder/browser/browser-recorder.js';
export type { RecordingVerification } from './record-verification.js';

export type RecordingTarget =
  | {
      kind: 'page';
      /** A URL, or a path to a local file. */
      url: string;
      /** What the person is doing, in their words. */
      task: string;
    }
  | {
      kind: 'miniwob';
      /** The pages folder (holding core/ and miniwob/), validated by the caller. */
      root: string;
      /** Where the browser loads the pages from, ending in '/'; default the folder as file:// URLs. */
      baseUrl?: string;
      task: string;
      seed: number;
      /** core.EPISODE_MAX_TIME while recording, ms (a person is slower than the page's limit expects). */
      maxTimeMs?: number;
    };

export interface StartBrowserRecordingOptions {
  target: RecordingTarget;
  /** Where the crash-safe journal goes (journalDirectoryFor(<memory>)). */
  journalDirectory: string;
  /** Record in a new context of this browser (the caller keeps it open); default: launch a Chromium of our own. */
  browser?: Browser;
  /** Our own Chromium only: show no window (for a scripted driver). Default false. */
  headless?: boolean;
  /** Our own Chromium only: extra flags (window position and size). */
  args?: string[];
  /** Our own Chromium only: expose the Chrome DevTools Protocol on 127.0.0.1:<port>. */
  remoteDebuggingPort?: number;
  /** Keep typed secrets instead of placeholders. Default false. */
  allowSecrets?: boolean;
  /** See BrowserRecorderOptions.settleMs. */
  settleMs?: number;
  onStep?: (step: Step, warnings: readonly string[]) => void;
  onWarning?: (message: string) => void;
}

export interface RemoteDebugging {
  port: number;
  /** ws://127.0.0.1:<port>/devtools/browser/… — pass it (or http://127.0.0.1:<port>) to chromium.connectOverCDP. */
  browserWebSocket: string;
}

export interface FinishOptions {
  /** Where a kept recording is saved (the exemplar memory). */
  sink: RecordingSink;
  /** Do not save it; a function decides from the outcome and verification (e.g. keep only successes). */
  discard?: boolean | ((outcome: Outcome, verification: RecordingVerification) => boolean);
  /** Replay it on the same starting state before saving. Default true. */
  verify?: boolean;
  /** Browser the verification replay runs in; default the recording's own if headless, else a headless one launched for it. */
  verifyBrowser?: Browser;
  /** core.EPISODE_MAX_TIME for the verification replay; default the page's own limit. */
  verifyMaxTimeMs?: number;
  signal?: AbortSignal;
}

export interface FinishedRecording {
  saved: SavedRecording;
  /** The trajectory as stored (or as it would have been, when discarded or empty). */
  trajectory?: Trajectory;
  outcome: Outcome;
  stopReason: StopReason;
  verification: RecordingVerification;
  /** MiniWoB: the verification replay as a harness episode. */
  replay?: EpisodeRun;
  /** Quality warnings by 0-based step index. */
  warnings: readonly { step: number; message: string }[];
}

export interface BrowserRecording {
  readonly page: Page;
  /** The task text the recording is stored under (MiniWoB: the page's utterance). */
  readonly taskText: string;
  /** MiniWoB recordings: the episode driver (done, reward). */
  readonly environment?: MiniwobEnvironment;
  readonly remoteDebugging?: RemoteDebugging;
  /** Resolves when the recording should end: the person stopped it, the window closed, the episode ended, or requestStop. */
  readonly stopRequested: Promise<StopReason>;
  /** Steps written so far. */
  readonly steps: number;
  readonly warnings: readonly { step: number; message: string }[];
  /** Ask the recording to end (stopRequested resolves with this reason). */
  requestStop(reason: StopReason): void;
  /** Resolves once the page was observed after the latest input the recorder received and every gesture so far is written. */
  settled(): Promise<void>;
  /** Stop recording, decide the outcome, verify, and save or discard. Call once. */
  finish(options: FinishOptions): Promise<FinishedRecording>;
  /** Close the context (and the browser, when it is ours). The journal of an unfinished recording stays for --recover. */
  close(): Promise<void>;
}

/** How often a MiniWoB episode's end is polled while recording, ms. */
const EPISODE_POLL_MS = 250;

export async function startBrowserRecording(options: StartBrowserRecordingOptions): Promise<BrowserRecording> {
  const { target } = options;
  // A missing file or a host without a scheme fails here, before a window opens.
  const pageUrl = target.kind === 'page' ? toPageUrl(target.url) : undefined;
  if (target.kind === 'miniwob' && !Number.isInteger(target.seed)) throw new UserFacingError(`the MiniWoB seed must be an integer, got ${target.seed}`);
  const port = options.remoteDebuggingPort;
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new UserFacingError(`the remote debugging port must be a whole number from 1 to 65535, got ${port}`);
  }
  if (port !== undefined && options.browser) throw new UserFacingError('a remote debugging port needs a browser of the recording\'s own, not a given one');

  const ownBrowser = !options.browser;
  const browser =
    options.browser ??
    (await launchChromium({
      headless: options.headless ?? false,
      // Ctrl+C ends the recording, which is then verified and saved: Playwright must not close the browser and exit first.
      handleSignals: false,
      // 127.0.0.1 only: the DevTools protocol gives full control of the browser to whoever reaches it.
      args: [...(options.args ?? []), ...(port !== undefined ? [`--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'] : [])],
    }));
  let context: BrowserContext | undefined;
  let journal: RecordingJournal | undefined;
  try {
    let page: Page;
    let taskText: string;
    let appKey: string;
    let environment: MiniwobEnvironment | undefined;
    const metadata: Record<string, unknown> = { recorder: 'browser' };
    if (target.kind === 'miniwob') {
      context = await newTaskContext(browser);
      page = await context.newPage();
      await watchListenersFromTheStart(page);
      const baseUrl = target.baseUrl ?? `${pathToFileURL(target.root).href.replace(/\/?$/, '/')}`;
      environment = new MiniwobEnvironment(page, { baseUrl, maxTimeMs: target.maxTimeMs });
      await environment.open(target.task);
      await environment.reset(target.seed);
      taskText = await environment.utterance();
      appKey = miniwobAppKey(target.task);
      // The keys the MiniWoB harness writes, so `understudy replay <id>` can replay it on its seed.
      Object.assign(metadata, { benchmark: 'miniwob', task: target.task, seed: target.seed, kind: 'demonstration', utterance: taskText, ...pagesMetadata(target.root) });
    } else {
      context = await browser.newContext(ownBrowser && !(options.headless ?? false) ? { viewport: null } : { viewport: { width: 1024, height: 768 } });
      page = await context.newPage();
      await watchListenersFromTheStart(page);
      try {
        await page.goto(pageUrl!, { waitUntil: 'load' });
      } catch (error) {
        throw navigationFailure(pageUrl!, error);
      }
      taskText = target.task;
      appKey = appKeyOfUrl(page.url());
      metadata.url = pageUrl;
    }
    const remoteDebugging = port !== undefined ? await devtoolsEndpoint(port) : undefined;
    journal = RecordingJournal.create(options.journalDirectory, {
      trajectoryId: newTrajectoryId(),
      task: taskText,
      environment: 'browser',
      appKey,
      startedAt: Date.now(),
      metadata,
    });
    const recorder = await BrowserRecorder.start({
      page,
      task: taskText,
      journal,
      allowSecrets: options.allowSecrets ?? false,
      observe: environment ? { screenshotClip: { ...TASK_CLIP } } : {},
      onStep: options.onStep,
      onWarning: options.onWarning,
      settleMs: options.settleMs,
    });
    return new RecordingSession({
      browser,
      ownBrowser,
      context,
      page,
      taskText,
      environment,
      remoteDebugging,
      journal,
      recorder,
      metadata,
      target,
      headless: !ownBrowser || (options.headless ?? false),
    });
  } catch (error) {
    journal?.remove();
    await context?.close().catch(() => undefined);
    if (ownBrowser) await browser.close().catch(() => undefined);
    throw error;
  }
}

interface SessionParts {
  browser: Browser;
  ownBrowser: boolean;
  context: BrowserContext;
  page: Page;
  taskText: string;
  environment?: MiniwobEnvironment;
  remoteDebugging?: RemoteDebugging;
  journal: RecordingJournal;
  recorder: BrowserRecorder;
  metadata: Record<string, unknown>;
  target: RecordingTarget;
  headless: boolean;
}

class RecordingSession implements BrowserRecording {
  readonly stopRequested: Promise<StopReason>;
  private readonly episodeWatch: NodeJS.Timeout | undefined;
  private journal: RecordingJournal | undefined;
  private finished = false;

  constructor(private readonly parts: SessionParts) {
    this.journal = parts.journal;
    this.stopRequested = parts.recorder.stopRequested;
    const environment = parts.environment;
    if (environment) {
      // The end of the episode ends the recording by itself.
      this.episodeWatch = setInterval(() => {
        environment.status().then(
          (status) => status.done && parts.recorder.requestStop('episode-done'),
          () => undefined,
        );
      }, EPISODE_POLL_MS);
    }
  }

  get page(): Page {
    return this.parts.page;
  }
  get taskText(): string {
    return this.parts.taskText;
  }
  get environment(): MiniwobEnvironment | undefined {
    return this.parts.environment;
  }
  get remoteDebugging(): RemoteDebugging | undefined {
    return this.parts.remoteDebugging;
  }
  get steps(): number {
    return this.parts.recorder.steps;
  }
  get warnings(): readonly { step: number; message: string }[] {
    return this.parts.recorder.warnings;
  }

  requestStop(reason: StopReason): void {
    this.parts.recorder.requestStop(reason);
  }

  settled(): Promise<void> {
    return this.parts.recorder.settled();
  }

  async finish(options: FinishOptions): Promise<FinishedRecording> {
    if (this.finished || !this.journal) throw new Error('this recording was already finished');
    this.finished = true;
    const { recorder, environment, page, metadata } = this.parts;
    recorder.requestStop('requested');
    const stopReason = await recorder.stopRequested;
    clearInterval(this.episodeWatch);
    await recorder.stop();

    let outcome: Outcome = { status: 'success', reason: `demonstration recorded; ended by ${describeStopReason(stopReason)}` };
    if (environment && !page.isClosed()) {
      const status = await environment.status().catch(() => undefined);
      if (status?.done) {
        outcome = {
          status: status.rawReward >= 1 ? 'success' : 'failed',
          reason: `MiniWoB episode ended with raw reward ${status.rawReward}${status.reason ? ` (${status.reason})` : ''}`,
          reward: status.rawReward,
        };
        Object.assign(metadata, { reward: status.reward, rawReward: status.rawReward, done: true });
      } else {
        outcome = { status: 'stopped', reason: `the recording ended (${describeStopReason(stopReason)}) before the MiniWoB episode did` };
      }
    } else if (environment) {
      outcome = { status: 'stopped', reason: `the recording ended (${describeStopReason(stopReason)}) before the MiniWoB episode did` };
    }

    // The trajectory as it will be stored, to replay before it is saved (the journal stays recoverable meanwhile).
    const journal = this.journal;
    const provisional = journalToTrajectory({ ...readJournal(journal.path), end: { outcome, metadata, discard: false } });
    let verification: RecordingVerification;
    let replay: EpisodeRun | undefined;
    if (options.verify === false) verification = unverifiable('verification was not asked for');
    else {
      const early = cannotVerify(provisional, environment !== undefined);
      if (early) verification = unverifiable(early);
      else {
        const verified = await this.verify(provisional, options);
        verification = verified.verification;
        replay = verified.episode;
      }
    }
    const discard = typeof options.discard === 'function' ? options.discard(outcome, verification) : (options.discard ?? false);
    const endMetadata = { ...metadata, qualityWarnings: recorder.warnings.length, verified: verification.verified, verification };
    journal.end(outcome, endMetadata, discard);
    const saved = await commitJournal(journal, options.sink);
    this.journal = undefined;
    const trajectory = saved.kind === 'saved' ? saved.trajectory : provisional.steps.length > 0 ? { ...provisional, metadata: { ...provisional.metadata, ...endMetadata } } : undefined;
    return { saved, trajectory, outcome, stopReason, verification, replay, warnings: recorder.warnings };
  }

  async close(): Promise<void> {
    clearInterval(this.episodeWatch);
    if (!this.finished) await this.parts.recorder.stop().catch(() => undefined);
    // An unfinished journal stays on disk for --recover; a finished one was removed by commitJournal.
    this.journal?.close();
    // A hung renderer can make a polite close wait forever: give it a few seconds.
    await Promise.race([this.parts.context.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    if (this.parts.ownBrowser) await this.parts.browser.close().catch(() => undefined);
  }

  private async verify(trajectory: Trajectory, options: FinishOptions) {
    const { target } = this.parts;
    let browser = options.verifyBrowser ?? (this.parts.headless ? this.parts.browser : undefined);
    const launched = browser ? undefined : await launchChromium({ headless: true, handleSignals: false });
    browser ??= launched!;
    try {
      if (target.kind === 'miniwob') {
        const baseUrl = target.baseUrl ?? `${pathToFileURL(target.root).href.replace(/\/?$/, '/')}`;
        return await verifyRecording(trajectory, {
          browser,
          miniwob: { baseUrl, task: target.task, seed: target.seed, maxTimeMs: options.verifyMaxTimeMs },
          signal: options.signal,
        });
      }
      const viewport = await this.parts.page.evaluate('({ width: window.innerWidth, height: window.innerHeight })').catch(() => undefined) as { width: number; height: number } | undefined;
      return await verifyRecording(trajectory, { browser, url: String(this.parts.metadata.url), viewport, signal: options.signal });
    } catch (error) {
      return { verification: unverifiable(`the replay could not run: ${errorMessage(error)}`) };
    } finally {
      await launched?.close().catch(() => undefined);
    }
  }
}

/**
 * Install the operator's click-listener tracker before the page's own scripts
 * run, as the harness's and `understudy run`'s operators are: otherwise an
 * element whose handler was bound while the page loaded (a jQuery or d3 page
 * builds itself at once) looks inert to the recorder's observations but
 * clickable to the agent's, and the stored role does not match on replay.
 */
async function watchListenersFromTheStart(page: Page): Promise<void> {
  await BrowserOperator.attach(page);
}

/** The DevTools endpoint of a browser started with --remote-debugging-port, checked to answer on 127.0.0.1. */
async function devtoolsEndpoint(port: number): Promise<RemoteDebugging> {
  const url = `http://127.0.0.1:${port}/json/version`;
  const until = Date.now() + 5_000;
  for (;;) {
    try {
      const response = await fetch(url);
      const body = (await response.json()) as { webSocketDebuggerUrl?: string };
      if (body.webSocketDebuggerUrl) return { port, browserWebSocket: body.webSocketDebuggerUrl };
    } catch (error) {
      if (Date.now() > until) {
        throw new UserFacingError(`Chromium's DevTools endpoint did not answer at ${url}: ${errorMessage(error)}`, 'the port may be taken by another program: choose another with --remote-debugging-port');
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How a recording ended, in words. */
export function describeStopReason(reason: StopReason): string {
  switch (reason) {
    case 'hotkey':
      return `the stop hotkey ${STOP_HOTKEY}`;
    case 'badge':
      return 'the REC badge';
    case 'window-closed':
      return 'closing the window';
    case 'interrupted':
      return 'Ctrl+C';
    case 'episode-done':
      return 'the end of the episode';
    case 'requested':
      return 'request';
  }
}
