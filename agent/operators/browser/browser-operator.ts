/**
 * The browser operator: observes a Playwright page with one in-page
 * extraction pass and acts on it with real input only — mouse moves, clicks,
 * wheel and keyboard through `page.mouse` / `page.keyboard` at the element's
 * centre after scrolling it into view — never `element.click()` shortcuts, so
 * what works here works on a page a person is looking at.
 *
 * Element ids belong to the latest observation. The page keeps a registry of
 * the nodes that observation numbered (see page-script/extract-elements.ts);
 * an id from an older observation, or one whose node has gone, is refused
 * with a `stale-element` result instead of a click somewhere else.
 *
 * Units: CSS pixels of the viewport (logical); screenshots are at
 * `deviceScaleFactor` physical pixels per CSS pixel.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ACTION_TYPES, validateAction, type Action, type Target } from '../../core/action.js';
import { UserFacingError, errorMessage } from '../../core/errors.js';
import type { Observation, UIElement } from '../../core/observation.js';
import { actionFailure, type ActionResult, type ActionSpace, type ObserveOptions, type Operator } from '../../core/operator.js';
import { sleep } from '../../core/sleep.js';
import { launchChromium } from './chromium.js';
export { segmentValues } from './segmented-fields.js';
export { observationFromExtract } from './observation-from-extract.js';
import { segmentValues, FIRST_SEGMENT_INSET_PX, SEGMENTED_INPUT_TYPES, SEGMENT_EXAMPLES, registeredValue, segmentOrder } from './segmented-fields.js';
import { pressChecked, trackPointerLanding } from './landing-check.js';
import { navigationFailure, toPageUrl } from './page-url.js';
import { extractElementsScript } from './page-script/extract-elements-script.js';
import { observationFromExtract } from './observation-from-extract.js';
import type { ExtractResult } from './page-script/extract-elements.js';
import { selectFacts, selectedIndex } from './page-script/select-facts.js';
import { groupedOptionIndex, inGroup } from './actions/grouped-option.js';
import { scrollOptionIntoList } from './actions/list-box-scroll.js';
import { stablePoint } from './actions/stable-point.js';
import { locateElement, type LocateResult } from './page-script/locate-element.js';
import { waitUntilStill } from './page-script/wait-until-still.js';
import { initScriptSource, runInPage } from './page-script/run-in-page.js';
import { trackClickListeners } from './page-script/track-click-listeners.js';
import type { ActingContext } from './actions/acting-context.js';
import { copy, paste } from './actions/clipboard-actions.js';
import { press, type } from './actions/keyboard-actions.js';
import { click, drag, hover, scroll } from './actions/pointer-actions.js';
import { doubleClickWord } from './actions/word-select.js';
import { clickWhen, waitUntil } from './actions/wait-until.js';

/** A rectangle in viewport CSS pixels. */
export interface ClipRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BrowserAttachOptions {
  /**
   * Screenshot only this part of the viewport (e.g. MiniWoB's 160×210 task
   * area). It also bounds what observe() reports: elements wholly outside it
   * are not the agent's to see (a MiniWoB page's reward display sits there).
   */
  screenshotClip?: ClipRectangle;
  /** CSS selectors of subtrees observe() leaves out. */
  exclude?: string[];
  /** Most elements one observation reports. Default 5000. */
  maxElements?: number;
  /**
   * Where observe() keeps the page's node registry (a `Symbol.for` key). Default 'understudy.elements', the
   * one every acting script reads. An operator given another key only observes (execute() refuses): the
   * browser recorder's, so another operator observing the same page does not replace what it saw.
   */
  registryKey?: string;
}

