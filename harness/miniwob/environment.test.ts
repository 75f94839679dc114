import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchHarnessBrowser } from '../browser.js';
import { serveDirectory, type StaticServer } from '../static-server.js';
import { HarnessTimeoutError, MiniwobEnvironment, TaskPageError, newTaskContext } from './environment.js';

const MINI = fileURLToPath(new URL('../../test/fixtures/miniwob-mini/', import.meta.url));

describe('MiniwobEnvironment on protocol pages', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchHarnessBrowser();
    server = await serveDirectory(MINI);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function environment(options: { baseUrl?: string; timeoutMs?: number; maxTimeMs?: number } = {}) {
    const context = await newTaskContext(browser);
    const page = await context.newPage();
    return { context, env: new MiniwobEnvironment(page, { baseUrl: options.baseUrl ?? server.url, timeoutMs: options.timeoutMs, maxTimeMs: options.maxTimeMs }) };
  }

  it('seeds reproducibly with a JS number, reports reward and done, and pins the locale', async () => {
    const { context, env } = await environment();
    await env.open('click-button-mini');
    const utterances: string[] = [];
    for (const seed of [3, 3, 4, 5, 6]) {
      await env.reset(seed);
      utterances.push(await env.utterance());
    }
    expect(utterances[0]).toMatch(/^Click on the "\w+" button\.$/);
    expect(utterances[1]).toBe(utterances[0]);
    expect(new Set(utterances.slice(1)).size).toBeGreaterThan(1);
    expect(await env.status()).toEqual({ done: false, reward: 0, rawReward: 0, reason: null });

    await env.reset(3);
    const word = /"(\w+)"/.exec(await env.utterance())![1]!;
    await env.page.getByRole('button', { name: word, exact: true }).click();
    const status = await env.waitForDone(1000);
    expect(status.done).toBe(true);
    expect(status.rawReward).toBe(1);
    expect(status.reward).toBeGreaterThan(0);
    expect(status.reward).toBeLessThanOrEqual(1);

    // The next reset starts a fresh, not-done episode.
    await env.reset(7);
    expect((await env.status()).done).toBe(false);
    const locale = await env.page.evaluate(() => [Intl.DateTimeFormat().resolvedOptions().locale, Intl.DateTimeFormat().resolvedOptions().timeZone]);
    expect(locale).toEqual(['en-US', 'UTC']);
    // The reward HUD is hidden from anything that observes the page.
    expect(await env.page.locator('#reward-display').isVisible()).toBe(false);
    await context.close();
  });

  it('works over file:// URLs too, and a wrong click scores -1 with its reason', async () => {
    const { context, env } = await environment({ baseUrl: pathToFileURL(MINI).href });
    await env.open('click-button-mini');
    await env.reset(11);
    const word = /"(\w+)"/.exec(await env.utterance())![1]!;
    const wrong = env.page.locator('#area button').filter({ hasNotText: word }).first();
    await wrong.click();
    expect(await env.waitForDone(1000)).toEqual({ done: true, reward: -1, rawReward: -1, reason: 'wrong button' });
    await context.close();
  });

  it('raises EPISODE_MAX_TIME when asked, and a short limit times the episode out with -1', async () => {
    const { context, env } = await environment({ maxTimeMs: 300 });
    await env.open('enter-text-mini');
    await env.reset(1);
    expect(await env.page.evaluate(() => (globalThis as any).core.EPISODE_MAX_TIME)).toBe(300);
    const status = await env.waitForDone(3000);
    expect(status).toEqual({ done: true, reward: -1, rawReward: -1, reason: 'timed out' });
    await context.close();
  });

  it('keeps the ending that counted when a stray click on the START cover begins another episode', async () => {
    const { context, env } = await environment({ maxTimeMs: 300 });
    await env.open('click-button-mini');
    await env.reset(5);
    expect((await env.waitForDone(3000)).reason).toBe('timed out');
    // The stray episode gets time enough to be looked at on a loaded machine.
    await env.page.evaluate(() => ((globalThis as any).core.EPISODE_MAX_TIME = 60_000));
    // A click meant for the task lands on the cover the ending put up: the page starts a new episode …
    await env.page.locator('#sync-task-cover').click();
    expect(await env.page.evaluate(() => (globalThis as any).WOB_DONE_GLOBAL)).toBe(false);
    // … and a wrong click there scores −1 with its own reason; the harness still reads the first ending.
    await env.page.locator('#area button').first().click();
    expect(await env.status()).toEqual({ done: true, reward: -1, rawReward: -1, reason: 'timed out' });
    // The next reset reads its own episode again.
    await env.reset(5);
    expect(await env.status()).toEqual({ done: false, reward: 0, rawReward: 0, reason: null });
    await context.close();
  });

  it('reopens the task page when the agent navigated away, and on every episode when asked', async () => {
    const { context, env } = await environment();
    await env.ensureOpen('click-button-mini');
    await env.reset(2);
    await env.page.goto('about:blank');
    await env.ensureOpen('click-button-mini');
    await env.reset(2);
    expect(await env.utterance()).toMatch(/Click on/);
    // Without reloading, the page (and a marker on it) stays.
    await env.page.evaluate(() => ((globalThis as any).marker = 1));
    await env.ensureOpen('click-button-mini');
    expect(await env.page.evaluate(() => (globalThis as any).marker)).toBe(1);
    const reloading = new MiniwobEnvironment(env.page, { baseUrl: server.url, reloadEachEpisode: true });
    await reloading.ensureOpen('click-button-mini');
    expect(await env.page.evaluate(() => (globalThis as any).marker)).toBeUndefined();
    await context.close();
  });

  it('a page that never starts the protocol is a clear error with its page errors', async () => {
    const { context, env } = await environment({ timeoutMs: 6000 });
    await expect(env.open('no-cover-mini')).rejects.toThrow(TaskPageError);
    await expect(env.open('no-cover-mini')).rejects.toThrow(/sync-task-cover never appeared.*no-cover-mini failed to start/);
    await expect(env.open('no-such-task')).rejects.toThrow(/HTTP 404/);
    await context.close();
  });

  it('a hung page times out cleanly and can be closed', async () => {
    const { context, env } = await environment({ timeoutMs: 4000 });
    await env.open('hang-mini');
    const started = Date.now();
    await expect(env.reset(0)).rejects.toThrow(HarnessTimeoutError);
    expect(env.isBroken).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    await context.close();
    // The browser is still usable afterwards.
    const fresh = await environment();
    await fresh.env.open('click-button-mini');
    await fresh.env.reset(1);
    expect(await fresh.env.utterance()).toMatch(/Click on/);
    await fresh.context.close();
  });
});
