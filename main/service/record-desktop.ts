/**
 * A desktop recording session with no UI, for the app (the Teach screen's
 * "desktop"): the desktop operator reads the screen (accessibility tree where
 * an application publishes one, else OCR), the DesktopRecorder hears the
 * person's real mouse and keyboard on the whole display, every step is
 * journalled, and `finish` saves or discards. Same shape as the browser
 * session (record-browser.ts) so the record service drives both alike.
 *
 * It is not verified by a replay: the desktop cannot be put back to the state
 * the recording started from, and a replay would move the person's mouse.
 * The person ends it with the stop chord or in the app: input in the app's
 * own window is not recorded (the recorder notes it in its quality warnings).
 */
import type { Outcome } from '../../agent/core/trajectory.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { DEFAULT_STOP_HOTKEY } from '../../agent/operators/desktop/stop-hotkey.js';
import type { Step } from '../../agent/core/trajectory.js';
import { DesktopRecorder, RECORDING_ACCESSIBILITY_BUDGET_MS, type DesktopStopReason } from '../recorder/desktop/desktop-recorder.js';
import { createDesktopJournal } from '../recorder/desktop/desktop-journal.js';
import { RecordingJournal } from '../recorder/recording-journal.js';
import { commitJournal, type RecordingSink, type SavedRecording } from '../recorder/recording-sink.js';
import { unverifiable, type RecordingVerification } from './record-verification.js';

export interface StartDesktopRecordingOptions {
  /** What the person is doing, in their words. */
  task: string;
  /** Where the crash-safe journal goes (journalDirectoryFor(<memory>)). */
  journalDirectory: string;
  /** Physical pixels per logical pixel of the screen. Default 1. */
  scaleFactor?: number;
  allowSecrets?: boolean;
  onStep?: (step: Step, warnings: readonly string[]) => void;
  onWarning?: (message: string) => void;
}

export interface FinishedDesktopRecording {
  saved: SavedRecording;
  outcome: Outcome;
  stopReason: DesktopStopReason;
  verification: RecordingVerification;
  warnings: readonly { step: number; message: string }[];
}

/** How the person ends a desktop recording, in words. */
export const DESKTOP_STOP_HINT = `the stop chord ${DEFAULT_STOP_HOTKEY.replace(/Control/, 'Ctrl')} (anywhere on the desktop)`;

export function describeDesktopStopReason(reason: DesktopStopReason): string {
  return reason === 'hotkey' ? `the stop chord ${DEFAULT_STOP_HOTKEY}` : reason === 'interrupted' ? 'Ctrl+C' : 'request';
}

export class DesktopRecordingSession {
  private finished = false;

  private constructor(
    readonly taskText: string,
    /** The X display recorded, e.g. ":0". */
    readonly display: string,
    private readonly operator: DesktopOperator,
    private readonly recorder: DesktopRecorder,
    private journal: RecordingJournal | undefined,
  ) {}

  /** Checks the display first: uiohook and nut-js end the whole process without one. */
  static async start(options: StartDesktopRecordingOptions): Promise<DesktopRecordingSession> {
    const display = assertDisplay();
    const operator = await DesktopOperator.open({ display, stopHotkey: false, failsafe: false, scaleFactor: options.scaleFactor, accessibility: { budgetMs: RECORDING_ACCESSIBILITY_BUDGET_MS } });
    let journal: RecordingJournal | undefined;
    try {
      journal = createDesktopJournal(options.journalDirectory, options.task, display);
      const recorder = await DesktopRecorder.start({
        observer: operator,
        task: options.task,
        journal,
        allowSecrets: options.allowSecrets,
        onStep: options.onStep,
        onWarning: options.onWarning,
      });
      return new DesktopRecordingSession(options.task, display, operator, recorder, journal);
    } catch (error) {
      journal?.close();
      await operator.close();
      throw error;
    }
  }

  /** Resolves when the recording should end: the stop chord, or requestStop. */
  get stopRequested(): Promise<DesktopStopReason> {
    return this.recorder.stopRequested;
  }
  get steps(): number {
    return this.recorder.steps;
  }
  get warnings(): readonly { step: number; message: string }[] {
    return this.recorder.warnings;
  }

  requestStop(reason: DesktopStopReason): void {
    this.recorder.requestStop(reason);
  }

  /** Stop capturing (held gestures from before the stop are written), then save to `sink` or discard. Call once. */
  async finish(options: { sink: RecordingSink; discard?: boolean }): Promise<FinishedDesktopRecording> {
    if (this.finished || !this.journal) throw new Error('this recording was already finished');
    this.finished = true;
    this.recorder.requestStop('requested');
    const stopReason = await this.recorder.stopRequested;
    await this.recorder.stop();
    const outcome: Outcome = { status: 'success', reason: `demonstration recorded; ended by ${describeDesktopStopReason(stopReason)}` };
    const verification = unverifiable('a desktop recording is not replayed to verify it: the desktop cannot be put back to the state it started from');
    const journal = this.journal;
    journal.end(outcome, { qualityWarnings: this.recorder.warnings.length, verified: false, verification }, options.discard ?? false);
    const saved = await commitJournal(journal, options.sink);
    this.journal = undefined;
    return { saved, outcome, stopReason, verification, warnings: this.recorder.warnings };
  }

  /** Let go of the input hook and the screen. The journal of an unfinished recording stays for --recover. */
  async close(): Promise<void> {
    if (!this.finished) await this.recorder.stop().catch(() => undefined);
    this.journal?.close();
    await this.operator.close();
  }
}