export interface BrowserLaunchOptions extends BrowserAttachOptions {
  /** Page to open: a URL, or a path to a local file. Default about:blank. */
  url?: string;
  /** Default true. */
  headless?: boolean;
  /** Viewport in CSS pixels. Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Physical pixels per CSS pixel. Default 1. */
  deviceScaleFactor?: number;
  /** Default 'en-US', so pages format dates and numbers the same everywhere. */
  locale?: string;
  /** Default 'UTC'. */
  timezoneId?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

export interface BrowserConnectOptions extends BrowserAttachOptions {
  /** Which existing page to drive (0-based, in the first context). Default 0; a new page if there is none. */
  pageIndex?: number;
  /** Navigate there after connecting. */
  url?: string;
}

/** Where observations keep the page's node registry unless told otherwise; the acting scripts read it. */
const DEFAULT_REGISTRY = 'understudy.elements';

/** Longest text kept per element, characters. */
const MAX_TEXT_LENGTH = 300;

export class BrowserOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace: ActionSpace = {
    types: ACTION_TYPES,
    notes: [
      'coordinates are CSS pixels of the browser viewport, origin top-left',
      'keys use Playwright names joined by "+": Enter, Tab, Escape, Backspace, ArrowDown, Control+A, Shift+Tab',
      'select chooses an option of a select/listbox element by its visible text',
      'elements are scrolled into view before they are clicked; scroll moves the wheel over a target or the page',
    ],
  };

  private sequence = 0;
  private latest: Observation | undefined;
  private closed = false;
  private readonly ready: Promise<void>;

  private constructor(
    readonly page: Page,
    private readonly options: BrowserAttachOptions,
    private readonly owned: { browser?: Browser; context?: BrowserContext; disconnect?: Browser },
  ) {
    for (const selector of options.exclude ?? []) {
      if (!selector.trim()) throw new UserFacingError('an exclude selector is empty');
    }
    const sources = [initScriptSource(trackClickListeners), initScriptSource(trackPointerLanding)];
    // Future documents get the trackers before their own scripts; the current one from now on.
    this.ready = Promise.all(
      sources.flatMap((source) => [page.addInitScript(source), page.evaluate(source).catch(() => undefined)]),
    ).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  /** Launch a Chromium of our own and open a page in it; close() ends the browser. */
  static async launch(options: BrowserLaunchOptions = {}): Promise<BrowserOperator> {
    const browser = await launchChromium({ headless: options.headless, args: options.args });
    try {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 800 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        locale: options.locale ?? 'en-US',
        timezoneId: options.timezoneId ?? 'UTC',
      });
      const page = await context.newPage();
      const operator = new BrowserOperator(page, options, { browser, context });
      await operator.ready;
      if (options.url) await operator.goto(options.url);
      return operator;
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  }

  /** Drive a browser that is already running (e.g. `chromium --remote-debugging-port=9222`). */
  static async connectOverCDP(endpoint: string, options: BrowserConnectOptions = {}): Promise<BrowserOperator> {
    let browser: Browser;
    try {
      browser = await chromium.connectOverCDP(endpoint);
    } catch (error) {
      throw new UserFacingError(
        `could not connect to a browser at ${endpoint}: ${errorMessage(error).split('\n')[0]}`,
        'start Chromium with --remote-debugging-port=9222 and pass http://127.0.0.1:9222',
      );
    }
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const index = options.pageIndex ?? 0;
    const page = context.pages()[index] ?? (await context.newPage());
    const operator = new BrowserOperator(page, options, { disconnect: browser });
    await operator.ready;
    if (options.url) await operator.goto(options.url);
    return operator;
  }

  /**
   * Drive a page someone else owns (the harness); close() leaves the page open.
   * Resolves once the listener tracker is installed, so a navigation started
   * afterwards runs it before the new document's own scripts.
   */
  static async attach(page: Page, options: BrowserAttachOptions = {}): Promise<BrowserOperator> {
    const operator = new BrowserOperator(page, options, {});
    await operator.ready;
    return operator;
  }

  /**
   * Navigate to a URL or a local file path (see toPageUrl).
   * @throws UserFacingError with one line (Playwright's message carries a call log) when the page does not load.
   */
  async goto(url: string): Promise<void> {
    const target = toPageUrl(url);
    try {
      await this.page.goto(target, { waitUntil: 'load' });
    } catch (error) {
      throw navigationFailure(target, error);
    }
  }

  /** The latest observation, if any. */
  get latestObservation(): Observation | undefined {
    return this.latest;
  }

