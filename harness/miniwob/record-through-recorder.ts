/**
 * A suite demonstration captured the way `understudy record` captures a
 * person: the browser recorder watches a fresh task page on the seed while a
 * scripted person (a Demonstrator) drives it with real input — Playwright's
 * mouse and keyboard, through the browser operator's real-input execution or
 * raw moves, clicks, wheel and keys — and the trajectory stored is the
 * RECORDER's (its journal), not one built from the demonstrator's actions.
 * Right after, the recording is replayed on the same seed and stored as
 * verified or not (main/service/record-browser.ts).
 *
 * The scripted person paces itself like a person who looks before acting:
 * after an input it waits until the recorder has observed the page again (the
 * recorder's observation replaces its own element registry, on which the
 * person left a mark before the input), has finished that observation and
 * written every gesture (BrowserRecording.settled), and at least `paceMs`
 * have passed. The recorder stores each step with the last observation
 * completed before it, so acting sooner would pair steps with stale states
 * (issue 11 §2).
 *
 * The person's own looks at the page (its operator's observations) keep the
 * default registry, apart from the recorder's: a real person never observes
 * through the recorder, and what the recorder saw before an input (which
 * hovers revealed a target) must not depend on whether the driver looked.
 */
import type { Browser } from 'playwright-core';
import type { Action } from '../../agent/core/action.js';
import { actionElementIds } from '../../agent/core/action.js';
import { errorMessage } from '../../agent/core/errors.js';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult } from '../../agent/core/operator.js';
import { sleep } from '../../agent/core/sleep.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { RECORDER_OBSERVED_REGISTRY, RECORDER_UI_ATTRIBUTE } from '../../main/recorder/browser/recorder-page-script.js';
import type { RecordingSink } from '../../main/recorder/recording-sink.js';
import { startBrowserRecording, type FinishedRecording, type RecordingVerification } from '../../main/service/record-browser.js';
import type { Demonstrator, DemonstratorContext, DemonstratorInput } from './demonstrator-context.js';
import { TASK_CLIP } from './environment.js';
import { EPISODE_OVER } from './episode-watch-operator.js';
import { episodeResult, type EpisodeRun } from './episode-result.js';

export interface RecorderDemonstrationOptions {
  /** The browser to open the recorded page in (a new context per recording). */
  browser: Browser;
  /** The pages folder, and where the browser loads it from (ending in '/'). */
  root: string;
  baseUrl: string;
  demonstrator: Demonstrator;
  task: string;
  seed: number;
  /** Where kept recordings are saved (the exemplar memory). */
  sink: RecordingSink;
  /** The recorder's crash-safe journals (journalDirectoryFor(<memory>)). */
  journalDirectory: string;
  /** core.EPISODE_MAX_TIME while recording (default 10 minutes, as `understudy record`) and verifying (default the page's own limit). */
  maxTimeMs?: number;
  /** Least ms between an input and the next look at the page. Default 450 (the recorder observes 250 ms after input). */
  paceMs?: number;
  /** Most actions a demonstrator may take. Default 60. */
  maxActions?: number;
  /** Which finished recordings are saved. Default: those that completed the task (raw reward 1). */
  keep?: (outcome: Outcome, verification: RecordingVerification) => boolean;
  /** Replay each recording on its seed before saving. Default true. */
  verify?: boolean;
}

export interface RecorderDemonstration {
  /** The demonstration as a harness episode (its trajectory is the recorder's). */
  demonstration: EpisodeRun;
  /** The verification replay on the same seed, when one ran. */
  replay?: EpisodeRun;
  verification: RecordingVerification;
  finished: FinishedRecording;
}

/** Times an action refused as stale (the page changed since the person looked) is re-found and tried again. */
const STALE_RETRIES = 3;
/** core.EPISODE_MAX_TIME while a person records, as `understudy record` allows by default (10 minutes), ms. */
const RECORDING_MAX_TIME_MS = 600_000;
/**
 * Most ms to wait for the page to end the episode after the demonstrator's last input (polled: a page that ends
 * sooner is not waited for). 600 ms was too short on a loaded machine: a d3 page scored after the recording stopped.
 */
