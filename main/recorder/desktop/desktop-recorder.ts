/**
 * Records what a person does on the whole X desktop as trajectory steps.
 *
 * uiohook-napi hears every pointer and key event on the display (real or
 * injected); the coalescer turns them into gestures; each gesture is paired
 * with the last observation completed before it began (accessibility tree,
 * OCR where none; the state is read again a moment after every input) and
 * journalled as one step. Its target is what lies at the pointer on that
 * observation, so a gesture that came before the screen was read again after
 * the previous input (a fast hand, a loaded machine) is described from the
 * screen as it was before that input: the step keeps its description and the
 * quality warnings say so, with the step number.
 *
 * uiohook is loaded lazily, after the desktop operator has checked the
 * display: without one it aborts the whole process. Open the operator with
 * `stopHotkey: false` — this recorder hears the stop chord (DEFAULT_STOP_HOTKEY)
 * itself and ends the recording on it. The hook is shared (acquireUiohook).
 *
 * The timers, the step chain and the stop order are the recording engine's
 * (recording-engine.ts), shared with the browser recorder. Input that lands in
 * Understudy's own window (own-window.ts) is not recorded: it is noted in the
 * quality warnings instead.
 */
import { errorMessage } from '../../../agent/core/errors.js';
import { DEFAULT_STOP_HOTKEY, acquireUiohook, type UiohookEvent, type UiohookModule } from '../../../agent/operators/desktop/stop-hotkey.js';
import { defaultOwnWindow, focusIsOwn, ownWindowAt, readOwnWindows, type OwnWindowSpec, type OwnWindowState } from '../../../agent/operators/desktop/own-window.js';
import type { Observation } from '../../../agent/core/observation.js';
import { RecordingEngine, type PairedGesture, type RecordingEngineOptions } from '../recording-engine.js';
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

export interface DesktopRecorderOptions extends RecordingEngineOptions {
  observer: ScreenObserver;
  /**
   * Understudy's own windows, whose input is not recorded (noted in the
   * quality warnings instead), or false to record everything. Default: this
   * process's windows and the app's title (defaultOwnWindow).
   */
  ownWindow?: OwnWindowSpec | false;
  /** The X display the input is heard on (for finding our own windows). Default $DISPLAY. */
  display?: string;
  /**
   * Where pointer and key events come from, in uiohook's shape. Default the
   * global uiohook (shared, acquireUiohook). Engine tests hand events in here.
   */
  input?: DesktopInputSource;
}

/** A source of uiohook-shaped events ('keydown', 'mousedown', 'mouseup', 'mousemove', 'wheel'). */
export type DesktopInputSource = Pick<UiohookModule['uIOhook'], 'on' | 'off'>;

/**
 * Milliseconds a recording's observation may spend reading the accessibility
 * tree (the agent's operator reads within 400 ms). A recording's steps are
 * described from these reads: on a loaded machine, where every D-Bus round
 * trip waits to be scheduled, a tight budget cuts the tree short and OCR's
 * guesses stand in for the applications' own words (a radio button read as
 * "checkbox Pro"). A slow read only pairs the next input with an earlier
 * observation; a cut one describes it wrongly — so a recording waits.
 */
export const RECORDING_ACCESSIBILITY_BUDGET_MS = 5_000;

/** uiohook's wheel direction for horizontal scrolling. */
const WHEEL_HORIZONTAL = 4;
/** How often our own windows, the stacking and the focus are read again, ms. */
const OWN_WINDOW_POLL_MS = 1_000;

export class DesktopRecorder {
  private readonly coalescer: DesktopInputCoalescer;
  private readonly engine: RecordingEngine<DesktopGesture, DesktopStopReason>;
  private hook: DesktopInputSource | undefined;
  private releaseHook: (() => void) | undefined;
  private readonly listeners: [string, (event: UiohookEvent) => void][] = [];
  /** Our own windows as last read (undefined: not looked for, or not read yet). */
  private own: OwnWindowState | undefined;
  private ownPoll: NodeJS.Timeout | undefined;
  /** The press that began in our own window: its release (or drag) is not recorded either. */
  private pressInOwnWindow = false;
  /** Keys typed into our own window since the last input recorded (one note per run of them). */
  private keysInOwnWindow = 0;
  private pointer: { x: number; y: number } | undefined;

