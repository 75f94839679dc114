/**
 * The recording engine the browser and desktop recorders share. What it does
 * is the same on both: keep recent observations (SnapshotHistory), observe
 * again a moment after the last input (the settle timer), release gestures
 * the coalescer holds once their wait is over (the flush timer), write the
 * gestures as steps one after another in the order they happened (the step
 * chain), and end in order — stop capturing when asked, then write every held
 * gesture, then wait for the observation under way, so nothing is lost or
 * written after the caller ends the journal.
 *
 * What differs is passed in as a RecordingDevice: how an observation is
 * taken (the browser operator, the desktop operator), which gestures are held
 * (each side's coalescer), and how a gesture becomes a step draft against the
 * observation it is paired with (the browser page describes its target at the
 * input; the desktop finds it at the pointer). How input arrives (a page
 * binding, a global hook) stays with each recorder, which hands the engine
 * the gestures an input completed.
 */
import { errorMessage } from '../../agent/core/errors.js';
import type { Observation } from '../../agent/core/observation.js';
import type { Step } from '../../agent/core/trajectory.js';
import { journalStep, snapshotBefore, type Snapshot, type StepDraft } from './recorded-step.js';
import type { RecordingJournal } from './recording-journal.js';
import { SnapshotHistory } from './snapshot-history.js';

/** How often held gestures (a lone click, a scroll burst) are checked for release, ms. */
export const FLUSH_INTERVAL_MS = 100;
/** Begin times of written gestures kept for inputAfterReading. */
const WRITTEN_KEPT = 64;
/** Default milliseconds after the last input before the state is observed again. */
export const DEFAULT_SETTLE_MS = 250;

/** What every gesture carries: its kind (for messages) and when it began, ms since the epoch. */
export interface TimedGesture {
  kind: string;
  time: number;
}

/** A gesture paired with the observation it was made on, as a step about to be written. */
export interface PairedGesture {
  snapshot: Snapshot;
  draft: StepDraft;
  /** The page's URL (browser recordings). */
  url?: string;
}

/** The device-specific parts of a recorder. */
export interface RecordingDevice<G extends TimedGesture> {
  /** What is observed, for messages: "the page", "the screen". */
  readonly surface: string;
  /** Take one observation; undefined when there is nothing left to observe (the page closed). */
  observe(): Promise<Observation | undefined>;
  /** The warning for a failed observation, or undefined to say nothing (a page that closed meanwhile). */
  observeFailed(error: unknown): string | undefined;
  /** Gestures whose wait is over at `now`. */
  flushDue(now: number): G[];
  /** Everything still held, in the order it happened (at the end of a recording). */
  flushAll(): G[];
  /** The step draft of one gesture and the observation it is paired with (see RecordingEngine.snapshotFor). */
  pair(gesture: G): Promise<PairedGesture>;
}

/** What every recorder is given (the browser and desktop recorders' options extend it and are handed in whole). */
export interface RecordingEngineOptions {
  task: string;
  journal: RecordingJournal;
  /** Keep typed secrets instead of placeholders (also in the stored observations). Default false. */
  allowSecrets?: boolean;
  /** Each step as it is saved, with its quality warnings. */
  onStep?: (step: Step, warnings: readonly string[]) => void;
  /** Problems that do not stop the recording (a failed observation, a gesture that could not be written). */
  onWarning?: (message: string) => void;
  /** Milliseconds after the last input before the state is observed again. Default DEFAULT_SETTLE_MS. */
  settleMs?: number;
}

export class RecordingEngine<G extends TimedGesture, R extends string> {
  /** Observations, one at a time, kept to pair gestures with. */
  readonly history: SnapshotHistory;
  /** Every quality warning so far, with the index of its step (for input not recorded: of the next step). */
  readonly warnings: { step: number; message: string }[] = [];
  /** Resolves with the first reason the recording was asked to end. */
  readonly stopRequested: Promise<R>;
  private settleTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private lastInputAt = 0;
  /** When each gesture written so far began (the last WRITTEN_KEPT of them), in order. */
  private readonly writtenAt: number[] = [];
  private stopAsked = false;
  private stoppedFlag = false;
  private resolveStop!: (reason: R) => void;

  constructor(
    private readonly options: RecordingEngineOptions,
    private readonly device: RecordingDevice<G>,
  ) {
    this.stopRequested = new Promise((resolve) => {
      this.resolveStop = (reason) => {
        this.stopAsked = true;
        resolve(reason);
      };
    });
    this.history = new SnapshotHistory({
      observe: () => this.device.observe(),
      onError: (error) => {
        const message = this.device.observeFailed(error);
        if (message) this.warn(message);
      },
      active: () => !this.stoppedFlag,
    });
  }

  /**
   * Begin releasing held gestures and take the first observation. Input
   * handed over before this is recorded all the same (paired with that first
   * observation, with a warning if it came after the input).
   */
  async start(): Promise<void> {
    this.flushTimer = setInterval(() => this.enqueue(this.device.flushDue(Date.now())), FLUSH_INTERVAL_MS);
    await this.refresh();
  }