const SETTLE_MS = 2_000;
/** Most ms to wait for the recorder to observe the page after an input (it observes 250 ms after the last one). */
const OBSERVATION_WAIT_MS = 4_000;
/**
 * Every observation the recorder takes replaces its element registry (RECORDER_OBSERVED_REGISTRY,
 * agent/operators/browser/page-script/extract-elements.ts); a mark on it disappears with it.
 */
const RECORDER_KEY = JSON.stringify(RECORDER_OBSERVED_REGISTRY);
const MARK_REGISTRY = `(() => { const registry = window[Symbol.for(${RECORDER_KEY})]; if (registry) registry.understudyPaceMark = true; })()`;
const REGISTRY_MARKED = `(() => { const registry = window[Symbol.for(${RECORDER_KEY})]; return !!(registry && registry.understudyPaceMark); })()`;

export async function recordThroughRecorder(options: RecorderDemonstrationOptions): Promise<RecorderDemonstration> {
  const started = Date.now();
  const paceMs = options.paceMs ?? 450;
  const maxActions = options.maxActions ?? 60;
  const recording = await startBrowserRecording({
    // A person records at a person's pace: the page's own time limit applies to the verification replay, not here.
    target: { kind: 'miniwob', root: options.root, baseUrl: options.baseUrl, task: options.task, seed: options.seed, maxTimeMs: options.maxTimeMs ?? RECORDING_MAX_TIME_MS },
    journalDirectory: options.journalDirectory,
    browser: options.browser,
  });
  try {
    const page = recording.page;
    const environment = recording.environment!;
    // The scripted person's eyes: an operator of its own on the recorded page (the recorder's UI is not part of the task).
    const operator = await BrowserOperator.attach(page, {
      screenshotClip: { ...TASK_CLIP },
      exclude: ['#reward-display', '#sync-task-cover', `[${RECORDER_UI_ATTRIBUTE}]`],
    });
    let lastInputAt = Date.now();
    let awaitingObservation = false;
    let actions = 0;
    let over = false;
    let latest: Observation | undefined;
    /** Before an input: mark the registry the latest observation left, so a newer one can be told apart. */
    const beforeInput = async () => {
      await page.evaluate(MARK_REGISTRY).catch(() => undefined);
      awaitingObservation = true;
    };
    const markInput = () => {
      lastInputAt = Date.now();
    };
    /** The recorder is done with what came before: its observation after the input complete, every gesture written. */
    const recorderSettled = () => recording.settled().catch(() => undefined);
    const waitForPace = async () => {
      if (awaitingObservation) {
        awaitingObservation = false;
        // The input reaches the recorder a moment after it is made: its observation replaces the marked registry.
        const until = Date.now() + OBSERVATION_WAIT_MS;
        while (Date.now() < until && (await page.evaluate(REGISTRY_MARKED).catch(() => false))) await sleep(50);
        await recorderSettled();
      }
      const wait = lastInputAt + paceMs - Date.now();
      if (wait > 0) await sleep(wait);
    };
    const observe = async (): Promise<Observation> => {
      await waitForPace();
      latest = await operator.observe({ screenshot: false });
      return latest;
    };
    const checkOver = async () => {
      if ((await environment.status().catch(() => undefined))?.done) over = true;
    };
    const act = async (action: Action): Promise<ActionResult> => {
      if (over) return actionFailure('failed', EPISODE_OVER);
      if (++actions > maxActions) throw new Error(`the demonstrator took more than ${maxActions} actions`);
      await beforeInput();
      let result = await operator.execute(action);
      // The page changed between the look and the input (its elements renumbered): find the same ones again.
      let current = action;
      for (let attempt = 0; attempt < STALE_RETRIES && !result.ok && result.code === 'stale-element' && latest; attempt++) {
        // Look again once the recorder is done with the page as it is (no input was made: the target was not found).
        await recorderSettled();
        const again = await operator.observe({ screenshot: false });
        const remapped = remapAction(current, latest, again);
        latest = again;
        if (!remapped) break;
        current = remapped;
        await beforeInput();
        result = await operator.execute(current);
      }
      markInput();
      await checkOver();
      return result;
    };
    const input: DemonstratorInput = {
      move: async (x, y, steps) => {
        await page.mouse.move(x, y, { steps: steps ?? 1 });
        markInput();
      },
      click: async (x, y, clickOptions) => {
        await beforeInput();
        await page.mouse.click(x, y, clickOptions);
        markInput();
        await checkOver();
      },
      wheel: async (x, y, deltaX, deltaY) => {
        await beforeInput();
        await page.mouse.move(x, y);
        await page.mouse.wheel(deltaX, deltaY);
        markInput();
      },
      press: async (keys) => {
        await beforeInput();
        await page.keyboard.press(keys);
        markInput();
        await checkOver();
      },
      type: async (text) => {
        await beforeInput();
        await page.keyboard.type(text);
        markInput();
      },
    };
    const context: DemonstratorContext = { utterance: recording.taskText, observe, act, input };

    let failure: string | undefined;
    try {
      await options.demonstrator(context);
    } catch (error) {
      failure = errorMessage(error);
    }
    await environment.waitForDone(SETTLE_MS).catch(() => undefined);
    // Let the recorder see the last input settle before it stops.
    await waitForPace();
    await operator.close();
    const keep = options.keep ?? ((outcome) => outcome.reward === 1);
    const finished = await recording.finish({
      sink: options.sink,
      verify: options.verify ?? true,
      verifyBrowser: options.browser,
      verifyMaxTimeMs: options.maxTimeMs,
      discard: (outcome, verification) => !keep(outcome, verification),
    });
    return {
      demonstration: demonstrationEpisode(options, recording.taskText, finished, started, failure, environment.takePageErrors()),
      replay: finished.replay,
      verification: finished.verification,
      finished,
    };
  } finally {
    await recording.close();
  }
}