  async observe(options: ObserveOptions = {}): Promise<Observation> {
    this.assertOpen();
    options.signal?.throwIfAborted();
    await this.ready;
    const sequence = ++this.sequence;
    const request = {
      sequence,
      region: this.options.screenshotClip,
      exclude: this.options.exclude ?? [],
      maxElements: this.options.maxElements ?? 5000,
      maxTextLength: MAX_TEXT_LENGTH,
      ...(this.options.registryKey ? { registryKey: this.options.registryKey } : {}),
    };
    let extracted: ExtractResult;
    try {
      extracted = await runInPage(this.page, extractElementsScript, request);
    } catch (error) {
      // A navigation between observe and evaluate destroys the context: wait for the new document once.
      if (!/context was destroyed|navigat|Execution context/i.test(errorMessage(error))) throw error;
      await this.page.waitForLoadState('domcontentloaded');
      extracted = await runInPage(this.page, extractElementsScript, request);
    }
    const observation = observationFromExtract(extracted, sequence);
    if (options.screenshot) {
      const png = await this.page.screenshot({ type: 'png', clip: this.options.screenshotClip });
      const size = pngSize(png);
      observation.screenshot = { png: new Uint8Array(png), width: size.width, height: size.height };
    }
    this.latest = observation;
    return observation;
  }

