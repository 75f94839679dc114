/**
 * The desktop operator: the real X screen, read like a person with a screen
 * reader — the accessibility tree (AT-SPI) of every application that
 * publishes one, OCR for the windows and regions that expose nothing — and
 * driven by the real mouse and keyboard (nut-js). One observation, one id
 * space: accessibility elements first, OCR elements after, each saying its
 * source. Where real input cannot reach an accessibility element (scrolled
 * out of view), the accessibility interface acts instead, and the result
 * says so (`via`).
 *
 * Coordinates: observations and actions use logical pixels of the virtual
 * screen; physical = logical × scaleFactor (X11 itself has no logical pixels:
 * the factor is detected from GDK_SCALE / Xft.dpi / the server's resolution,
 * see screens.ts, or stated by the caller). A `region` (logical) or a
 * `monitor` (XRandR) restricts the operator to one monitor or one window
 * area; points outside it are refused. Accessibility boxes are checked
 * against each application's X window, because toolkits report them in
 * their own pixels.
 *
 * Safety: with the pointer in the top-left screen corner the operator refuses
 * every action and signals stop (the failsafe users know from pyautogui);
 * the global stop hotkey does the same from the keyboard. Both abort
 * `stopSignal`, which a caller passes to Runner.run() so the run ends between
 * actions.
 */
