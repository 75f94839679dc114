/**
 * Records what a person does on the whole X desktop as trajectory steps.
 *
 * uiohook-napi hears every pointer and key event on the display (real or
 * injected); the coalescer turns them into gestures; each gesture is paired
 * with the last OCR observation completed before it began (the desktop
 * operator's incremental OCR re-reads only what changed, so the state is
 * refreshed a moment after every input) and journalled as one step.
 *
 * uiohook is loaded lazily, after the desktop operator has checked the
 * display: without one it aborts the whole process. Open the operator with
 * `stopHotkey: false` — this recorder hears the stop chord (DEFAULT_STOP_HOTKEY)
 * itself and ends the recording on it. The hook is shared (acquireUiohook).
 */
import { errorMessage } from '../../../agent/core/errors.js';
import { DEFAULT_STOP_HOTKEY, acquireUiohook, type UiohookEvent, type UiohookModule } from '../../../agent/operators/desktop/stop-hotkey.js';
import type { Observation } from '../../../agent/core/observation.js';
import type { Step } from '../../../agent/core/trajectory.js';
import type { RecordingJournal } from '../recording-journal.js';
import { journalStep, snapshotBefore } from '../recorded-step.js';
import { SnapshotHistory } from '../snapshot-history.js';
import { chordKeyName, chordName, keyMeaning } from './keyboard-layout.js';
import { DesktopInputCoalescer, type DesktopGesture, type DesktopInputEvent } from './desktop-input-coalescer.js';
import { desktopGestureToStep } from './desktop-gesture-to-step.js';
import { elementAtPoint } from './ocr-target.js';

/** What the recorder needs of the desktop operator. */
export interface ScreenObserver {
  observe(options?: { screenshot?: boolean }): Promise<Observation>;
  /** Physical pixels per logical pixel. */
  readonly scaleFactor: number;
}

export type DesktopStopReason = 'hotkey' | 'interrupted' | 'requested';

export interface DesktopRecorderOptions {
  observer: ScreenObserver;
  task: string;
  journal: RecordingJournal;
  allowSecrets?: boolean;
  onStep?: (step: Step, warnings: readonly string[]) => void;
  onWarning?: (message: string) => void;
  /** Milliseconds after the last input before the screen is read again. Default 250. */
  settleMs?: number;
}

/** uiohook's wheel direction for horizontal scrolling. */
const WHEEL_HORIZONTAL = 4;

export class DesktopRecorder {
  private readonly coalescer: DesktopInputCoalescer;
  private hook: UiohookModule['uIOhook'] | undefined;
  private releaseHook: (() => void) | undefined;
  private readonly listeners: [string, (event: UiohookEvent) => void][] = [];
  /** Readings of the screen, one at a time, kept to pair gestures with. */
  private readonly history = new SnapshotHistory({
    observe: () => this.options.observer.observe({ screenshot: true }),
    onError: (error) => this.options.onWarning?.(`reading the screen failed: ${errorMessage(error)}`),
    active: () => !this.stopped,
  });
  private settleTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private lastInputAt = 0;
  private stopped = false;
  /** The recording was asked to end: input from then on is not captured (it may wait for save or discard). */
  private stopAsked = false;
  private resolveStop!: (reason: DesktopStopReason) => void;
  readonly stopRequested: Promise<DesktopStopReason>;
  readonly warnings: { step: number; message: string }[] = [];

  private constructor(private readonly options: DesktopRecorderOptions) {
    this.stopRequested = new Promise((resolve) => {
      this.resolveStop = (reason) => {
        this.stopAsked = true;
        resolve(reason);
      };
    });
    // A click into a text field waits for the typing it starts (judged on the latest observation).
    this.coalescer = new DesktopInputCoalescer((point) => {
      const latest = this.history.snapshots.at(-1)?.observation;
      const pointed = latest ? elementAtPoint(latest, point) : undefined;
      return pointed?.element.role === 'textbox';
    });
  }

  static async start(options: DesktopRecorderOptions): Promise<DesktopRecorder> {
    const recorder = new DesktopRecorder(options);
    await recorder.refresh();
    const shared = await acquireUiohook();
    const hook = shared.module.uIOhook;
    recorder.hook = hook;
    recorder.releaseHook = shared.release;
    const listen = (name: string, listener: (event: UiohookEvent) => void) => {
      hook.on(name, listener);
      recorder.listeners.push([name, listener]);
    };
    listen('keydown', (event) => recorder.onKey(event));
    listen('mousedown', (event) => recorder.onPointer('mouse-down', event));
    listen('mouseup', (event) => recorder.onPointer('mouse-up', event));
    listen('mousemove', (event) => recorder.onPointer('mouse-move', event));
    listen('wheel', (event) => recorder.onPointer('wheel', event));
    recorder.flushTimer = setInterval(() => recorder.enqueue(recorder.coalescer.flushDue(Date.now())), 100);
    return recorder;
  }

