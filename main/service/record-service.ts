/**
 * Recordings started from the app (the Teach screen): each gets an id and a
 * browser window of its own (main/service/record-browser.ts does the
 * recording); every captured step is pushed with its screenshot and the
 * recorder's quality warnings; the person ending it in the window is pushed
 * too. `finish` stops capturing, then verifies and saves — under the name the
 * person gave — or discards, and pushes the verdict with a "try it now"
 * target: the same task on a fresh state (a suite page on another seed).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import type { Step, Trajectory } from '../../agent/core/trajectory.js';
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { toPageUrl } from '../../agent/operators/browser/page-url.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { suiteDirectory, suiteTask } from '../../harness/tasks/catalog.js';
import { openConfiguredMemory } from './configured-memory.js';
import { STOP_HOTKEY } from '../recorder/browser/recorder-page-script.js';
import { journalDirectoryFor } from '../recorder/recording-journal.js';
import type { RecordingSink } from '../recorder/recording-sink.js';
import type { EventScreenshot, ParsedInput, PushedEvents, RecordedStepView, RecordingStarted, RequestResult } from '../api/contract.js';
import { describeStopReason, startBrowserRecording, type RecordingVerification } from './record-browser.js';
import { DESKTOP_STOP_HINT, DesktopRecordingSession, describeDesktopStopReason } from './record-desktop.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import type { SavedRecording } from '../recorder/recording-sink.js';
import type { Emit } from './run-service.js';

/** core.EPISODE_MAX_TIME while a person records a suite page, ms (as `understudy record` allows by default). */
const RECORDING_EPISODE_MS = 600_000;
/** Where the recording window opens and how big (screen px), as `understudy record` opens it. */
const WINDOW_ARGS = ['--window-position=0,0', '--window-size=1024,768'];

/** What the service needs of a recording, browser or desktop. */
interface Session {
  readonly taskText: string;
  readonly steps: number;
  readonly warnings: readonly { step: number; message: string }[];
  /** Resolves, in words, when the person ended it (or the episode did); it then waits for `finish`. */
  readonly stopped: Promise<string>;
  requestStop(): void;
  finish(sink: RecordingSink, save: boolean): Promise<SessionFinished>;
  close(): Promise<void>;
}

interface SessionFinished {
  saved: SavedRecording;
  outcome: Outcome;
  verification: RecordingVerification;
  warnings: readonly { step: number; message: string }[];
}

/** A browser or a desktop recording, as `sessionOf` takes it. */
interface Recording<Reason> {
  readonly taskText: string;
  readonly steps: number;
  readonly warnings: readonly { step: number; message: string }[];
  readonly stopRequested: Promise<Reason>;
  requestStop(reason: 'requested'): void;
  finish(options: { sink: RecordingSink; discard: boolean; verify?: boolean }): Promise<SessionFinished>;
  close(): Promise<void>;
}

/**
 * The service's view of a recording. Browser and desktop ones differ only in
 * how their stop is told in words and in whether a save verifies (a desktop
 * recording cannot be replayed on the state it started from).
 */
function sessionOf<Reason>(recording: Recording<Reason>, describeStop: (reason: Reason) => string, verifiesOnSave: boolean): Session {
  return {
    taskText: recording.taskText,
    get steps() {
      return recording.steps;
    },
    get warnings() {
      return recording.warnings;
    },
    stopped: recording.stopRequested.then(describeStop),
    requestStop: () => recording.requestStop('requested'),
    finish: (sink, save) => recording.finish({ sink, discard: !save, ...(verifiesOnSave ? { verify: save } : {}) }),
    close: () => recording.close(),
  };
}

interface ActiveRecording {
  started: RecordingStarted;
  recording: Session;
  finishing: boolean;
  done: Promise<void>;
}

export class RecordService {
  private readonly active = new Map<string, ActiveRecording>();

  constructor(
    private readonly settings: () => { memoryPath: string; config: UnderstudyConfig },
    private readonly emit: Emit,
  ) {}

