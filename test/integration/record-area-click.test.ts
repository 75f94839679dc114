/**
 * Recorder fidelity: a click on a large wordless area that reads where it landed (a "find the spot" area)
 * is stored as the point clicked, so its replay hits the same spot; a worded card clicked off its centre
 * stays an element. Input by real mouse on the recorded page; replay on a fresh load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { isAreaPointClick } from '../../main/recorder/browser/area-click.js';
import { pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const PAGE = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url)), 'area.html')).href;
const boxOf = async (page: Page, selector: string) =>
  (await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`)) as { x: number; y: number; width: number; height: number };
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-area-click-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a click on a wordless area', () => {
  it('is stored as the point clicked and replays onto the same spot; a worded card stays an element', async () => {
    const drive = async (page: Page) => {
      await pause(300);
      const area = await boxOf(page, '#area');
      await page.mouse.click(area.x + 30, area.y + 95); // the hidden spot, far off the area's centre
      await pause(400);
      const card = await boxOf(page, '#card');
      await page.mouse.click(card.x + 20, card.y + 60); // off the card's centre: any point of it will do
      await pause(400);
    };
    const recorded = await recordOnPage({ browser, workDir, url: PAGE, task: 'click the hidden spot, then open the card', drive, stateExpression: 'window.state' });
    expect(recorded.state).toEqual({ hit: 1, missed: 0, card: 1 });
    const [spot, card] = recorded.trajectory.steps;
    expect(spot!.action).toMatchObject({ type: 'click', target: { x: expect.any(Number), y: expect.any(Number) } });
    expect(card!.action).toMatchObject({ type: 'click', target: { elementId: expect.any(Number) } });

    const replayed = await replayOnPage(browser, recorded.trajectory, PAGE, 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ hit: 1, missed: 0, card: 1 });
  });

  it('only a large wordless element clicked well off its centre counts', () => {
    const area = { text: '', tag: 'div', box: { x: 0, y: 0, width: 160, height: 120 } };
    expect(isAreaPointClick(area, { x: 30, y: 95 })).toBe(true);
    expect(isAreaPointClick(area, { x: 84, y: 64 })).toBe(false); // near the centre: the centre will do
    expect(isAreaPointClick({ ...area, text: 'Open the card' }, { x: 30, y: 95 })).toBe(false); // words say what it is
    expect(isAreaPointClick({ ...area, label: 'Map' }, { x: 30, y: 95 })).toBe(false);
    expect(isAreaPointClick({ ...area, tag: 'textarea' }, { x: 30, y: 95 })).toBe(false); // a field: any point focuses it
    expect(isAreaPointClick({ ...area, box: { x: 0, y: 0, width: 160, height: 30 } }, { x: 10, y: 5 })).toBe(false); // not an area
    expect(isAreaPointClick({ ...area, box: { x: 0, y: 0, width: 50, height: 50 } }, { x: 2, y: 2 })).toBe(false); // a small box
  });
});