/** The recorder's trajectory as a harness episode result. */
function demonstrationEpisode(
  options: RecorderDemonstrationOptions,
  utterance: string,
  finished: FinishedRecording,
  started: number,
  failure: string | undefined,
  pageErrors: string[],
): EpisodeRun {
  const { outcome, trajectory } = finished;
  const rawReward = outcome.reward ?? 0;
  const done = outcome.reward !== undefined;
  const reward = typeof trajectory?.metadata.reward === 'number' ? trajectory.metadata.reward : rawReward;
  const reason = failure !== undefined ? `the demonstrator failed: ${failure}` : outcome.reason;
  return {
    result: episodeResult({
      kind: 'demonstration',
      task: options.task,
      seed: options.seed,
      policy: 'demonstrator',
      utterance,
      page: { done, reward, rawReward },
      reason,
      outcome,
      startedAt: started,
      trajectory,
      trajectoryId: finished.saved.kind === 'saved' ? finished.saved.trajectory.id : undefined,
      pageErrors,
      ...(failure !== undefined ? { error: failure } : {}),
    }),
    ...(trajectory ? { trajectory } : {}),
    screenshots: new Map(),
  };
}

/** The action with its element ids moved to the same elements in a newer observation, or undefined if one is gone. */
export function remapAction(action: Action, before: Observation, after: Observation): Action | undefined {
  const ids = actionElementIds(action);
  const mapping = new Map<number, number>();
  for (const id of ids) {
    const element = before.elements.find((candidate) => candidate.id === id);
    const match = element ? sameElement(element, after.elements) : undefined;
    if (!match) return undefined;
    mapping.set(id, match.id);
  }
  return JSON.parse(JSON.stringify(action), (key, value) => (key === 'elementId' && typeof value === 'number' && mapping.has(value) ? mapping.get(value) : value)) as Action;
}

/** The element of `candidates` with the same role, text and label at (almost) the same place. */
function sameElement(element: UIElement, candidates: readonly UIElement[]): UIElement | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= 2;
  return candidates.find(
    (candidate) =>
      candidate.role === element.role &&
      candidate.text === element.text &&
      (candidate.label ?? '') === (element.label ?? '') &&
      near(candidate.box.x, element.box.x) &&
      near(candidate.box.y, element.box.y) &&
      near(candidate.box.width, element.box.width) &&
      near(candidate.box.height, element.box.height),
  );
}
