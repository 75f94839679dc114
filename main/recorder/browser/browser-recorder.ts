/**
 * Records what a person does in a Playwright page as trajectory steps.
 *
 * The page script reports each input as it happens (described before it takes
 * effect); the coalescer turns inputs into gestures; each gesture is paired
 * with the last observation the browser operator completed before the
 * gesture began — the state the person acted on — and written to the journal
 * as one step before the next is handled. The observation is refreshed a
 * moment after every input and after every page load, so one is ready for
 * the next gesture. The timers, the step chain and the stop order are the
 * recording engine's (recording-engine.ts), shared with the desktop recorder.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { errorMessage } from '../../../agent/core/errors.js';
import type { ExtractResult } from '../../../agent/operators/browser/page-script/extract-elements.js';
import { BrowserOperator, observationFromExtract, type BrowserAttachOptions } from '../../../agent/operators/browser/browser-operator.js';
import { snapshotBefore, type Snapshot, type StepDraft } from '../recorded-step.js';
import { RecordingEngine, type PairedGesture, type RecordingEngineOptions } from '../recording-engine.js';
import { CapturedEventSchema } from './captured-event.js';
import { EventCoalescer, type Gesture } from './event-coalescer.js';
import { gestureToStep } from './gesture-to-step.js';
import { isRichText, withValueAtInput } from './rich-text-edits.js';
import { recordedWaitBefore } from './recorded-wait.js';
import { RECORDER_BINDING, RECORDER_OBSERVED_REGISTRY, RECORDER_UI_ATTRIBUTE, recorderPageScript } from './recorder-page-script.js';

/** Why a recording ended. */
export type StopReason = 'hotkey' | 'badge' | 'window-closed' | 'interrupted' | 'episode-done' | 'requested';

export interface BrowserRecorderOptions extends RecordingEngineOptions {
  page: Page;
  /** Observation options (e.g. MiniWoB's task clip). The recorder's own UI is always excluded. */
  observe?: BrowserAttachOptions;
}

export class BrowserRecorder {
  private readonly operator: BrowserOperator;
  private readonly coalescer = new EventCoalescer();
  private readonly engine: RecordingEngine<Gesture, StopReason>;
  /** Sequence numbers of the observations the page took at input time (apart from the operator's). */
  private eventSequence = 1_000_000;
  /** When the gesture paired last began, ms since the epoch (gestures are paired in order). */
  private previousGestureAt = 0;
  private readonly detach: (() => void)[] = [];

  private constructor(
    private readonly options: BrowserRecorderOptions,
    operator: BrowserOperator,
  ) {
    this.operator = operator;
    this.engine = new RecordingEngine(options, {
      surface: 'the page',
      // A closed page has nothing left to observe.
      observe: async () => (options.page.isClosed() ? undefined : this.operator.observe({ screenshot: true })),
      observeFailed: (error) => (options.page.isClosed() ? undefined : `observing the page failed: ${errorMessage(error)}`),
      flushDue: (now) => this.coalescer.flushDue(now),
      flushAll: () => this.coalescer.flushAll(),
      pair: (gesture) => this.pair(gesture),
    });
  }

  /** Install the page script in this and every later document of the page's context, and start listening. */
  static async start(options: BrowserRecorderOptions): Promise<BrowserRecorder> {
    const exclude = [...(options.observe?.exclude ?? []), `[${RECORDER_UI_ATTRIBUTE}]`];
    // Its observations keep a registry of their own: what was on screen before an input (the page script reads
    // it to tell which hovers revealed a target) does not change when someone else observes the page.
    const operator = await BrowserOperator.attach(options.page, { ...options.observe, exclude, registryKey: RECORDER_OBSERVED_REGISTRY });
    const recorder = new BrowserRecorder(options, operator);
    await recorder.install();
    return recorder;
  }

  /** Every quality warning so far, with its step index. */
  get warnings(): { step: number; message: string }[] {
    return this.engine.warnings;
  }

  /** Resolves when the recording is asked to end: stop hotkey, the badge, closing the window, or requestStop. */
  get stopRequested(): Promise<StopReason> {
    return this.engine.stopRequested;
  }

  /** Steps written so far. */
  get steps(): number {
    return this.engine.steps;
  }

  /**
   * Ask the recording to end (as the CLI does on Ctrl+C or when a MiniWoB
   * episode ends): from then on input is not captured, though the window may
   * stay open until save or discard. Gestures begun before it are still written.
   */
  requestStop(reason: StopReason): void {
    this.engine.requestStop(reason);
  }

