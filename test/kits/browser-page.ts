/**
 * One real-Chromium set-up for browser tests: `useBrowser()` in a test file
 * launches Chromium once for the file (closed after it), and `open()` gives a
 * tab with the browser operator attached, at a fixture page, a URL, or HTML of
 * the test's own (written to a temporary file, so the operator's init scripts
 * run as on any page). Contexts opened during a test are closed after it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { BrowserOperator, type BrowserAttachOptions } from '../../agent/operators/browser/browser-operator.js';
import { launchChromium, type LaunchChromiumOptions } from '../../agent/operators/browser/chromium.js';

export const FIXTURE_PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** The file URL of a page under test/fixtures/pages (`name` may end in `?query`). */
export function fixtureUrl(name: string): string {
  const [path, query] = name.split('?', 2) as [string, string | undefined];
  return `${pathToFileURL(join(FIXTURE_PAGES, path)).href}${query === undefined ? '' : `?${query}`}`;
}

export interface OpenOptions {
  /** Default 1000×700. A test's tabs share one context while they ask for the same viewport. */
  viewport?: { width: number; height: number };
  /** Options for BrowserOperator.attach (screenshot clip, exclusions…). */
  operator?: BrowserAttachOptions;
  /** Extra context options (device scale factor…); such a tab gets a context of its own. */
  context?: BrowserContextOptions;
}

export interface Opened {
  page: Page;
  operator: BrowserOperator;
  context: BrowserContext;
}

/** What `open` is given: a fixture page name (`form.html`, `hostile/chips.html?seed=1`), a URL, or `{ html }`. */
export type PageSource = string | { html: string };

export interface BrowserKit {
  /** The file's browser (launched in beforeAll). */
  readonly browser: Browser;
  /** A tab at `source` with the operator attached. */
  open(source: PageSource, options?: OpenOptions): Promise<Opened>;
  /** A context closed after the current test (en-US, UTC). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Register the hooks of a browser test file and return its kit. */
export function useBrowser(launch: LaunchChromiumOptions = {}): BrowserKit {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let shared: { context: BrowserContext; key: string } | undefined;
  let folder: string | undefined;
  let written = 0;

  beforeAll(async () => {
    browser = await launchChromium(launch);
  });
  afterEach(async () => {
    const closing = contexts;
    contexts = [];
    shared = undefined;
    await Promise.all(closing.map((context) => context.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const kit: BrowserKit = {
    get browser() {
      if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; use it inside a test');
      return browser;
    },
    async newContext(options = {}) {
      const context = await kit.browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'en-US', timezoneId: 'UTC', ...options });
      contexts.push(context);
      return context;
    },
    async open(source, options = {}) {
      const viewport = options.viewport ?? { width: 1000, height: 700 };
      const key = `${viewport.width}x${viewport.height}`;
      let context: BrowserContext;
      if (options.context) context = await kit.newContext({ viewport, ...options.context });
      else if (shared?.key === key) context = shared.context;
      else {
        context = await kit.newContext({ viewport });
        shared = { context, key };
      }
      const page = await context.newPage();
      const operator = await BrowserOperator.attach(page, options.operator);
      let url: string;
      if (typeof source !== 'string') {
        folder ??= mkdtempSync(join(tmpdir(), 'understudy-page-'));
        const file = join(folder, `page-${++written}.html`);
        writeFileSync(file, source.html);
        url = pathToFileURL(file).href;
      } else url = /^[a-z]+:/i.test(source) ? source : fixtureUrl(source);
      await page.goto(url);
      return { page, operator, context };
    },
  };
  return kit;
}