  private constructor(private readonly options: DesktopRecorderOptions) {
    this.engine = new RecordingEngine(options, {
      surface: 'the screen',
      observe: () => options.observer.observe({ screenshot: true }),
      observeFailed: (error) => `reading the screen failed: ${errorMessage(error)}`,
      flushDue: (now) => this.coalescer.flushDue(now),
      flushAll: () => this.coalescer.flushAll(),
      pair: (gesture) => this.pair(gesture),
    });
    // A click into a text field waits for the typing it starts (judged on the latest observation).
    this.coalescer = new DesktopInputCoalescer((point) => {
      const latest = this.engine.history.snapshots.at(-1)?.observation;
      const pointed = latest ? elementAtPoint(latest, point) : undefined;
      return pointed?.element.role === 'textbox';
    });
  }

  static async start(options: DesktopRecorderOptions): Promise<DesktopRecorder> {
    const recorder = new DesktopRecorder(options);
    await recorder.watchOwnWindows();
    await recorder.engine.start();
    let hook = options.input;
    if (!hook) {
      const shared = await acquireUiohook();
      hook = shared.module.uIOhook;
      recorder.releaseHook = shared.release;
    }
    recorder.hook = hook;
    const hooked = hook;
    const listen = (name: string, listener: (event: UiohookEvent) => void) => {
      hooked.on(name, listener);
      recorder.listeners.push([name, listener]);
    };
    listen('keydown', (event) => recorder.onKey(event));
    listen('mousedown', (event) => recorder.onPointer('mouse-down', event));
    listen('mouseup', (event) => recorder.onPointer('mouse-up', event));
    listen('mousemove', (event) => recorder.onPointer('mouse-move', event));
    listen('wheel', (event) => recorder.onPointer('wheel', event));
    return recorder;
  }

  get steps(): number {
    return this.engine.steps;
  }

  /** Every quality warning so far, with its step index (input in our own window: the next step's). */
  get warnings(): { step: number; message: string }[] {
    return this.engine.warnings;
  }

  /** Resolves when the recording is asked to end: the stop chord, or requestStop. */
  get stopRequested(): Promise<DesktopStopReason> {
    return this.engine.stopRequested;
  }

  /** Ask the recording to end: input from then on is not captured (it may wait for save or discard). */
  requestStop(reason: DesktopStopReason): void {
    this.engine.requestStop(reason);
  }

  /**
   * Resolves once the screen has been read after the latest input and every
   * gesture so far is written: the state the next action will be paired with.
   */
  settled(): Promise<void> {
    return this.engine.settled();
  }

  /** Release held gestures, write them, and let go of the hook. The journal stays open for the caller. */
  async stop(): Promise<void> {
    if (this.engine.stopped) return;
    clearInterval(this.ownPoll);
    for (const [name, listener] of this.listeners) this.hook?.off(name, listener);
    try {
      this.releaseHook?.();
    } catch {
      // already stopped
    }
    await this.engine.stop();
  }

