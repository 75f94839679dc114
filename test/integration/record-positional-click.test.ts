/**
 * Recorder fidelity: a click on a wordless track (a slider that takes the click where it lands)
 * is stored as the point clicked, so its replay chooses the same value; a click on a worded
 * button stays an element. Input by real mouse on the recorded page; replay on a fresh load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { centreMissesClicked, isPositionalClick } from '../../main/recorder/browser/positional-click.js';
import { pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const PAGES = fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url));
const URL_ = pathToFileURL(join(PAGES, 'track.html')).href;
const SPINNER = pathToFileURL(join(PAGES, 'spinner.html')).href;
const centreOf = async (page: Page, selector: string) =>
  (await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number };
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-positional-click-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a click on a track', () => {
  it('is stored as the point clicked and replays to the same value', async () => {
    const drive = async (page: Page) => {
      await pause(300);
      const box = (await page.evaluate(`(() => { const r = document.getElementById('track').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()`)) as { x: number; y: number; width: number; height: number };
      await page.mouse.click(box.x + box.width * 0.1, box.y + box.height / 2); // value -8
      await pause(400);
      const ok = (await page.evaluate(`(() => { const r = document.getElementById('ok').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as { x: number; y: number };
      await page.mouse.click(ok.x, ok.y);
      await pause(400);
    };
    const recorded = await recordOnPage({ browser, workDir, url: URL_, task: 'set the value to -8 and press Done', drive, stateExpression: 'window.state' });
    expect(recorded.state).toEqual({ value: -8, done: 1 });
    const [track, done] = recorded.trajectory.steps;
    expect(track!.action).toMatchObject({ type: 'click', target: { x: expect.any(Number), y: expect.any(Number) } });
    expect(done!.action).toMatchObject({ type: 'click', target: { elementId: expect.any(Number) } });

    const replayed = await replayOnPage(browser, recorded.trajectory, URL_, 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ value: -8, done: 1 });
  });

  it('a wordless spinner arrow that is no element of its own is stored where it was clicked, and replays', async () => {
    const drive = async (page: Page) => {
      await pause(300);
      for (const arrow of ['.ui-spinner-up', '.ui-spinner-up', '.ui-spinner-up', '.ui-spinner-down']) {
        const at = await centreOf(page, arrow);
        await page.mouse.click(at.x, at.y);
        await pause(300);
      }
      const ok = await centreOf(page, '#ok');
      await page.mouse.click(ok.x, ok.y);
      await pause(400);
    };
    const recorded = await recordOnPage({ browser, workDir, url: SPINNER, task: 'pick 2 and press Done', drive, stateExpression: 'window.state' });
    expect(recorded.state).toEqual({ value: 2, done: 1 });
    const replayed = await replayOnPage(browser, recorded.trajectory, SPINNER, 'window.state');
    expect(replayed.state).toEqual({ value: 2, done: 1 });
  });

  it('only a long wordless element clicked off its centre, or a wordless control off its container\'s centre, counts', () => {
    const track = { text: '', box: { x: 0, y: 0, width: 200, height: 10 } };
    expect(isPositionalClick(track, { x: 20, y: 5 })).toBe(true);
    expect(isPositionalClick(track, { x: 101, y: 5 })).toBe(false); // at the centre: the centre will do
    expect(isPositionalClick(track, { x: 91, y: 5 })).toBe(true); // a step left of it (seen: -1 on a -10…10 slider)
    expect(isPositionalClick({ ...track, text: 'Submit the form' }, { x: 20, y: 5 })).toBe(false);
    expect(isPositionalClick({ text: '', box: { x: 0, y: 0, width: 60, height: 40 } }, { x: 5, y: 20 })).toBe(false); // not a track
    expect(isPositionalClick({ text: '', box: { x: 0, y: 0, width: 10, height: 150 } }, { x: 5, y: 140 })).toBe(true); // vertical
    const row = { tag: 'li', text: 'Pick a number', box: { x: 0, y: 0, width: 200, height: 40 } };
    expect(centreMissesClicked(row, { tag: 'a', text: '', box: { x: 180, y: 0, width: 20, height: 20 } }, { x: 190, y: 10 })).toBe(true); // an arrow
    expect(centreMissesClicked(row, { tag: 'span', text: 'Pick', box: { x: 0, y: 0, width: 40, height: 20 } }, { x: 10, y: 10 })).toBe(false); // a word of it
    // A word that is one item of a row of like items, the page having found the row's centre on another item (centre-item.ts).
    expect(centreMissesClicked(row, { tag: 'span', text: 'Pick', box: { x: 0, y: 0, width: 40, height: 20 }, centreOnAnotherItem: true }, { x: 10, y: 10 })).toBe(true);
    expect(centreMissesClicked(row, { tag: 'li', text: 'Pick a number', box: { x: 300, y: 0, width: 5, height: 5 } }, { x: 301, y: 1 })).toBe(false); // itself, a stale box
    // A label standing in for a painted-over checkbox: a press on the box it labels is a press on the label.
    const label = { tag: 'label', role: 'checkbox', text: 'Email alerts', box: { x: 0, y: 0, width: 140, height: 20 } };
    const box = { tag: 'input', role: 'checkbox', text: '', box: { x: 0, y: 0, width: 36, height: 18 } };
    expect(centreMissesClicked(label, box, { x: 18, y: 9 })).toBe(false);
    expect(centreMissesClicked({ ...label, role: 'button' }, box, { x: 18, y: 9 })).toBe(true); // a button's own small part
    expect(centreMissesClicked({ ...label, tag: 'div' }, box, { x: 18, y: 9 })).toBe(true); // no stand-in: a container
  });
});
