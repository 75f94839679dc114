/**
 * Records what a person does in a Playwright page as trajectory steps.
 *
 * The page script reports each input as it happens (described before it takes
 * effect); the coalescer turns inputs into gestures; each gesture is paired
 * with the last observation the browser operator completed before the
 * gesture began — the state the person acted on — and written to the journal
 * as one step before the next is handled. The observation is refreshed a
 * moment after every input and after every page load, so one is ready for
 * the next gesture.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { errorMessage } from '../../../agent/core/errors.js';
import type { Observation } from '../../../agent/core/observation.js';
import type { Step } from '../../../agent/core/trajectory.js';
import type { ExtractResult } from '../../../agent/operators/browser/page-script/extract-elements.js';
import { BrowserOperator, observationFromExtract, type BrowserAttachOptions } from '../../../agent/operators/browser/browser-operator.js';
import type { RecordingJournal } from '../recording-journal.js';
import { journalStep, snapshotBefore, type Snapshot } from '../recorded-step.js';
import { SnapshotHistory } from '../snapshot-history.js';
import { CapturedEventSchema } from './captured-event.js';
import { EventCoalescer, type Gesture } from './event-coalescer.js';
import { gestureToStep } from './gesture-to-step.js';
import { RECORDER_BINDING, RECORDER_UI_ATTRIBUTE, recorderPageScript } from './recorder-page-script.js';

/** Why a recording ended. */
export type StopReason = 'hotkey' | 'badge' | 'window-closed' | 'interrupted' | 'episode-done' | 'requested';

export interface BrowserRecorderOptions {
  page: Page;
  task: string;
  journal: RecordingJournal;
  /** Keep typed secrets (password fields) instead of a placeholder. Default false. */
  allowSecrets?: boolean;
  /** Observation options (e.g. MiniWoB's task clip). The recorder's own UI is always excluded. */
  observe?: BrowserAttachOptions;
  /** Each step as it is saved, with its quality warnings. */
  onStep?: (step: Step, warnings: readonly string[]) => void;
  /** Problems that do not stop the recording (a malformed event, a failed observation). */
  onWarning?: (message: string) => void;
  /** Milliseconds after the last input before the state is observed again. Default 250. */
  settleMs?: number;
}

/** How often held gestures (a lone click, a scroll burst) are checked for release, ms. */
const FLUSH_INTERVAL_MS = 100;

export class BrowserRecorder {
  private readonly operator: BrowserOperator;
  private readonly coalescer = new EventCoalescer();
  /** Observations of the page, one at a time, kept to pair gestures with. */
  private readonly history = new SnapshotHistory({
    // A closed page has nothing left to observe.
    observe: async () => (this.options.page.isClosed() ? undefined : this.operator.observe({ screenshot: true })),
    onError: (error) => {
      if (!this.options.page.isClosed()) this.warn(`observing the page failed: ${errorMessage(error)}`);
    },
    active: () => !this.stopped,
  });
  private settleTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  /** Sequence numbers of the observations the page took at input time (apart from the operator's). */
  private eventSequence = 1_000_000;
  private stopped = false;
  /**
   * The recording was asked to end (hotkey, badge, window closed, episode over,
   * requestStop): from then on input is not captured, though the window may stay
   * open until save or discard. Gestures begun before it are still written.
   */
  private stopAsked = false;
  private resolveStop!: (reason: StopReason) => void;
  private readonly detach: (() => void)[] = [];
  /** Every quality warning so far, with its step index. */
  readonly warnings: { step: number; message: string }[] = [];

  /** Resolves when the person ends the recording in the page: stop hotkey, the badge, or closing the window. */
  readonly stopRequested: Promise<StopReason>;

  private constructor(
    private readonly options: BrowserRecorderOptions,
    operator: BrowserOperator,
  ) {
    this.stopRequested = new Promise((resolve) => {
      this.resolveStop = (reason) => {
        this.stopAsked = true;
        resolve(reason);
      };
    });
    this.operator = operator;
  }

  /** Install the page script in this and every later document of the page's context, and start listening. */
  static async start(options: BrowserRecorderOptions): Promise<BrowserRecorder> {
    const exclude = [...(options.observe?.exclude ?? []), `[${RECORDER_UI_ATTRIBUTE}]`];
    const operator = await BrowserOperator.attach(options.page, { ...options.observe, exclude });
    const recorder = new BrowserRecorder(options, operator);
    await recorder.install();
    return recorder;
  }

  /** Steps written so far. */
  get steps(): number {
    return this.options.journal.steps;
  }

  /** Ask the recording to end (as the CLI does on Ctrl+C or when a MiniWoB episode ends). */
  requestStop(reason: StopReason): void {
    this.resolveStop(reason);
  }

