/**
 * Recorder fidelity: a click on the blank part of a row inside a large clickable container (one
 * handler on the container serves every row, as in the suite's folder-tree) is stored as the row,
 * not as the container, whose centre lies on another row. Input by real mouse on the recorded page;
 * replay on a fresh load, checked by the page's own state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const URL_ = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url)), 'row-in-container.html')).href;
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-row-in-container-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Click the row's blank right part, far from its name. */
const clickRowBlank = async (page: Page, name: string) => {
  const box = (await page.evaluate(`(() => { const r = document.querySelector('[data-name="${name}"]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`)) as { x: number; y: number; width: number; height: number };
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
  await pause(400);
};

describe('a click on the blank part of a row in a large clickable container', () => {
  it.each([false, true])('is stored as the row and replays on the same rows (listeners watched from the start: %s)', async (watchFromTheStart) => {
    const drive = async (page: Page) => {
      await pause(300);
      await clickRowBlank(page, 'beta.txt');
      await clickRowBlank(page, 'zeta.txt');
    };
    const recorded = await recordOnPage({ browser, workDir, url: URL_, task: 'open beta.txt, then zeta.txt', drive, stateExpression: 'window.state', watchFromTheStart });
    expect(recorded.state).toEqual({ opened: ['beta.txt', 'zeta.txt'] });
    expect(recorded.trajectory.steps.map((step) => step.action.type)).toEqual(['click', 'click']);
    // The row, by its words; never the container (whose text is every row's).
    expect(recorded.trajectory.steps.map((step) => step.targets[0]?.text)).toEqual(['beta.txt', 'zeta.txt']);

    const replayed = await replayOnPage(browser, recorded.trajectory, URL_, 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ opened: ['beta.txt', 'zeta.txt'] });
  });
});