  private onKey(event: UiohookEvent): void {
    if (!this.engine.capturing || event.keycode === undefined) return;
    const meaning = keyMeaning(event.keycode, event.shiftKey);
    const name = chordKeyName(meaning);
    if (name && chordName(name, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey, shift: event.shiftKey }) === DEFAULT_STOP_HOTKEY) {
      this.engine.requestStop('hotkey');
      return;
    }
    if (meaning.kind !== 'modifier' && this.keysGoToOwnWindow()) {
      if (this.keysInOwnWindow++ === 0) this.engine.note(`keys typed into Understudy's own window were not recorded (the app is not part of the task)`);
      return;
    }
    this.feed({ kind: 'key-down', time: Date.now(), keycode: event.keycode, ctrl: event.ctrlKey, shift: event.shiftKey, alt: event.altKey, meta: event.metaKey });
  }

  private onPointer(kind: 'mouse-down' | 'mouse-up' | 'mouse-move' | 'wheel', event: UiohookEvent): void {
    if (!this.engine.capturing || event.x === undefined || event.y === undefined) return;
    const physical = { x: event.x, y: event.y };
    this.pointer = physical;
    const scale = this.options.observer.scaleFactor;
    const x = event.x / scale;
    const y = event.y / scale;
    const time = Date.now();
    if (kind === 'mouse-move') {
      // Hovering alone does not warrant a new OCR pass, but may release a held gesture (written as usual).
      this.engine.enqueue(this.coalescer.push({ kind, time, x, y }, time));
      return;
    }
    if (this.ownInput(kind, physical, { x, y })) return;
    if (kind === 'wheel') {
      this.feed({ kind, time, x, y, rotation: Number(event.rotation ?? 0), horizontal: event.direction === WHEEL_HORIZONTAL });
      return;
    }
    const button = Number(event.button ?? 1);
    if (kind === 'mouse-down') this.feed({ kind, time, x, y, button, clicks: Number(event.clicks ?? 1) });
    else this.feed({ kind, time, x, y, button });
  }

  /**
   * True when this pointer input lands in Understudy's own window (or ends a
   * press that began there): it is dropped, and a press is noted.
   */
  private ownInput(kind: 'mouse-down' | 'mouse-up' | 'wheel', physical: { x: number; y: number }, logical: { x: number; y: number }): boolean {
    if (kind === 'mouse-up') {
      const own = this.pressInOwnWindow;
      this.pressInOwnWindow = false;
      return own;
    }
    const window = this.own ? ownWindowAt(this.own, physical) : undefined;
    if (kind === 'mouse-down') this.pressInOwnWindow = window !== undefined;
    if (!window) return false;
    if (kind === 'mouse-down') {
      this.engine.note(`a click at (${Math.round(logical.x)}, ${Math.round(logical.y)}) in Understudy's own window was not recorded (the app is not part of the task)`);
    }
    return true;
  }

  /** Keys go to the focused window; when X reports none (focus follows the pointer), to the window under the pointer. */
  private keysGoToOwnWindow(): boolean {
    const own = this.own;
    if (!own || own.own.length === 0) return false;
    if (own.focus) return focusIsOwn(own);
    return this.pointer !== undefined && ownWindowAt(own, this.pointer) !== undefined;
  }

  /** Read our own windows now and every OWN_WINDOW_POLL_MS (they move, open and close while the person works). */
  private async watchOwnWindows(): Promise<void> {
    const spec = this.options.ownWindow === undefined ? defaultOwnWindow() : this.options.ownWindow;
    const display = this.options.display ?? process.env.DISPLAY;
    if (spec === false || !display) return;
    let reading = false;
    const read = async () => {
      if (reading) return;
      reading = true;
      try {
        this.own = await readOwnWindows(display, spec);
      } finally {
        reading = false;
      }
    };
    await read();
    this.ownPoll = setInterval(() => void read(), OWN_WINDOW_POLL_MS);
  }

  private feed(event: DesktopInputEvent): void {
    this.keysInOwnWindow = 0;
    this.engine.input(this.coalescer.push(event, event.time), event.time);
  }

  private async pair(gesture: DesktopGesture): Promise<PairedGesture> {
    const snapshot = await this.engine.snapshotFor(gesture);
    const draft = desktopGestureToStep(gesture, snapshot.observation, { allowSecrets: this.options.allowSecrets ?? false });
    // The target was found at the pointer on this snapshot: if an earlier input came after its reading began, the screen
    // it shows may be the one before that input (a menu not yet open), and the description may be of what lay there then.
    const earlier = this.engine.inputAfterReading(snapshot, gesture);
    if (earlier && draft.targets.length > 0) {
      draft.warnings.push(
        `${gesture.kind}: the screen this step is described from was read before the previous input (${earlier.msBefore} ms earlier) took effect — the input came faster than the screen was read again, so its target is what lay at the pointer before that input; check it, or record more slowly`,
      );
    }
    return { snapshot, draft };
  }
}