  /**
   * End the recording: release every held gesture, write the remaining steps,
   * stop listening and remove the badge. The journal is left open for the caller to end.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.flushTimer);
    clearTimeout(this.settleTimer);
    this.enqueue(this.coalescer.flushAll());
    await this.chain;
    for (const undo of this.detach) undo();
    const page = this.options.page;
    if (!page.isClosed()) {
      await page
        .evaluate(`document.querySelectorAll('[${RECORDER_UI_ATTRIBUTE}]').forEach((node) => node.remove())`)
        .catch(() => undefined);
    }
  }

  private async install(): Promise<void> {
    const { page } = this.options;
    const context: BrowserContext = page.context();
    const script = recorderPageScript({
      exclude: this.options.observe?.exclude,
      region: this.options.observe?.screenshotClip,
      maxElements: this.options.observe?.maxElements,
    });
    await context.exposeBinding(RECORDER_BINDING, (_source, payload: unknown) => this.onEvent(payload));
    await context.addInitScript({ content: script });
    await page.evaluate(script).catch(() => undefined);
    const onLoad = () => this.scheduleObserve(0);
    const onClose = () => this.resolveStop('window-closed');
    page.on('load', onLoad);
    page.on('close', onClose);
    this.detach.push(() => page.off('load', onLoad), () => page.off('close', onClose));
    const browser = context.browser();
    if (browser) {
      const onDisconnect = () => this.resolveStop('window-closed');
      browser.on('disconnected', onDisconnect);
      this.detach.push(() => browser.off('disconnected', onDisconnect));
    }
    this.flushTimer = setInterval(() => this.enqueue(this.coalescer.flushDue(Date.now())), FLUSH_INTERVAL_MS);
    await this.refresh();
  }

  private onEvent(payload: unknown): void {
    if (this.stopped) return;
    const parsed = CapturedEventSchema.safeParse(payload);
    if (!parsed.success) {
      this.options.onWarning?.(`ignored a malformed event from the page: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    const event = parsed.data;
    if (event.kind === 'stop') {
      this.resolveStop(event.reason === 'badge' ? 'badge' : 'hotkey');
      return;
    }
    if (this.stopAsked) return;
    this.enqueue(this.coalescer.push(event, Date.now()));
    this.scheduleObserve(this.options.settleMs ?? 250);
  }

  private enqueue(gestures: Gesture[]): void {
    for (const gesture of gestures) {
      this.chain = this.chain.then(() => this.record(gesture)).catch((error: unknown) => {
        this.options.onWarning?.(`a ${gesture.kind} could not be recorded: ${errorMessage(error)}`);
      });
    }
  }

  /**
   * Pair one gesture with the state before it and write it as a step. The
   * page observed itself at the instant the gesture began (the same
   * extraction the operator runs); that observation is the step's, and its
   * target is found in it by id. Only a gesture that came without one (an
   * older page script, a failed extraction) falls back to the last
   * observation the operator completed before the gesture.
   */
  private async record(gesture: Gesture): Promise<void> {
    let snapshot: Snapshot | undefined;
    if (gesture.snapshot) {
      const observation = observationFromExtract(gesture.snapshot.extracted as ExtractResult, ++this.eventSequence, gesture.time);
      // The picture is the latest taken before the input (a fast person may have moved on since).
      const picture = snapshotBefore(this.history.snapshots, gesture.time) ?? this.history.snapshots[0];
      if (picture?.observation.screenshot) observation.screenshot = picture.observation.screenshot;
      snapshot = { observation, startedAt: gesture.time, completedAt: gesture.time };
    }
    const fallbackWarnings: string[] = [];
    if (!snapshot) {
      snapshot = snapshotBefore(this.history.snapshots, gesture.time);
      if (gesture.kind !== 'scroll') {
        fallbackWarnings.push(`${gesture.kind}: the page could not observe itself at this input; the step is paired with the last observation before it, which may be out of date`);
      }
    }
    if (!snapshot) {
      await this.history.observing;
      snapshot = snapshotBefore(this.history.snapshots, gesture.time) ?? this.history.snapshots[0];
      if (!snapshot) {
        await this.refresh();
        snapshot = this.history.snapshots.at(-1);
      }
      if (!snapshot) throw new Error('no observation of the page could be taken');
      if (snapshot.completedAt > gesture.time) {
        this.warn(`no observation was complete before this ${gesture.kind}; the one stored may already show its effect`);
      }
    }
    const allowSecrets = this.options.allowSecrets ?? false;
    const draft = gestureToStep(gesture, snapshot.observation, { allowSecrets, task: this.options.task });
    draft.warnings.push(...fallbackWarnings);
    const step = journalStep({
      journal: this.options.journal,
      task: this.options.task,
      snapshot,
      draft,
      allowSecrets,
      recordedAt: gesture.time,
      url: gesture.url,
    });
    for (const message of draft.warnings) this.warnings.push({ step: step.index, message });
    this.options.onStep?.(step, draft.warnings);
  }

  private scheduleObserve(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.refresh(), delayMs);
  }

  /** Observe now (one observation at a time; a request during one runs once it ends). */
  private refresh(): Promise<void> {
    return this.history.refresh();
  }

  private warn(message: string): void {
    this.options.onWarning?.(message);
  }
}