  /** Steps written so far. */
  get steps(): number {
    return this.options.journal.steps;
  }

  /** True while input is captured: not stopped, and no stop asked for. */
  get capturing(): boolean {
    return !this.stopAsked && !this.stoppedFlag;
  }

  /** True once stop() began: nothing is captured or observed any more. */
  get stopped(): boolean {
    return this.stoppedFlag;
  }

  /** Ask the recording to end: from then on input is not captured (gestures begun before are still written). */
  requestStop(reason: R): void {
    this.resolveStop(reason);
  }

  /**
   * An input arrived at `time` and completed these gestures: write them in
   * order, and observe again once the input has settled.
   */
  input(gestures: G[], time: number): void {
    this.lastInputAt = Math.max(this.lastInputAt, time);
    this.enqueue(gestures);
    this.observeSoon();
  }

  /** Write gestures released without an input that changes the state (a pointer move flushing a held click). */
  enqueue(gestures: readonly G[]): void {
    for (const gesture of gestures) {
      this.chain = this.chain.then(() => this.record(gesture)).catch((error: unknown) => {
        this.warn(`a ${gesture.kind} could not be recorded: ${errorMessage(error)}`);
      });
    }
  }

  /** Observe again after `delayMs` (default the settle time) of quiet; a later call restarts the wait. */
  observeSoon(delayMs = this.options.settleMs ?? DEFAULT_SETTLE_MS): void {
    if (this.stoppedFlag) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      void this.refresh();
    }, delayMs);
  }

  /** Observe now (one observation at a time; a request during one runs once it ends). */
  refresh(): Promise<void> {
    return this.history.refresh();
  }

  /** A quality warning that belongs to no step of its own (input that was not recorded): kept against the next step. */
  note(message: string): void {
    this.warnings.push({ step: this.options.journal.steps, message });
    this.warn(message);
  }

  /**
   * The observation a gesture begun at `time` is paired with: the latest
   * completed before it. Without one (the first is still under way, or the
   * ring has moved past it) the oldest kept is taken, or one taken now, with
   * a warning that it may already show the gesture's effect.
   */
  async snapshotFor(gesture: TimedGesture): Promise<Snapshot> {
    const before = snapshotBefore(this.history.snapshots, gesture.time);
    if (before) return before;
    await this.history.observing;
    let snapshot = snapshotBefore(this.history.snapshots, gesture.time) ?? this.history.snapshots[0];
    if (!snapshot) {
      await this.refresh();
      snapshot = this.history.snapshots.at(-1);
    }
    if (!snapshot) throw new Error(`no observation of ${this.device.surface} could be taken`);
    if (snapshot.completedAt > gesture.time) {
      this.warn(`no observation of ${this.device.surface} was complete before this ${gesture.kind}; the one stored may already show its effect`);
    }
    return snapshot;
  }

  /**
   * The gesture written before `gesture` that began after `snapshot`'s reading
   * did — so the snapshot may not show what that input did (a menu it
   * opened) — with how long before `gesture` it came; undefined when the
   * snapshot was read after every earlier gesture.
   */
  inputAfterReading(snapshot: Snapshot, gesture: TimedGesture): { msBefore: number } | undefined {
    const earlier = this.writtenAt.filter((time) => time >= snapshot.startedAt && time <= gesture.time).at(-1);
    return earlier === undefined ? undefined : { msBefore: gesture.time - earlier };
  }

  /**
   * Resolves once the state has been observed after the latest input and
   * every gesture so far is written: the state the next input will be paired with.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.chain;
      if (this.history.observing) await this.history.observing;
      const latest = this.history.snapshots.at(-1);
      if (this.stoppedFlag || (!this.settleTimer && !this.history.observing && latest && latest.startedAt >= this.lastInputAt)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * End capturing: no more input or observations, every held gesture written
   * in the order it happened, the observation under way finished. The journal
   * is left open for the caller to end. Safe to call more than once.
   */
  async stop(): Promise<void> {
    if (this.stoppedFlag) {
      await this.chain;
      return;
    }
    this.stoppedFlag = true;
    clearInterval(this.flushTimer);
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.enqueue(this.device.flushAll());
    await this.chain;
    await this.history.observing;
  }

  private async record(gesture: G): Promise<void> {
    const { snapshot, draft, url } = await this.device.pair(gesture);
    const step = journalStep({
      journal: this.options.journal,
      task: this.options.task,
      snapshot,
      draft,
      allowSecrets: this.options.allowSecrets ?? false,
      recordedAt: gesture.time,
      ...(url !== undefined ? { url } : {}),
    });
    this.writtenAt.push(gesture.time);
    if (this.writtenAt.length > WRITTEN_KEPT) this.writtenAt.shift();
    for (const message of draft.warnings) this.warnings.push({ step: step.index, message });
    this.options.onStep?.(step, draft.warnings);
  }

  private warn(message: string): void {
    this.options.onWarning?.(message);
  }
}