  async start(input: ParsedInput<'record.start'>): Promise<RequestResult<'record.start'>> {
    const { memoryPath } = this.settings();
    const target = input.target;
    const recordingId = `rec-${randomUUID().slice(0, 8)}`;
    const seed = target.kind === 'suite' ? (target.seed ?? Math.floor(Math.random() * 1_000_000)) : undefined;
    if (target.kind === 'suite') suiteTask(target.task); // a clear error for an unknown task, before a window opens
    const journalDirectory = journalDirectoryFor(resolve(memoryPath));
    const onStep = (step: Step, warnings: readonly string[]) => this.emit('record.step', { recordingId, step: stepView(step, warnings, journalDirectory) });
    const onWarning = (message: string) => this.emit('record.warning', { recordingId, message });
    if (target.kind === 'desktop') {
      if (input.remoteDebuggingPort !== undefined) throw new UserFacingError('record.start: remoteDebuggingPort: a desktop recording has no browser to drive; leave it out');
      if (process.platform !== 'linux') throw new UserFacingError(`record.start: target: desktop recording from the app works on Linux (X11) only, not on ${process.platform}`);
      // Checks the display before uiohook or nut-js load (without one they end the process).
      const desktop = await DesktopRecordingSession.start({ task: target.task, journalDirectory, scaleFactor: target.scaleFactor, allowSecrets: input.allowSecrets, onStep, onWarning });
      return this.track({ recordingId, task: desktop.taskText, target, startedAt: Date.now(), stopHint: DESKTOP_STOP_HINT }, sessionOf(desktop, describeDesktopStopReason, false));
    }
    // A window needs a display that answers (Chromium's own failure is pages of log).
    if (!input.headless && process.platform === 'linux' && !process.env.WAYLAND_DISPLAY) assertDisplay();
    const recording = await startBrowserRecording({
      target:
        target.kind === 'suite'
          ? { kind: 'miniwob', root: suiteDirectory(), task: target.task, seed: seed!, maxTimeMs: RECORDING_EPISODE_MS }
          : { kind: 'page', url: toPageUrl(target.url), task: target.task },
      journalDirectory,
      headless: input.headless,
      args: input.headless ? [] : WINDOW_ARGS,
      remoteDebuggingPort: input.remoteDebuggingPort,
      allowSecrets: input.allowSecrets,
      onStep,
      onWarning,
    });
    const started: RecordingStarted = {
      recordingId,
      task: recording.taskText,
      target,
      ...(seed !== undefined ? { seed } : {}),
      startedAt: Date.now(),
      stopHint: `the REC badge in the page, ${STOP_HOTKEY.replace(/Control/, 'Ctrl')} or closing the window`,
      ...(recording.remoteDebugging ? { remoteDebugging: { port: recording.remoteDebugging.port, browserWebSocket: recording.remoteDebugging.browserWebSocket } } : {}),
    };
    return this.track(started, sessionOf(recording, describeStopReason, true));
  }

  private track(started: RecordingStarted, recording: Session): RecordingStarted {
    const { recordingId } = started;
    const entry: ActiveRecording = { started, recording, finishing: false, done: Promise.resolve() };
    this.active.set(recordingId, entry);
    void recording.stopped.then((reason) => {
      if (this.active.get(recordingId) === entry && !entry.finishing) this.emit('record.stopped', { recordingId, reason });
    });
    return started;
  }

  finish(input: ParsedInput<'record.finish'>): RequestResult<'record.finish'> {
    const entry = this.active.get(input.recordingId);
    if (!entry) throw new UserFacingError(`record.finish: recordingId: no recording ${input.recordingId} is going on`);
    if (entry.finishing) return { finishing: false };
    if (input.name !== undefined && entry.started.target.kind === 'suite') {
      throw new UserFacingError('record.finish: name: a suite page’s recording keeps the page’s own instruction as its name (the offline policy reads its values from it)');
    }
    entry.finishing = true;
    entry.done = this.finishInBackground(entry, input).finally(() => this.active.delete(input.recordingId));
    return { finishing: true };
  }

  list(): RequestResult<'record.active'> {
    return { recordings: [...this.active.values()].filter((entry) => !entry.finishing).map((entry) => entry.started) };
  }

  /** Ask every recording to end (the stop shortcut, the tray): each then waits for save or discard. */
  stopAll(): number {
    for (const entry of this.active.values()) entry.recording.requestStop();
    return this.active.size;
  }

  /** A screenshot a recording took, by sha256 (from the journals next to the memory). */
  screenshot(sha256: string): Uint8Array | undefined {
    return journalScreenshot(journalDirectoryFor(resolve(this.settings().memoryPath)), sha256);
  }