  /** Resolves once the page was observed after the latest input and every gesture so far is written. */
  settled(): Promise<void> {
    return this.engine.settled();
  }

  /**
   * End the recording: release every held gesture, write the remaining steps,
   * stop listening and remove the badge. The journal is left open for the caller to end.
   */
  async stop(): Promise<void> {
    if (this.engine.stopped) return;
    await this.engine.stop();
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
    const onLoad = () => this.engine.observeSoon(0);
    const onClose = () => this.engine.requestStop('window-closed');
    page.on('load', onLoad);
    page.on('close', onClose);
    this.detach.push(() => page.off('load', onLoad), () => page.off('close', onClose));
    const browser = context.browser();
    if (browser) {
      const onDisconnect = () => this.engine.requestStop('window-closed');
      browser.on('disconnected', onDisconnect);
      this.detach.push(() => browser.off('disconnected', onDisconnect));
    }
    await this.engine.start();
  }

  private onEvent(payload: unknown): void {
    if (this.engine.stopped) return;
    const parsed = CapturedEventSchema.safeParse(payload);
    if (!parsed.success) {
      this.options.onWarning?.(`ignored a malformed event from the page: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    const event = parsed.data;
    if (event.kind === 'stop') {
      this.engine.requestStop(event.reason === 'badge' ? 'badge' : 'hotkey');
      return;
    }
    if (!this.engine.capturing) return;
    const now = Date.now();
    this.engine.input(this.coalescer.push(event, now), now);
  }

  /**
   * Pair one gesture with the state before it and write it as a step. The
   * page observed itself at the instant the gesture began (the same
   * extraction the operator runs); that observation is the step's, and its
   * target is found in it by id. Only a gesture that came without one (an
   * older page script, a failed extraction) falls back to the last
   * observation the operator completed before the gesture.
   */
  private async pair(gesture: Gesture): Promise<PairedGesture> {
    const history = this.engine.history;
    let snapshot: Snapshot | undefined;
    if (gesture.snapshot) {
      const observation = observationFromExtract(gesture.snapshot.extracted as ExtractResult, ++this.eventSequence, gesture.time);
      // The picture is the latest taken before the input (a fast person may have moved on since).
      const picture = snapshotBefore(history.snapshots, gesture.time) ?? history.snapshots[0];
      if (picture?.observation.screenshot) observation.screenshot = picture.observation.screenshot;
      snapshot = { observation, startedAt: gesture.time, completedAt: gesture.time };
    }
    const fallbackWarnings: string[] = [];
    if (!snapshot) {
      snapshot = snapshotBefore(history.snapshots, gesture.time);
      if (gesture.kind !== 'scroll') {
        fallbackWarnings.push(`${gesture.kind}: the page could not observe itself at this input; the step is paired with the last observation before it, which may be out of date`);
      }
    }
    snapshot ??= await this.engine.snapshotFor(gesture);
    let draft = gestureToStep(gesture, snapshot.observation, { allowSecrets: this.options.allowSecrets ?? false, task: this.options.task });
    if (!gesture.snapshot) ({ snapshot, draft } = richTextAtInput(gesture, snapshot, draft));
    draft.warnings.push(...fallbackWarnings);
    // A pause before the input while the page changed by itself: the step keeps what the person waited for (rules/recorded-waits.ts).
    const waitFor = gesture.snapshot && recordedWaitBefore(history.snapshots, snapshot, draft.action, gesture.time, this.previousGestureAt);
    this.previousGestureAt = gesture.time;
    if (waitFor) draft.details = { ...draft.details, waitFor };
    return { snapshot, draft, url: gesture.url };
  }
}

/**
 * An edit of rich text paired with an older observation: the region shows in it, and in the step's target, the text
 * it held at the input as the edits tracked it (rich-text-edits.ts), not what it held when that observation was taken.
 */
function richTextAtInput(gesture: Gesture, snapshot: Snapshot, draft: StepDraft): { snapshot: Snapshot; draft: StepDraft } {
  const action = draft.action;
  if (gesture.kind !== 'type' || !isRichText(gesture.target) || action.type !== 'type' || !action.target || !('elementId' in action.target)) return { snapshot, draft };
  const observation = withValueAtInput(snapshot.observation, action.target.elementId, gesture.target.value ?? '');
  if (observation === snapshot.observation || draft.secretMasked) return { snapshot, draft };
  const value = observation.elements.find((element) => element.id === (action.target as { elementId: number }).elementId)!.value;
  const targets = draft.targets.map((target, index) => (index === 0 ? { ...target, value } : target));
  return { snapshot: { ...snapshot, observation }, draft: { ...draft, targets } };
}