  get steps(): number {
    return this.options.journal.steps;
  }

  requestStop(reason: DesktopStopReason): void {
    this.resolveStop(reason);
  }

  /**
   * Resolves once the screen has been read after the latest input and every
   * gesture so far is written: the state the next action will be paired with.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.chain;
      if (this.history.observing) await this.history.observing;
      const latest = this.history.snapshots.at(-1);
      if (!this.settleTimer && !this.history.observing && latest && latest.startedAt >= this.lastInputAt) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Release held gestures, write them, and let go of the hook. The journal stays open for the caller. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.flushTimer);
    clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    for (const [name, listener] of this.listeners) this.hook?.off(name, listener);
    try {
      this.releaseHook?.();
    } catch {
      // already stopped
    }
    this.enqueue(this.coalescer.flushAll());
    await this.chain;
    await this.history.observing;
  }

  private onKey(event: UiohookEvent): void {
    if (this.stopped || this.stopAsked || event.keycode === undefined) return;
    const meaning = keyMeaning(event.keycode, event.shiftKey);
    const name = chordKeyName(meaning);
    if (name && chordName(name, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey, shift: event.shiftKey }) === DEFAULT_STOP_HOTKEY) {
      this.resolveStop('hotkey');
      return;
    }
    this.feed({ kind: 'key-down', time: Date.now(), keycode: event.keycode, ctrl: event.ctrlKey, shift: event.shiftKey, alt: event.altKey, meta: event.metaKey });
  }

  private onPointer(kind: 'mouse-down' | 'mouse-up' | 'mouse-move' | 'wheel', event: UiohookEvent): void {
    if (this.stopped || this.stopAsked || event.x === undefined || event.y === undefined) return;
    const scale = this.options.observer.scaleFactor;
    const x = event.x / scale;
    const y = event.y / scale;
    const time = Date.now();
    if (kind === 'mouse-move') {
      this.coalescer.push({ kind, time, x, y }, time);
      return; // hovering alone does not warrant a new OCR pass
    }
    if (kind === 'wheel') {
      this.feed({ kind, time, x, y, rotation: Number(event.rotation ?? 0), horizontal: event.direction === WHEEL_HORIZONTAL });
      return;
    }
    const button = Number(event.button ?? 1);
    if (kind === 'mouse-down') this.feed({ kind, time, x, y, button, clicks: Number(event.clicks ?? 1) });
    else this.feed({ kind, time, x, y, button });
  }

  private feed(event: DesktopInputEvent): void {
    this.lastInputAt = event.time;
    this.enqueue(this.coalescer.push(event, event.time));
    this.scheduleObserve();
  }

  private enqueue(gestures: DesktopGesture[]): void {
    for (const gesture of gestures) {
      this.chain = this.chain.then(() => this.record(gesture)).catch((error: unknown) => {
        this.options.onWarning?.(`a ${gesture.kind} could not be recorded: ${errorMessage(error)}`);
      });
    }
  }

  private async record(gesture: DesktopGesture): Promise<void> {
    let snapshot = snapshotBefore(this.history.snapshots, gesture.time);
    if (!snapshot) {
      snapshot = this.history.snapshots[0];
      if (!snapshot) throw new Error('no observation of the screen could be taken');
      this.options.onWarning?.(`no screen reading was complete before this ${gesture.kind}; the one stored may already show its effect`);
    }
    const allowSecrets = this.options.allowSecrets ?? false;
    const draft = desktopGestureToStep(gesture, snapshot.observation, { allowSecrets });
    const step = journalStep({
      journal: this.options.journal,
      task: this.options.task,
      snapshot,
      draft,
      allowSecrets,
      recordedAt: gesture.time,
    });
    for (const message of draft.warnings) this.warnings.push({ step: step.index, message });
    this.options.onStep?.(step, draft.warnings);
  }

  private scheduleObserve(): void {
    if (this.stopped) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      void this.refresh();
    }, this.options.settleMs ?? 250);
  }

  private refresh(): Promise<void> {
    return this.history.refresh();
  }
}
