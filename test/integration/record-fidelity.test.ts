/**
 * Recording does not depend on whether the driver looks at the page (issue 11
 * §1/§2). A scripted person rests the pointer on a hover-only menu, looks at
 * the page to see the submenu open (its own operator's observation), and
 * clicks the item it revealed. Before, that look replaced the element registry
 * the recorder reads to tell what was on screen before the press, so the
 * revealed item counted as already shown and the hover was not stored: the
 * two-level demonstration of hover-paths on seed 1001 was stored as one click
 * and stayed unverified. The recorder now keeps its observations in a registry
 * of its own. And a press that moved a slider's handle by one step of its
 * value (5.5 px on slider-combo) is a drag, not a click a replay would make
 * in place. Real Chromium, real SQLite, real input through the real recorder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { newTaskContext } from '../../harness/miniwob/environment.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { RECORDER_OBSERVED_REGISTRY } from '../../main/recorder/browser/recorder-page-script.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

let browser: Browser;
let server: StaticServer;
let workDir: string;

beforeAll(async () => {
  browser = await launchHarnessBrowser();
  server = await serveDirectory(suiteDirectory());
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-fidelity-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a person who looks between a hover and the click it made possible', () => {
  it('stores the hover that opened the submenu, and the recording verifies on its seed (hover-paths, seed 1001)', async () => {
    const db = join(workDir, 'memory.db');
    const store = ExemplarStore.open(db);
    try {
      // The person observes after each hover (it waits for the next name to show inside the menu).
      let looks = 0;
      const demonstrator = demonstrators['hover-paths']!;
      const recorded = await recordThroughRecorder({
        browser,
        root: suiteDirectory(),
        baseUrl: server.url,
        demonstrator: (context) => demonstrator({ ...context, observe: () => (looks++, context.observe()) }),
        task: 'hover-paths',
        seed: 1001,
        sink: store,
        journalDirectory: journalDirectoryFor(db),
      });
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      const path = /^(?:Open|Go to) (.+?)(?: in the (\w+) menu)?\.$/.exec(stored.task);
      expect(path, stored.task).not.toBeNull();
      const levels = path![2] ? 2 : path![1]!.split(' > ').length;
      // A path of several levels: the person looked after each hover, before the click.
      expect(levels, stored.task).toBeGreaterThan(1);
      expect(looks).toBeGreaterThan(levels - 1);
      const kinds = stored.steps.map((step) => step.action.type);
      expect(kinds, stored.task).toEqual([...Array<string>(levels - 1).fill('hover'), 'click']);
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    } finally {
      store.close();
    }
  }, 240_000);

});

describe('a press that moved a slider\'s handle a little', () => {
  it('stores a press that moved a slider\'s handle by one step (a few px) as a drag, and the recording verifies (slider-combo, seed 1001)', async () => {
    const db = join(workDir, 'slider.db');
    const store = ExemplarStore.open(db);
    try {
      const recorded = await recordThroughRecorder({ browser, root: suiteDirectory(), baseUrl: server.url, demonstrator: demonstrators['slider-combo']!, task: 'slider-combo', seed: 1001, sink: store, journalDirectory: journalDirectoryFor(db) });
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      // Each slider the person moved is a drag of its handle (or keys on it), never a click that a replay would make in place.
      const onSliders = stored.steps.filter((step) => step.targets[0]?.role === 'slider');
      expect(onSliders.length, stored.task).toBeGreaterThanOrEqual(3);
      expect(onSliders.filter((step) => step.action.type === 'click').map((step) => step.index)).toEqual([]);
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    } finally {
      store.close();
    }
  }, 240_000);

});

describe('the recorder\'s own observations', () => {
  it('an operator whose observations keep another registry only observes: it refuses to act', async () => {
    const context = await newTaskContext(browser);
    try {
      const page = await context.newPage();
      await page.setContent('<button>Go</button>');
      const observer = await BrowserOperator.attach(page, { registryKey: RECORDER_OBSERVED_REGISTRY });
      const seen = await observer.observe();
      const button = seen.elements.find((element) => element.role === 'button')!;
      expect(button.text).toBe('Go');
      // Its registry is its own: the default one, which acting reads, was not written.
      expect(await page.evaluate(() => [Symbol.for('understudy.elements') in globalThis, Symbol.for('understudy.recorder-observed') in globalThis])).toEqual([false, true]);
      const result = await observer.execute({ type: 'click', target: { elementId: button.id } });
      expect(result).toMatchObject({ ok: false, code: 'unsupported' });
    } finally {
      await context.close();
    }
  }, 60_000);
});
