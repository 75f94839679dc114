/**
 * Protocol conformance of every page of the project's suite, in real Chromium:
 * the MiniWoB globals and layout exist, seeding reproduces a problem and
 * different seeds give different problems, endEpisode's reward/done semantics
 * (first call wins, time-proportional scaling), and the time limit ends an
 * episode with −1 'timed out'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleUtterances,
  SUITE_TASKS,
  suiteDirectory,
  suiteTask,
  suiteTaskUrl,
} from './catalog.js';
import type { MiniwobPageGlobals } from './page-globals.js';

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 240 }, locale: 'en-US', timezoneId: 'UTC' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
});

/** Start an episode the way the harness does; returns the utterance and the problem's markup. */
async function startEpisode(seed: number, maxTimeMs?: number): Promise<{ utterance: string; area: string }> {
  const utterance = await page.evaluate(
    ({ seed, maxTimeMs }) => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      w.core.endEpisode(0);
      w.Math.seedrandom(seed);
      w.core.setDataMode('train');
      if (maxTimeMs !== undefined) w.core.EPISODE_MAX_TIME = maxTimeMs;
      w.core.startEpisodeReal();
      const text = w.core.getUtterance();
      return typeof text === 'string' ? text : text.utterance;
    },
    { seed, maxTimeMs },
  );
  // jQuery UI numbers the ids it generates (ui-id-7) across the page's lifetime; they are not part of the problem.
  const area = (await page.innerHTML('#area')).replace(/ui-id-\d+/g, 'ui-id-N');
  return { utterance, area };
}

async function episodeState() {
  return page.evaluate(() => {
    const w = globalThis as unknown as MiniwobPageGlobals;
    return {
      done: w.WOB_DONE_GLOBAL,
      reward: w.WOB_REWARD_GLOBAL,
      raw: w.WOB_RAW_REWARD_GLOBAL,
      reason: w.WOB_REWARD_REASON ?? null,
      episodeId: w.WOB_EPISODE_ID,
    };
  });
}

describe('suite catalog', () => {
  it('lists exactly the pages in html/miniwob, at least 20 of them', () => {
    const pages = readdirSync(join(suiteDirectory(), 'miniwob'))
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/\.html$/, ''))
      .sort();
    expect(SUITE_TASKS.map((task) => task.name).sort()).toEqual(pages);
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it('names unknown tasks in a user-facing error', async () => {
    expect(() => suiteTask('no-such-task')).toThrow(/unknown suite task "no-such-task"/);
    await expect(sampleUtterances(['click-button', 'nope'], [0])).rejects.toThrow(/unknown suite task "nope"/);
  });

  it('samples utterances reproducibly through sampleUtterances', async () => {
    const first = await sampleUtterances(['click-button', 'enter-text'], [3, 4]);
    const again = await sampleUtterances(['enter-text'], [4]);
    expect(first.map((sample) => [sample.task, sample.seed])).toEqual([
      ['click-button', 3],
      ['click-button', 4],
      ['enter-text', 3],
      ['enter-text', 4],
    ]);
    expect(first[0]?.utterance).toMatch(/^Click on the ".+" button\.$/);
    expect(again[0]?.utterance).toBe(first[3]?.utterance);
  });
});

