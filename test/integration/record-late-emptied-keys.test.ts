/**
 * Recorder fidelity: a terminal that catches keys in a hidden field and empties it only a while after
 * each key (a busy page's clean-up waits behind the keys). Every printable key lands before the field
 * is emptied, so the page is first seen taking the text back when Enter goes down; the edit is still
 * the keys, typed where the focus is, never into the hidden field as a target. Real keys through
 * Playwright on the recorded page; replay on a fresh load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const PAGE = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url)), 'late-emptied-keys.html')).href;
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-late-emptied-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a hidden key field emptied only after the last printable key', () => {
  it('stores the keys with no target (the page took them back, seen at Enter) and replays them', async () => {
    const drive = async (page: Page) => {
      await pause(300);
      await page.mouse.click(100, 100);
      await pause(200);
      await page.keyboard.type('ls -a', { delay: 20 });
      await pause(600);
      await page.keyboard.press('Enter');
      await pause(400);
    };
    const recorded = await recordOnPage({ browser, workDir, url: PAGE, task: 'run "ls -a" in the terminal', drive, stateExpression: 'window.state' });
    expect(recorded.state).toEqual({ ran: ['ls -a'] });
    const actions = recorded.trajectory.steps.map((step) => step.action as Record<string, unknown>);
    const typed = actions.filter((action) => action.type === 'type');
    expect(typed.map((action) => action.text)).toEqual(['ls -a']);
    for (const action of typed) expect(action).not.toHaveProperty('target');
    expect(actions.filter((action) => action.type === 'press').map((action) => action.keys)).toEqual(['Enter']);

    const replayed = await replayOnPage(browser, recorded.trajectory, PAGE, 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ ran: ['ls -a'] });
  });
});