  async execute(action: Action, options: { signal?: AbortSignal } = {}): Promise<ActionResult> {
    this.assertOpen();
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
    const checked = validateAction(action);
    if (!checked.ok) return actionFailure('unsupported', checked.error.message, elapsed());
    if (this.options.registryKey && this.options.registryKey !== DEFAULT_REGISTRY) {
      return actionFailure('unsupported', 'this operator only observes (its observations keep a registry of their own)', elapsed());
    }
    options.signal?.throwIfAborted();
    const valid = checked.action;
    const outcome = await this.perform(valid, options.signal);
    if (outcome !== undefined) return { ...outcome, durationMs: elapsed() };
    return { ok: true, durationMs: elapsed() };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.owned.browser) await this.owned.browser.close().catch(() => undefined);
    // Over CDP the browser is not ours: close() only drops the connection (Playwright does not kill it).
    if (this.owned.disconnect) await this.owned.disconnect.close().catch(() => undefined);
  }

  /** Carry out a valid action; undefined means success. */
  /** One action with real input, by the part that does its kind (actions/). */
  private async perform(action: Action, signal: AbortSignal | undefined): Promise<ActionResult | undefined> {
    const context = this.actingContext();
    switch (action.type) {
      case 'click':
        return clickWhen(context, action);
      case 'double-click':
      case 'right-click':
        return action.type === 'double-click' && action.word ? doubleClickWord(context, { ...action, word: action.word }) : click(context, action);
      case 'type':
        return type(context, action);
      case 'press':
        return press(context, action);
      case 'scroll':
        return scroll(context, action);
      case 'drag':
        return drag(context, action);
      case 'select':
        return this.select(action.target.elementId, action.option, action.modifiers ?? [], action.group);
      case 'hover':
        return hover(context, action);
      case 'copy':
        return copy(context, action);
      case 'paste':
        return paste(context, action);
      case 'wait':
        await sleep(action.ms, signal);
        return undefined;
      case 'wait-until':
        return waitUntil(context, action);
      case 'done':
        return undefined;
    }
  }

  private actingContext(): ActingContext {
    return {
      page: this.page,
      sequence: this.sequence,
      pointOf: (target, scroll) => this.pointOf(target, scroll),
      pressOn: (target, press) => this.pressOn(target, press),
      elementOf: (id) => this.elementOf(id),
      firstSegmentOf: (target, point) => this.firstSegmentOf(target, point),
      viewportSize: () => this.viewportSize(),
      typeSegmented: (field, value) => this.typeSegmented(field, value),
    };
  }

  /**
   * Choose an option by its visible text with real input.
   * Native <select> (closed): click it to focus (and open) it, then Home and
   * ArrowDown to the option, then Enter — the keys a person would use.
   * List boxes (<select multiple|size>, role=listbox): click the option itself.
   */
  private async select(id: number, option: string, modifiers: readonly string[] = [], group?: string): Promise<ActionResult | undefined> {
    const element = this.elementOf(id);
    if ('ok' in element) return element;
    const wanted = option.trim();
    if (element.tag === 'select') {
      const options = element.options ?? [];
      const index = groupedOptionIndex(element, wanted, group);
      if (index < 0) {
        return actionFailure('failed', `element [${id}] has no option "${option}"${group ? ` under "${group}"` : ''}; its options are ${options.map((text) => JSON.stringify(text)).join(', ')}`);
      }
      const located = await this.locate(id, true);
      if (!located.ok) return locateFailure(id, located);
      const facts = await runInPage(this.page, selectFacts, { sequence: this.sequence, id, index });
      if (!facts) return actionFailure('stale-element', `element [${id}] is no longer a <select> in the page`);
      if (facts.disabled) return actionFailure('failed', `option "${options[index]}" of [${id}] is disabled`);
      if (facts.listBox) {
        if (!facts.optionBox) return actionFailure('failed', `option "${options[index]}" of [${id}] is not visible in the list`);
        // An option scrolled out of the list's view is wheeled into it first (actions/list-box-scroll.ts).
        const shown = await scrollOptionIntoList(this.page, () => runInPage(this.page, selectFacts, { sequence: this.sequence, id, index }));
        if (!shown.ok) return actionFailure('failed', `option "${options[index]}" of [${id}]: ${shown.reason}`);
        const box = shown.box;
        await this.withModifiers(modifiers, () => this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
        return undefined;
      }
      await this.page.mouse.click(located.x, located.y);
      await this.page.keyboard.press('Home');
      for (let step = 0; step < facts.enabledBefore; step++) await this.page.keyboard.press('ArrowDown');
      await this.page.keyboard.press('Enter');
      const chosen = await runInPage(this.page, selectedIndex, { sequence: this.sequence, id });
      if (chosen !== index) {
        return actionFailure('failed', `selecting "${options[index]}" in [${id}] by keyboard left option ${chosen} selected`);
      }
      return undefined;
    }
    // A custom list box: its options are elements of the observation under it.
    const latest = this.latest!;
    const descendants = new Set<number>([id]);
    const matches: UIElement[] = [];
    for (const candidate of latest.elements) {
      if (candidate.parentId === undefined || !descendants.has(candidate.parentId)) continue;
      descendants.add(candidate.id);
      if (candidate.text.trim().toLowerCase() === wanted.toLowerCase() && candidate.interactive) matches.push(candidate);
    }
    const grouped = inGroup(matches, group);
    const match = grouped.find((candidate) => candidate.text.trim() === wanted) ?? grouped[0];
    if (!match) return actionFailure('failed', `element [${id}] (${element.role}) has no option "${option}"${group ? ` under "${group}"` : ''} inside it`);
    const point = await this.pointOf({ elementId: match.id }, true);
    if ('ok' in point) return point;
    return this.pressOn({ elementId: match.id }, () => this.page.mouse.click(point.x, point.y));
  }

  /** Press on a target and check the press landed on it (see landing-check.ts); a bare point is not checked. */
  private pressOn(target: Target, press: () => Promise<void>): Promise<ActionResult | undefined> {
    const intended = 'elementId' in target ? { sequence: this.sequence, id: target.elementId } : undefined;
    return pressChecked(this.page, intended, press);
  }

  /** Hold modifier keys (Control, Shift…) around a pointer action. */
  private async withModifiers(modifiers: readonly string[], act: () => Promise<void>): Promise<void> {
    for (const key of modifiers) await this.page.keyboard.down(key);
    try {
      await act();
    } finally {
      for (const key of [...modifiers].reverse()) await this.page.keyboard.up(key);
    }
  }

  /**
   * Fill a date / time field (value in its HTML form: 2024-01-28, 14:30, 2024-01-28T14:30, 2024-01)
   * by keyboard, as a person does: focus it, go to its first segment, and type each segment in the
   * order the page's locale shows them (month/day/year in en-US), AM/PM by its letter.
   */
  private async typeSegmented(field: UIElement, value: string): Promise<ActionResult | undefined> {
    const parts = segmentValues(field.inputType!, value);
    if (!parts) return actionFailure('failed', `"${value}" is not a value for a ${field.inputType} field (expected the HTML form, e.g. ${SEGMENT_EXAMPLES[field.inputType!] ?? '2024-01-28'})`);
    const point = await this.pointOf({ elementId: field.id }, true);
    if ('ok' in point) return point;
    await this.page.mouse.click(point.x, point.y);
    const order = await runInPage(this.page, segmentOrder, field.inputType!);
    for (let step = 0; step < order.length; step++) await this.page.keyboard.press('ArrowLeft');
    for (const segment of order) {
      const text = parts[segment];
      if (text === undefined) continue;
      await this.page.keyboard.type(text);
      // A segment typed in full moves on by itself; one typed short (a 1-digit hour) needs a push.
      if (segment === 'dayPeriod' || text.length < (segment === 'year' ? 4 : 2)) await this.page.keyboard.press('ArrowRight');
    }
    const now = await runInPage(this.page, registeredValue, { sequence: this.sequence, id: field.id });
    if (now !== null && now !== value && !(now.startsWith(value) && /^\d{2}:\d{2}$/.test(value))) {
      return actionFailure('failed', `typing ${value} into the ${field.inputType} field [${field.id}] by its segments left ${JSON.stringify(now)}`);
    }
    return undefined;
  }

  /**
   * Where a click on a target lands. A date or time field is edited segment by segment and a click selects
   * the segment under it: its centre is the day (or minutes), so typing a whole date there would start in
   * the middle. A person aims at the first segment, at the field's left end; so does a click here.
   */
  private firstSegmentOf(target: Target, point: { x: number; y: number }): { x: number; y: number } {
    if (!('elementId' in target)) return point;
    const field = this.elementOf(target.elementId);
    if ('ok' in field || !field.inputType || !SEGMENTED_INPUT_TYPES.has(field.inputType)) return point;
    return { x: point.x - field.box.width / 2 + Math.min(FIRST_SEGMENT_INSET_PX, field.box.width / 4), y: point.y };
  }

  /** The element of the latest observation with this id, or a stale-element failure. */
  private elementOf(id: number): UIElement | ActionResult {
    const latest = this.latest;
    if (!latest) return actionFailure('stale-element', `element [${id}] refers to no observation: observe first`);
    const element = latest.elements.find((candidate) => candidate.id === id);
    if (!element) {
      return actionFailure('stale-element', `element [${id}] is not in the latest observation (#${latest.sequence}); observe again`);
    }
    return element;
  }

  private locate(id: number, scroll: boolean): Promise<LocateResult> {
    return runInPage(this.page, locateElement, { id, sequence: this.sequence, scroll });
  }

  /** A viewport point for a target: an element's clickable point, or a checked coordinate. */
  private async pointOf(target: Target, scroll: boolean): Promise<{ x: number; y: number } | ActionResult> {
    if ('elementId' in target) {
      const element = this.elementOf(target.elementId);
      if ('ok' in element) return element;
      // A pane (or the page) scrolled to bring it wholly into view is let come to rest first (a list that re-renders
      // its rows on scroll); then it is aimed once the control stops moving (actions/stable-point.ts).
      // The first look counts as stablePoint's first unless a scroll made it stale.
      const first = await this.locate(target.elementId, scroll);
      if (!first.ok) return locateFailure(target.elementId, first);
      if (first.scrolled) {
        await runInPage(this.page, waitUntilStill, { scrollersAt: { x: first.x, y: first.y }, timeoutMs: SCROLL_SETTLE_MS }).catch(() => undefined);
      }
      const located = await stablePoint(
        () => this.locate(target.elementId, scroll),
        (ms) => this.page.waitForTimeout(ms),
        first.scrolled ? undefined : first,
      );
      if (!located.ok) return locateFailure(target.elementId, located);
      return { x: located.x, y: located.y };
    }
    const viewport = this.viewportSize();
    if (target.x < 0 || target.y < 0 || target.x >= viewport.width || target.y >= viewport.height) {
      return actionFailure('out-of-bounds', `point (${target.x}, ${target.y}) is outside the ${viewport.width}×${viewport.height} viewport`);
    }
    return { x: target.x, y: target.y };
  }

  private viewportSize(): { width: number; height: number } {
    return this.page.viewportSize() ?? this.latest?.viewport ?? { width: 1280, height: 800 };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the browser operator is closed');
  }
}

/** How long a target scrolled into view may take to come to rest, ms. */
const SCROLL_SETTLE_MS = 1000;

function locateFailure(id: number, located: Exclude<LocateResult, { ok: true }>): ActionResult {
  if (located.reason === 'stale' || located.reason === 'detached') return actionFailure('stale-element', located.detail);
  return actionFailure('failed', `cannot act on [${id}]: ${located.detail}`);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