  /** End every recording unsaved (their journals stay for `understudy record --recover`) and wait for those finishing. */
  async close(): Promise<void> {
    const entries = [...this.active.values()];
    await Promise.all(entries.map((entry) => (entry.finishing ? entry.done : entry.recording.close())));
    this.active.clear();
  }

  private async finishInBackground(entry: ActiveRecording, input: ParsedInput<'record.finish'>): Promise<void> {
    const { recordingId, target } = entry.started;
    const { memoryPath, config } = this.settings();
    const name = input.name ?? entry.started.task;
    let payload: PushedEvents['record.finished'];
    try {
      const store = openConfiguredMemory(memoryPath, config);
      try {
        // The person's name for the task is the one it is stored (and retrieved) under.
        const sink: RecordingSink = { add: (trajectory: Trajectory, screenshots) => store.add({ ...trajectory, task: name }, screenshots) };
        const finished = await entry.recording.finish(sink, input.save);
        payload = finishedPayload(recordingId, name, finished);
        if (payload.saved === 'saved') {
          payload.tryIt =
            target.kind === 'suite'
              ? { task: '', target: { kind: 'suite', task: target.task, seed: ((entry.started.seed ?? 0) + 1) % 2 ** 31 } }
              : target.kind === 'desktop'
                ? { task: name, target: { kind: 'desktop', ...(target.scaleFactor ? { scaleFactor: target.scaleFactor } : {}) } }
                : { task: name, target: { kind: 'browser', url: target.url } };
        }
      } finally {
        store.close();
      }
    } catch (error) {
      payload = { recordingId, saved: 'discarded', task: name, steps: entry.recording.steps, warnings: [...entry.recording.warnings], error: errorMessage(error) };
    } finally {
      await entry.recording.close();
    }
    this.emit('record.finished', payload);
  }
}

function finishedPayload(recordingId: string, name: string, finished: SessionFinished): PushedEvents['record.finished'] {
  const { saved } = finished;
  return {
    recordingId,
    saved: saved.kind,
    task: name,
    steps: saved.kind === 'saved' ? saved.trajectory.steps.length : saved.kind === 'discarded' ? saved.steps : 0,
    ...(saved.kind === 'saved' ? { trajectoryId: saved.trajectory.id } : {}),
    outcome: finished.outcome,
    ...(saved.kind === 'saved' ? { verification: { verified: finished.verification.verified, reason: finished.verification.reason } } : {}),
    warnings: finished.warnings.map((warning) => ({ step: warning.step, message: warning.message })),
  };
}

function stepView(step: Step, warnings: readonly string[], journalDirectory: string): RecordedStepView {
  const target = step.targets[0];
  const sha256 = step.observation.screenshotSha256;
  const png = sha256 ? journalScreenshot(journalDirectory, sha256) : undefined;
  return {
    index: step.index,
    description: actionWords(step),
    ...(target ? { target: `${target.role} “${(target.text || target.label || '').slice(0, 80)}”`, targetBox: target.box } : {}),
    ...(sha256 && png ? { screenshot: pngScreenshot(sha256, png) } : {}),
    warnings: [...warnings],
  };
}

/** The action in words without its element id (the id means nothing once the page has changed): "type “Ada”", "press Enter". */
function actionWords(step: Step): string {
  const action = step.action as { type: string; text?: string; keys?: string; option?: string; value?: unknown };
  const detail = action.text !== undefined ? ` “${action.text}”` : action.keys ? ` ${action.keys}` : action.option ? ` “${action.option}”` : '';
  return `${action.type}${detail}`;
}

/** A screenshot the recorder keeps beside its journal (content-addressed, so any recording's folder will do). */
function journalScreenshot(journalDirectory: string, sha256: string): Uint8Array | undefined {
  if (!/^[0-9a-f]{64}$/.test(sha256) || !existsSync(journalDirectory)) return undefined;
  for (const entry of readdirSync(journalDirectory, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(journalDirectory, entry.name, `${sha256}.png`);
    if (existsSync(file)) return new Uint8Array(readFileSync(file));
  }
  return undefined;
}

/** Size from the PNG header; recorded browser pages are at one physical pixel per logical one. */
function pngScreenshot(sha256: string, png: Uint8Array): EventScreenshot {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = png.byteLength >= 24 ? view.getUint32(16) : 0;
  const height = png.byteLength >= 24 ? view.getUint32(20) : 0;
  return { sha256, width, height, scale: 1 };
}