import type { Action } from '../../core/action.js';
import { UserFacingError, errorMessage } from '../../core/errors.js';
import { findElement, type Observation } from '../../core/observation.js';
import { actionFailure, type ActionResult, type ActionSpace, type ObserveOptions, type Operator } from '../../core/operator.js';
import { ClipboardServer } from './clipboard-typing.js';
import { DesktopActions } from './desktop-actions.js';
import { detectControls, type ControlCandidate } from './detect-controls.js';
import { assertDisplay } from './display.js';
import { defaultOwnWindow } from './own-window.js';
import { ownWindowAtPoint, ownWindowRefusal, type OwnWindowGuardContext } from './own-window-guard.js';
import { NativeInput } from './native-input.js';
import { OcrEngine } from './ocr.js';
import { classifyControl, layoutElements } from './ocr-layout.js';
import { eraseCarets, eraseFieldBorders } from './erase-carets.js';
import { contentTiles, padRect, tileGroups } from './tiles.js';
import { encodePng, type PixelRect, type RawImage } from './raw-image.js';
import { ScreenReader, type ReadResult } from './screen-reader.js';
import { openAccessibilityReader, type AccessibilityReader, type AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import { maskRects, renumberElements } from './merge-sources.js';
import { dropUnshownWindows } from './unshown-windows.js';
import { markUnreadTree } from './unread-tree.js';
import { coordinateRatio, detectScaleFactor, listMonitors, operatorRegion, windowGeometries, type Monitor } from './screens.js';
import { DEFAULT_STOP_HOTKEY, listenForStopHotkey, type StopHotkeyHandle } from './stop-hotkey.js';
import { hideCoveredElements, placeWindows, stackedWindows, subtractRects, windowsInFrontWithoutTree, type StackedWindow, type Stacking } from './window-stacking.js';

export type { LogicalRegion, DesktopOperatorOptions, DesktopAccessibilityOptions, StopReason, ObserveStats } from './desktop-operator-options.js';
import type { LogicalRegion, DesktopOperatorOptions, DesktopAccessibilityOptions, StopReason, ObserveStats } from './desktop-operator-options.js';

/** How far from the corner still counts as "in the corner", physical pixels. */
const FAILSAFE_CORNER_PX = 2;
/** Longest an X stacking order is reused while the screen changes but the tree's windows do not, ms. */
const STACKING_MAX_AGE_MS = 2_000;

export class DesktopOperator implements Operator {
  readonly environment = 'desktop' as const;
  readonly actionSpace: ActionSpace = {
    types: ['click', 'double-click', 'right-click', 'type', 'press', 'scroll', 'drag', 'hover', 'select', 'wait', 'done'],
    notes: [
      'elements come from the accessibility tree where an application publishes one (source a11y: roles, names, states as the application states them)',
      'elsewhere from OCR (source ocr): text lines, and buttons / text fields / check boxes recognised from the layout',
      'coordinates are logical screen pixels',
      'keys use Playwright names joined by "+", e.g. "Control+S", "Enter", "Shift+Tab"',
      'type with replace clears the current line of the field first',
      'select chooses an option of a list or combo box from the accessibility tree (it opens the combo box and clicks the option)',
    ],
  };
  /** Facts about the latest observe(), for measurements. */
  lastStats: ObserveStats | undefined;

  private sequence = 0;
  private latest: Observation | undefined;
  /** The latest observation's top-level accessible windows (physical pixels) and which element lies in which. */
  private latestWindows: Pick<AccessibilitySnapshot, 'windows' | 'elementWindows'> | undefined;
  private closed = false;
  private stopController = new AbortController();
  private readonly stopListeners = new Set<(reason: StopReason) => void>();
  private hotkey: StopHotkeyHandle | undefined;
  private readonly reader: ScreenReader;
  private readonly clipboard: ClipboardServer;
  /** Carries actions out (real input, or the accessibility interface off screen). */
  private readonly actions: DesktopActions;
  /** The accessibility reader, when the session has an accessibility bus. */
  private accessibility: AccessibilityReader | undefined;
  /** Why there is none, for the observation's notes. */
  private accessibilityUnavailable: string | undefined;
  /** Physical pixels per accessibility unit, per application window (see screens.ts coordinateRatio). */
  private readonly coordinateRatios = new Map<string, number>();
  /** The latest grab after masking (before carets were erased) and what was found in it, to skip an unchanged screen. */
  private lastPixels: { width: number; height: number; masked: Buffer; controls: ControlCandidate[]; read: ReadResult } | undefined;
  /** The last grab as it came (before masking) and the X stacking order then. */
  private lastStack: { frame: Buffer; windows: StackedWindow[]; windowsKey: string; at: number } | undefined;
  /** The monitors of the display (XRandR), physical pixels. */
  monitors: Monitor[] = [];
  /** The virtual screen, physical pixels. */
  private screenSize = { width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY };
  /** Where the scale factor came from ("GDK_SCALE", "Xft.dpi 192 dpi", "option", …). */
  scaleSource = 'option';

  private constructor(
    readonly display: string,
    private readonly input: NativeInput,
    private readonly ocr: OcrEngine,
    private readonly ownsOcr: boolean,
    /** Logical region of the virtual screen this operator sees. */
    readonly region: LogicalRegion,
    readonly scaleFactor: number,
    private readonly options: DesktopOperatorOptions,
  ) {
    this.reader = new ScreenReader(ocr, { scale: scaleFactor, disableIncremental: options.incremental === false });
    this.clipboard = new ClipboardServer(display);
    this.actions = new DesktopActions({
      input,
      clipboard: this.clipboard,
      region,
      scaleFactor,
      settleMs: options.settleMs ?? 80,
      latest: () => this.latest,
      accessibility: () => this.accessibility,
      observe: (observeOptions) => this.observe(observeOptions),
      ownWindowAt: (point) => ownWindowAtPoint(this.ownWindowGuard(), point),
    });
  }

  /**
   * Connect to the display, load nut-js, the OCR model and the stop hotkey.
   * @throws UserFacingError when there is no display or the region is off screen.
   */
  static async open(options: DesktopOperatorOptions = {}): Promise<DesktopOperator> {
    // Check before nut-js or uiohook load: both crash the process without a display.
    const display = options.display ? assertDisplay({ DISPLAY: options.display }) : assertDisplay();
    const detected = options.scaleFactor === undefined || options.scaleFactor === 'auto' ? detectScaleFactor(display) : undefined;
    const scaleFactor = detected ? detected.scale : (options.scaleFactor as number);
    if (!(scaleFactor > 0 && scaleFactor <= 8)) throw new UserFacingError(`scaleFactor must be between 0 and 8, got ${scaleFactor}`);
    const input = await NativeInput.open(display);
    const screen = await input.screenSize();
    const monitors = listMonitors(display, screen);
    const region = operatorRegion(display, screen, scaleFactor, monitors, options);
    const ownsOcr = !options.ocr;
    const ocr = options.ocr ?? (await OcrEngine.create());
    const operator = new DesktopOperator(display, input, ocr, ownsOcr, region, scaleFactor, options);
    operator.monitors = monitors;
    operator.screenSize = screen;
    if (detected) operator.scaleSource = detected.source;
    if (options.accessibility !== false) {
      const settings = options.accessibility ?? {};
      try {
        operator.accessibility = await openAccessibilityReader({
          ...(settings.sessionBusAddress ? { sessionBusAddress: settings.sessionBusAddress } : {}),
          incremental: settings.incremental ?? options.incremental ?? true,
        });
      } catch (error) {
        if (settings.required) {
          await operator.close();
          throw error;
        }
        operator.accessibilityUnavailable = errorMessage(error);
      }
    } else {
      operator.accessibilityUnavailable = 'accessibility reading is switched off';
    }
    if (options.stopHotkey !== false) {
      try {
        operator.hotkey = await listenForStopHotkey(options.stopHotkey ?? DEFAULT_STOP_HOTKEY, () => operator.fireStop('hotkey'));
      } catch (error) {
        await operator.close();
        throw new UserFacingError(`bad stop hotkey: ${errorMessage(error)}`);
      }
    }
    return operator;
  }

  /** Aborts when the failsafe corner or the stop hotkey stops the operator; pass it to Runner.run(). */
  get stopSignal(): AbortSignal {
    return this.stopController.signal;
  }

  /** True after a stop, until resume(). */
  get stopped(): boolean {
    return this.stopController.signal.aborted;
  }

  /** Listen for stops; returns an unsubscribe function. */
  onStop(listener: (reason: StopReason) => void): () => void {
    this.stopListeners.add(listener);
    return () => this.stopListeners.delete(listener);
  }

  /** Accept actions again after a stop (a fresh stopSignal). */
  resume(): void {
    if (this.stopped) this.stopController = new AbortController();
  }

  private fireStop(reason: StopReason): void {
    if (this.stopped) return;
    this.stopController.abort(reason === 'hotkey' ? 'stopped by the stop hotkey' : 'stopped by the failsafe corner');
    for (const listener of this.stopListeners) {
      try {
        listener(reason);
      } catch {
        // A broken listener must not keep the others from hearing the stop.
      }
    }
  }

  /** The physical rectangle of the observed region. */
  private physicalRegion(): PixelRect {
    const scale = this.scaleFactor;
    return {
      x: Math.round(this.region.x * scale),
      y: Math.round(this.region.y * scale),
      width: Math.round(this.region.width * scale),
      height: Math.round(this.region.height * scale),
    };
  }

  /** Grab the observed region at physical resolution. */
  async grab(): Promise<RawImage> {
    this.assertOpen();
    return this.input.grab(this.physicalRegion());
  }

  async observe(options: ObserveOptions = {}): Promise<Observation> {
    this.assertOpen();
    options.signal?.throwIfAborted();
    const started = performance.now();
    // The tree is read while the screen is grabbed: one waits on the applications, the other on the X server.
    let accessibilityDone = started;
    const [frame, tree] = await Promise.all([
      this.grab(),
      this.readAccessibility().finally(() => (accessibilityDone = performance.now())),
    ]);
    const { snapshot, failed: accessibilityFailed } = tree;
    // The X stacking order says which accessible controls another window lies over. Asked of X (a process) only when
    // the screen changed and either the tree's windows changed or the last answer is older than STACKING_MAX_AGE_MS:
    // a repaint inside a window changes no stacking, and a window without a tree that comes to the front is seen soon.
    const windowsKey = snapshot ? snapshot.windows.map((window) => `${window.title}@${window.box.x},${window.box.y},${window.box.width}x${window.box.height}`).join('|') : '';
    const last = this.lastStack;
    const reuse =
      last !== undefined &&
      last.windowsKey === windowsKey &&
      ((last.frame.length === frame.data.length && last.frame.equals(frame.data)) || performance.now() - last.at < STACKING_MAX_AGE_MS);
    const stack = !snapshot ? [] : reuse ? last.windows : await stackedWindows(this.display);
    if (snapshot && !reuse) this.lastStack = { frame: Buffer.from(frame.data), windows: stack, windowsKey, at: performance.now() };
    // Encoded before carets are erased and covered windows masked: the screenshot shows what the user saw.
    const screenshot = options.screenshot ? encodePng(frame) : undefined;
    if (snapshot) this.alignToScreen(snapshot);
    // Windows the bus lists but the X server does not show (a headless browser's) are left out before anything else.
    const unshown = snapshot ? dropUnshownWindows(snapshot, stack, this.screenSize) : undefined;
    const stacking = snapshot ? placeWindows(snapshot, stack) : undefined;
    const behind = snapshot && stacking ? hideCoveredElements(snapshot.elements, snapshot, stacking, this.scaleFactor) : 0;
    // Windows that published their controls need no OCR: flatten them so no tile there has content.
    const covered = snapshot ? this.coveredRects(snapshot, stacking) : [];
    maskRects(frame, covered);
    const grabbed = performance.now();
    // Nothing outside the accessible windows changed (the usual case between steps in an accessible application):
    // what OCR found there last time still holds, and the pixel work is skipped.
    const previous = this.lastPixels;
    const same = previous !== undefined && previous.width === frame.width && previous.height === frame.height && previous.masked.equals(frame.data);
    let controls: ControlCandidate[];
    let read: ReadResult;
    let controlsFound = grabbed;
    if (same) {
      controls = previous.controls;
      read = { ...previous.read, mode: 'unchanged', regions: [], changedShare: 0 };
    } else {
      const masked = this.options.incremental === false ? undefined : Buffer.from(frame.data);
      // Controls first: carets and field edges are erased before the frame is compared and read.
      // Only tiles with content can hold a control; skipping flat areas (a desktop background) saves most of the work.
      const contentRegions = tileGroups(contentTiles(frame), frame.width, frame.height, 0);
      controls = detectControls(frame, { scale: this.scaleFactor, within: contentRegions });
      const isField = (control: ControlCandidate) => classifyControl(control, this.scaleFactor) === 'textbox';
      eraseCarets(frame, controls, isField);
      eraseFieldBorders(frame, controls, isField, Math.max(2, Math.round(2 * this.scaleFactor)));
      controlsFound = performance.now();
      const border = Math.max(2, Math.round(3 * this.scaleFactor));
      read = await this.reader.read(
        frame,
        controls.map((control) => padRect(control.box, border, frame.width, frame.height)),
      );
      this.lastPixels = masked ? { width: frame.width, height: frame.height, masked, controls, read } : undefined;
    }
    if (same) controlsFound = performance.now();
    const ocrDone = performance.now();
    const accessible = snapshot?.elements ?? [];
    const ocrElements = renumberElements(
      layoutElements(read.words, controls, {
        scale: this.scaleFactor,
        originX: this.region.x,
        originY: this.region.y,
      }),
      // After the accessible elements' ids (some may have been left out above, so not their count).
      accessible.reduce((next, element) => Math.max(next, element.id + 1), 0),
    );
    // Where the tree was not read this time, OCR's words stand in for the application's own: say so on each.
    const unread = markUnreadTree(ocrElements, { snapshot, failed: accessibilityFailed !== undefined, ...(stacking ? { stacking } : {}) }, this.scaleFactor);
    const elements = [...accessible, ...ocrElements];
    const finished = performance.now();
    const notes = [
      ...(snapshot ? snapshot.notes : []),
      ...(unshown ? [unshown] : []),
      ...(this.accessibilityUnavailable ? [`no accessibility tree (${this.accessibilityUnavailable}): everything was read by OCR`] : []),
      ...(accessibilityFailed ? [`no accessibility tree this time (reading it failed: ${accessibilityFailed}): everything was read by OCR`] : []),
      ...(snapshot && ocrElements.length > 0 && unread === 0 ? [`${ocrElements.length} elements read by OCR where no application published an accessibility tree`] : []),
      ...(snapshot && unread > 0 ? [`${unread} elements read by OCR where the accessibility tree was not read in time: OCR's guesses, not the applications' own words`] : []),
      ...(behind > 0 ? [`${behind} accessibility elements lie behind another window: left out (hidden), real input cannot reach them`] : []),
    ];
    this.sequence++;
    this.latestWindows = snapshot ? { windows: snapshot.windows, elementWindows: snapshot.elementWindows } : undefined;
    this.latest = {
      sequence: this.sequence,
      environment: 'desktop',
      elements,
      viewport: {
        width: this.region.width,
        height: this.region.height,
        deviceScaleFactor: this.scaleFactor,
        originX: this.region.x,
        originY: this.region.y,
      },
      page: {
        title: `X display ${this.display}`,
        ...(snapshot && snapshot.applications.length > 0 ? { application: snapshot.applications.join(', ') } : {}),
        ...(snapshot?.focusedId !== undefined ? { focusedId: snapshot.focusedId } : {}),
        ...(notes.length > 0 ? { notes } : {}),
      },
      ...(screenshot ? { screenshot: { png: screenshot, width: frame.width, height: frame.height } } : {}),
      capturedAt: Date.now(),
    };
    this.lastStats = {
      mode: read.mode,
      changedShare: read.changedShare,
      regions: read.regions,
      grabMs: grabbed - started,
      controlsMs: controlsFound - grabbed,
      ocrMs: ocrDone - controlsFound,
      layoutMs: finished - ocrDone,
      accessibilityMs: snapshot ? accessibilityDone - started : 0,
      totalMs: finished - started,
      words: read.words.length,
      accessibilityElements: accessible.length,
      ocrElements: ocrElements.length,
      ocrSkipped: read.regions.length === 0,
      ...(snapshot?.stats.incremental ? { accessibilityIncremental: snapshot.stats.incremental } : {}),
    };
    return this.latest;
  }

  /**
   * The accessibility tree now; none without a bus, or with why this read failed (for this observation's
   * notes only: a read cut short on a loaded machine says nothing of the next one).
   */
  private async readAccessibility(): Promise<{ snapshot?: AccessibilitySnapshot; failed?: string }> {
    if (!this.accessibility) return {};
    const settings = this.options.accessibility || {};
    try {
      const snapshot = await this.accessibility.read({
        scale: this.scaleFactor,
        region: this.region,
        ...(settings.scope ? { scope: settings.scope } : {}),
        ...(settings.budgetMs !== undefined ? { budgetMs: settings.budgetMs } : {}),
        ...(settings.maxNodes !== undefined ? { maxNodes: settings.maxNodes } : {}),
      });
      return { snapshot };
    } catch (error) {
      return { failed: errorMessage(error) };
    }
  }

  /**
   * Put accessibility boxes in this operator's logical pixels. The reader
   * assumed physical pixels; a toolkit that reports its own logical pixels
   * (GTK under GDK_SCALE) is found out by comparing its window with the X
   * window of the same title, once per window position and size.
   */
  private alignToScreen(snapshot: AccessibilitySnapshot): void {
    const ratios = new Map<string, number>();
    for (const window of snapshot.windows) {
      if (ratios.has(window.application) || !window.title) continue;
      const key = `${window.application}|${window.title}|${window.box.x},${window.box.y},${window.box.width}x${window.box.height}`;
      let ratio = this.coordinateRatios.get(key);
      if (ratio === undefined) {
        ratio = coordinateRatio(window.box, windowGeometries(this.display, window.title)) ?? 1;
        this.coordinateRatios.set(key, ratio);
      }
      ratios.set(window.application, ratio);
    }
    if (![...ratios.values()].some((ratio) => ratio !== 1)) return;
    const { x, y, width, height } = this.region;
    for (const element of snapshot.elements) {
      const ratio = ratios.get(element.attributes?.application ?? '') ?? 1;
      if (ratio === 1) continue;
      element.box = { x: element.box.x * ratio, y: element.box.y * ratio, width: element.box.width * ratio, height: element.box.height * ratio };
      const inside = element.box.x < x + width && element.box.x + element.box.width > x && element.box.y < y + height && element.box.y + element.box.height > y;
      if (inside && element.attributes?.offscreen && !element.attributes.clipped) delete element.attributes.offscreen;
      if (!inside && element.attributes) element.attributes.offscreen = 'true';
    }
    for (const window of snapshot.windows) {
      const ratio = ratios.get(window.application) ?? 1;
      window.box = { x: window.box.x * ratio, y: window.box.y * ratio, width: window.box.width * ratio, height: window.box.height * ratio };
    }
    const byId = new Map(snapshot.elements.map((element) => [element.id, element]));
    for (const [id, frames] of snapshot.elementFrames ?? []) {
      const ratio = ratios.get(byId.get(id)?.attributes?.application ?? '') ?? 1;
      if (ratio !== 1) snapshot.elementFrames!.set(id, frames.map((box) => ({ x: box.x * ratio, y: box.y * ratio, width: box.width * ratio, height: box.height * ratio })));
    }
  }

  /** Windows whose applications published at least one element, and every element's box: physical pixels relative to the grabbed region. */
  private coveredRects(snapshot: AccessibilitySnapshot, stacking?: Stacking): PixelRect[] {
    const origin = this.physicalRegion();
    const withContent = new Set(snapshot.elements.filter((element) => element.role !== 'window').map((element) => element.attributes?.application));
    // A tree read only in part (budget, limits) may miss controls: then OCR reads the window too, around the elements read.
    // A window without a tree in front of an accessible one is left unmasked: OCR reads it.
    const windows = snapshot.windows.flatMap((window, index) =>
      snapshot.complete && withContent.has(window.application)
        ? subtractRects(window.box, stacking ? windowsInFrontWithoutTree(index, stacking) : []).map((part) => ({ x: part.x - origin.x, y: part.y - origin.y, width: part.width, height: part.height }))
        : [],
    );
    // Popups (an open menu, a combo box's list) are windows of their own on screen but not in the tree's top level: mask each element too.
    const scale = this.scaleFactor;
    const elements = snapshot.elements
      .filter((element) => !element.attributes?.offscreen && !element.attributes?.coveredBy)
      .map((element) => ({ x: element.box.x * scale - origin.x, y: element.box.y * scale - origin.y, width: element.box.width * scale, height: element.box.height * scale }));
    return [...windows, ...elements];
  }

  async execute(action: Action, options: { signal?: AbortSignal } = {}): Promise<ActionResult> {
    this.assertOpen();
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    if (this.stopped) return actionFailure('failsafe', `the operator was stopped (${String(this.stopSignal.reason)}); no more actions`);
    if (this.options.failsafe !== false) {
      const pointer = await this.input.pointer();
      if (pointer.x <= FAILSAFE_CORNER_PX && pointer.y <= FAILSAFE_CORNER_PX) {
        this.fireStop('failsafe');
        return actionFailure('failsafe', 'the pointer is in the top-left corner (failsafe): refusing to act and stopping', elapsed());
      }
    }
    if (action.type === 'wait-until' || (action.type === 'click' && action.when)) return actionFailure('unsupported', 'the desktop operator cannot wait for a condition on the screen yet; nothing was pressed', elapsed());
    const behind = this.coveredTarget(action);
    if (behind) return actionFailure('failed', behind, elapsed());
    const own = await ownWindowRefusal(this.ownWindowGuard(), action);
    if (own) return actionFailure('out-of-bounds', own, elapsed());
    try {
      const fallback = await this.actions.actThroughAccessibility(action);
      if (fallback) return { ...fallback, durationMs: elapsed() };
      const failure = await this.actions.perform(action, options.signal);
      if (failure) return { ...failure, durationMs: elapsed() };
    } catch (error) {
      if (error instanceof RangeError) return actionFailure('failed', error.message, elapsed());
      throw error;
    }
    return { ok: true, durationMs: elapsed() };
  }

  /** Why the action's target cannot be reached (another window lies over it), or undefined. */
  private coveredTarget(action: Action): string | undefined {
    const target = 'target' in action ? action.target : undefined;
    if (!this.latest || !target || typeof target !== 'object' || !('elementId' in target)) return undefined;
    const element = findElement(this.latest, target.elementId);
    const front = element?.attributes?.coveredBy;
    return front ? `element ${element.id} (${element.role} "${element.text}") is behind ${front}: real input would land on that window` : undefined;
  }

  /** What the own-window guard reads of this operator (own-window-guard.ts). */
  private ownWindowGuard(): OwnWindowGuardContext {
    return {
      display: this.display,
      spec: this.options.ownWindow === undefined ? defaultOwnWindow() : this.options.ownWindow,
      region: this.region,
      scaleFactor: this.scaleFactor,
      resolve: (target) => this.actions.resolve(target),
      latest: () => this.latest,
      latestWindows: () => this.latestWindows,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.hotkey?.dispose();
    this.accessibility?.close();
    await this.clipboard.close();
    if (this.ownsOcr) await this.ocr.terminate();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the desktop operator is closed');
  }
}