describe.each(SUITE_TASKS.map((task) => [task.name, task] as const))('page %s', (name, task) => {
  beforeAll(async () => {
    pageErrors.length = 0;
    await page.goto(suiteTaskUrl(name));
    await page.waitForSelector('#sync-task-cover', { state: 'attached' });
  });

  it('exposes the MiniWoB globals, layout and its catalogued time limit', async () => {
    const globals = await page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      return {
        functions: [
          typeof w.core.startEpisode,
          typeof w.core.startEpisodeReal,
          typeof w.core.endEpisode,
          typeof w.core.getUtterance,
          typeof w.core.setDataMode,
          typeof w.core.randi,
          typeof w.core.randf,
          typeof w.core.sample,
          typeof w.core.shuffle,
          typeof w.Math.seedrandom,
          typeof w.genProblem,
        ],
        maxTime: w.core.EPISODE_MAX_TIME,
        ready: w.WOB_TASK_READY,
        done: w.WOB_DONE_GLOBAL,
        episodeId: w.WOB_EPISODE_ID,
        reason: w.WOB_REWARD_REASON,
      };
    });
    expect(globals.functions.every((kind) => kind === 'function')).toBe(true);
    expect(globals.maxTime).toBe(task.maxTimeMs);
    expect(globals.ready).toBe(true);
    expect(globals.done).toBe(false);
    expect(globals.episodeId).toBe(0);
    expect(globals.reason).toBeNull();
    expect(await page.locator('#wrap').boundingBox()).toEqual({ x: 0, y: 0, width: 160, height: 210 });
    for (const selector of ['#wrap > #query', '#wrap > #area', '#reward-display']) {
      expect(await page.locator(selector).count(), selector).toBe(1);
    }
    expect(await page.locator('#sync-task-cover').isVisible()).toBe(true);
  });

  it('reproduces a problem from its seed and varies it across seeds', async () => {
    const first = await startEpisode(7);
    expect(await page.locator('#sync-task-cover').isVisible()).toBe(false);
    expect(first.utterance.length).toBeGreaterThan(10);
    const again = await startEpisode(7);
    expect(again).toEqual(first);
    const problems = new Set<string>();
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const problem = await startEpisode(seed);
      problems.add(`${problem.utterance}\n${problem.area}`);
    }
    expect(problems.size).toBeGreaterThanOrEqual(4);
    // A string seed seeds differently from the number (the protocol sends numbers).
    const stringSeeded = await page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      w.core.endEpisode(0);
      w.Math.seedrandom('7');
      w.core.startEpisodeReal();
      return w.core.getUtterance();
    });
    const stringSeededArea = await page.innerHTML('#area');
    expect(`${String(stringSeeded)}\n${stringSeededArea}`).not.toBe(`${first.utterance}\n${first.area}`);
    expect(pageErrors).toEqual([]);
  });

  it('counts only the first endEpisode of an episode', async () => {
    await startEpisode(11);
    const before = await episodeState();
    expect(before).toMatchObject({ done: false, reward: 0, raw: 0, reason: null });
    await page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      w.core.endEpisode(1, false, 'first');
      w.core.endEpisode(-1, false, 'second');
    });
    const after = await episodeState();
    expect(after).toEqual({ done: true, reward: 1, raw: 1, reason: 'first', episodeId: before.episodeId + 1 });
    expect(await page.locator('#sync-task-cover').isVisible()).toBe(true);
    // The harness's force-stop of a finished episode changes nothing.
    await page.evaluate(() => (globalThis as unknown as MiniwobPageGlobals).core.endEpisode(0));
    expect(await episodeState()).toEqual(after);
  });

  it('ends an episode that runs past EPISODE_MAX_TIME with −1 "timed out"', async () => {
    await startEpisode(12, 150);
    await page.waitForFunction(() => (globalThis as unknown as MiniwobPageGlobals).WOB_DONE_GLOBAL === true, undefined, {
      timeout: 10_000,
    });
    expect(await episodeState()).toMatchObject({ done: true, reward: -1, raw: -1, reason: 'timed out' });
  });
});

describe('core.js reward arithmetic', () => {
  beforeAll(async () => {
    await page.goto(suiteTaskUrl('click-button'));
    await page.waitForSelector('#sync-task-cover', { state: 'attached' });
  });

  it('scales a time-proportional reward by the unused fraction of the limit, keeping the raw reward', async () => {
    await startEpisode(1, 10_000);
    await page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      // Pretend 7.5 s of the 10 s have passed.
      w.core.ept0 = Date.now() - 7_500;
      w.core.endEpisode(1, true);
    });
    const state = await episodeState();
    expect(state.raw).toBe(1);
    expect(state.reward).toBeGreaterThan(0.2);
    expect(state.reward).toBeLessThanOrEqual(0.25);
    expect(state.reason).toBeNull();
  });

  it('draws core.randi in [min, max) and shuffles a permutation', async () => {
    const result = await page.evaluate(() => {
      const w = globalThis as unknown as MiniwobPageGlobals;
      w.Math.seedrandom(5);
      const draws: number[] = [];
      for (let i = 0; i < 500; i++) draws.push(w.core.randi(2, 5));
      const list = [1, 2, 3, 4, 5, 6];
      w.core.shuffle(list);
      return { min: Math.min(...draws), max: Math.max(...draws), list };
    });
    expect(result.min).toBe(2);
    expect(result.max).toBe(4);
    expect([...result.list].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('served over http', () => {
  let server: Server;
  let base = '';
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

  beforeAll(async () => {
    const root = suiteDirectory();
    // A minimal static server on loopback: the pages use only relative paths, so any server will do.
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
      try {
        if (path.includes('..')) throw new Error('outside the suite');
        const body = readFileSync(join(root, path));
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each(['click-checkboxes', 'email-inbox', 'choose-date'])('%s gives the same problem as from file://', async (name) => {
    pageErrors.length = 0;
    await page.goto(suiteTaskUrl(name));
    await page.waitForSelector('#sync-task-cover', { state: 'attached' });
    const fromFile = await startEpisode(9);
    await page.goto(`${base}/miniwob/${name}.html?mode=train`);
    await page.waitForSelector('#sync-task-cover', { state: 'attached' });
    const mode = await page.evaluate(() => (globalThis as unknown as MiniwobPageGlobals).WOB_DATA_MODE);
    const fromHttp = await startEpisode(9);
    expect(mode).toBe('train');
    expect(fromHttp).toEqual(fromFile);
    expect(pageErrors).toEqual([]);
  });
});
