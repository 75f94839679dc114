/**
 * Recorder fidelity: a drag in a sortable grid whose result depends on the side from which the pointer
 * comes into the target cell. Recorded from real mouse input through the recorder, the step names the
 * dragged item (not the whole list, whose box collapsed around its floating rows), keeps the pointer's way
 * as a few waypoints, and replays on a fresh load to the same order, checked by the page's own state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../agent/operators/browser/chromium.js';
import { centreOf, pause, recordOnPage, replayOnPage } from './record-replay-kit.js';

const URL_ = pathToFileURL(join(fileURLToPath(new URL('../fixtures/pages/recorder/', import.meta.url)), 'sortable-grid.html')).href;
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchChromium({ headless: true });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-drag-path-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const cell = (name: string) => `Array.from(document.querySelectorAll('#grid li')).find((li) => li.textContent === ${JSON.stringify(name)})`;

/** Cedar (top right) onto Elm (centre): past Elm's middle from the left, then back rightwards across it, pausing, as a person aiming at a side does. */
const drive = async (page: Page) => {
  const a = await centreOf(page, cell('Cedar'));
  const b = await centreOf(page, cell('Elm'));
  await page.mouse.move(a.x, a.y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.move(a.x + 5, a.y + 5, { steps: 3 });
  await page.mouse.move(b.x - 14, b.y, { steps: 12 });
  await pause(300);
  await page.mouse.move(b.x + 3, b.y, { steps: 6 });
  await pause(300);
  await page.mouse.up();
  await pause(200);
};

const LANDED = ['Alder', 'Birch', 'Dogwood', 'Elm', 'Cedar', 'Fir', 'Ginkgo', 'Hazel', 'Ivy'];

describe('a drag whose landing place depends on the way the pointer came', () => {
  it('is recorded as the dragged item with its waypoints, and replays to the same place', async () => {
    const recorded = await recordOnPage({ browser, workDir, url: URL_, task: 'Drag Cedar to the center.', drive, stateExpression: 'window.state', watchFromTheStart: true });
    expect(recorded.state).toEqual({ order: LANDED });
    expect(recorded.trajectory.steps).toHaveLength(1);
    const step = recorded.trajectory.steps[0]!;
    expect(step.action.type).toBe('drag');
    // The item under the pointer at the press, by its words; not the list.
    expect(step.targets[0]?.text).toBe('Cedar');
    expect(step.action.type === 'drag' && 'elementId' in step.action.from).toBe(true);
    // The way in: the last waypoint lies left of the drop point, so the last move crosses the target rightwards.
    const path = step.action.type === 'drag' ? (step.action.path ?? []) : [];
    expect(path.length).toBeGreaterThan(0);
    expect(path.length).toBeLessThanOrEqual(6);
    const last = path[path.length - 1]!;
    expect(last.of).toBe('to');
    expect(last.dx).toBeLessThan(-8);

    const replayed = await replayOnPage(browser, recorded.trajectory, URL_, 'window.state');
    expect(replayed.run.outcome.status, replayed.run.outcome.reason).toBe('success');
    expect(replayed.state).toEqual({ order: LANDED });
  });
});
