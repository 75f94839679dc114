/**
 * Recorder faults seen on real pages (issue 11 §2, "what a person does is
 * what is stored"), each on a suite page of our own: a scripted person drives
 * the page with real Playwright input while the browser recorder captures it;
 * the stored trajectory is the recorder's, replayed on its seed right after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

let browser: Browser;
let server: StaticServer;
let workDir: string;

beforeAll(async () => {
  browser = await launchHarnessBrowser();
  server = await serveDirectory(suiteDirectory());
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-page-faults-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function recordTask(task: string, seed: number) {
  const db = join(workDir, `${task}-${seed}.db`);
  const store = ExemplarStore.open(db);
  try {
    const recorded = await recordThroughRecorder({
      browser,
      root: suiteDirectory(),
      baseUrl: server.url,
      demonstrator: demonstrators[task]!,
      task,
      seed,
      sink: store,
      journalDirectory: journalDirectoryFor(db),
      keep: () => true,
    });
    const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
    return { recorded, stored };
  } finally {
    store.close();
  }
}

const actions = (steps: { action: unknown }[]) => steps.map((step) => step.action as Record<string, unknown>);

describe('a terminal whose keys land in a hidden field emptied after every key', () => {
  it('stores the keys typed (every one, and Enter), not what was left in the field, and replays them', async () => {
    const seen = new Set<string>();
    for (const seed of [1000, 1001, 1002, 1003]) {
      const { recorded, stored } = await recordTask('shell-terminal', seed);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const typed = actions(stored.steps).filter((action) => action.type === 'type');
      const quoted = /"([^"]+)"/.exec(stored.task)?.[1];
      const expected = quoted ? [quoted] : ['ls', expect.stringMatching(/^rm \w+\.gif$/)];
      seen.add(quoted ? 'command' : 'delete');
      expect(typed.map((action) => action.text)).toEqual(expected);
      // The keys go where the focus is: the hidden field is no target anyone can see or point at.
      for (const action of typed) expect(action).not.toHaveProperty('target');
      expect(actions(stored.steps).filter((action) => action.type === 'press').map((action) => action.keys)).toEqual(expected.map(() => 'Enter'));
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    }
    expect([...seen].sort()).toEqual(['command', 'delete']);
  }, 240_000);
});

describe('a number field whose spin arrow was clicked by accident before the real value was typed over it', () => {
  it('stores the value typed, not the spin arrow\'s intermediate one, and replays it', async () => {
    for (const seed of [1000, 1001]) {
      const { recorded, stored } = await recordTask('spin-quantity', seed);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const wanted = /\b(\d+)\b/.exec(stored.task)![1];
      const typed = actions(stored.steps).filter((action) => action.type === 'type');
      expect(typed.map((action) => action.text)).toEqual([wanted]);
      expect(actions(stored.steps).map((action) => action.type)).toEqual(['type', 'click']);
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    }
  }, 240_000);
});

describe('face-down cards whose numbers are in the DOM but drawn for nobody to see', () => {
  it('leaves hidden numbers out of the observation and the recorded target, so the face-up card is the one clicked and replayed', async () => {
    const context = await newTaskContext(browser);
    try {
      const page = await context.newPage();
      const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
      const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
      const hidings = new Set<string>();
      for (let seed = 0; seed < 12; seed++) {
        await environment.ensureOpen('face-down-cards');
        await environment.reset(seed);
        const downs = (await page.evaluate(`Array.from(document.querySelectorAll('.card.down')).map((card) => {
          const r = card.getBoundingClientRect();
          const hidden = card.querySelector('span:first-child');
          return { box: { x: r.x, y: r.y, width: r.width, height: r.height }, how: hidden ? hidden.className : 'same', number: card.textContent.replace(/\\D/g, '') };
        })`)) as { box: { x: number; y: number; width: number; height: number }; how: string; number: string }[];
        const observation = await operator.observe({ screenshot: false });
        for (const down of downs) {
          hidings.add(down.how);
          const inside = observation.elements.filter((element) => element.box.x >= down.box.x - 1 && element.box.y >= down.box.y - 1 && element.box.x + element.box.width <= down.box.x + down.box.width + 1 && element.box.y + element.box.height <= down.box.y + down.box.height + 1);
          for (const element of inside) expect(`${element.text} ${element.label ?? ''}`, `seed ${seed}: a card face down by ${down.how}`).not.toContain(down.number);
        }
      }
      expect([...hidings].sort()).toEqual(['clip', 'gone', 'ink', 'same', 'tiny']);
      await operator.close();
    } finally {
      await context.close();
    }
    for (const seed of [1000, 1001, 1002]) {
      const { recorded, stored } = await recordTask('face-down-cards', seed);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const wanted = /\b(\d)\b/.exec(stored.task)![1];
      expect(stored.steps.map((step) => step.targets[0]?.text)).toEqual([wanted]);
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    }
  }, 240_000);
});

describe('a word double-clicked inside a rich-text editor to select it (seen on a Quill editor)', () => {
  it('stores the selection of that word, from the task, not a double-click on the editor, and replays it where the word is', async () => {
    for (const seed of [1000, 1001, 1002]) {
      const { recorded, stored } = await recordTask('bold-word', seed);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const word = /\b(?:word|make) (\w+) bold\b/.exec(stored.task)![1]!;
      const double = stored.steps.filter((step) => step.action.type === 'double-click');
      expect(double.map((step) => step.action)).toEqual([{ type: 'double-click', target: { elementId: expect.any(Number) }, word }]);
      expect(double[0]!.details?.['wordFromTask']).toEqual({ value: word, start: stored.task.indexOf(word) });
      expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
    }
  }, 240_000);
});
