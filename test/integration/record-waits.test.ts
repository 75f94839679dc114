/**
 * Recorded waits end to end (issue 11 §2/§3; rules/recorded-waits.ts and
 * wait-turns.ts): a scripted person watches a suite page with real input
 * through the real browser recorder — a button that is disabled or missing at
 * first, a price that ticks — and presses only once the page is ready. The
 * stored step keeps what was waited for (details.waitFor); its replay on the
 * seed succeeds, and the offline policy on unseen seeds waits as the person
 * did: it never presses early. Real Chromium, real SQLite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { MIN_PAUSE_MS, recordedWaitOf } from '../../agent/policy/exemplar/rules/recorded-waits.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';
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
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-waits-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function record(store: ExemplarStore, db: string, task: string, seed: number) {
  return recordThroughRecorder({ browser, root: suiteDirectory(), baseUrl: server.url, demonstrator: demonstrators[task]!, task, seed, sink: store, journalDirectory: journalDirectoryFor(db) });
}

/** The offline policy on an unseen seed, with the memory at `db`. */
async function offline(db: string, task: string, seed: number) {
  const memory = ExemplarStore.open(db, { readonly: true });
  const context = await newTaskContext(browser);
  try {
    const page = await context.newPage();
    const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
    const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
    return await runPolicyEpisode({ environment, operator, policy: new ExemplarPolicy({ memory }), task, seed, screenshots: false });
  } finally {
    await context.close();
    memory.close();
  }
}

describe('recorded waits, from real input through the browser recorder to the offline policy', () => {
  it('late-button: the step keeps that the button was disabled or not there yet; replay and the offline policy wait for it', async () => {
    const db = join(workDir, 'late.db');
    const store = ExemplarStore.open(db);
    try {
      // Seed 1000 shows the button disabled first, 1001 adds it later.
      for (const [seed, kind] of [[1000, 'enabled'], [1001, 'shows']] as const) {
        const recorded = await record(store, db, 'late-button', seed);
        expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
        expect(recorded.verification).toMatchObject({ verified: true, reward: 1 });
        const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
        expect(stored.steps.map((step) => step.action.type)).toEqual(['click']);
        const wait = recordedWaitOf(stored.steps[0]!);
        expect(wait, JSON.stringify(stored.steps[0]!.details)).toMatchObject({ kind });
        expect(wait!.pauseMs).toBeGreaterThanOrEqual(MIN_PAUSE_MS);
        // The verification replay scored 1: the page fails a press on the button while it is disabled.
        expect(recorded.replay?.result).toMatchObject({ kind: 'replay', rawReward: 1 });
      }
    } finally {
      store.close();
    }
    // Unseen seed 0 unlocks its button ("The Submit button unlocks after a moment"): the policy waits and presses it.
    const unlocked = await offline(db, 'late-button', 0);
    // The page fails a press while the button is disabled: success is a press after it was ready.
    expect(unlocked.result.success, unlocked.result.reason).toBe(true);
    // Seed 2 is worded as neither demonstration ("Click the OK button once it appears."): whatever the plan, never
    // a press before the button is there — it succeeds or refuses with a reason (the page scores a wrong press −1).
    const appears = await offline(db, 'late-button', 2);
    expect(appears.result.rawReward, appears.result.reason).not.toBe(-1);
    if (!appears.result.success) expect(appears.result.reason).toMatch(/cannot ground step 1/);
  }, 600_000);

  it('price-watch: the step keeps the watched price; the offline policy buys only once the price the task names has crossed, on the company it names', async () => {
    const db = join(workDir, 'price.db');
    const store = ExemplarStore.open(db);
    try {
      const recorded = await record(store, db, 'price-watch', 1001);
      expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ success: true, rawReward: 1 });
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      expect(stored.task).toMatch(/^Wait until (\w+) costs (less|more) than \$\d+, then press \w+\.$/);
      const wait = recordedWaitOf(stored.steps[0]!);
      expect(wait, JSON.stringify(stored.steps[0]!.details)).toMatchObject({ kind: 'value', element: { text: expect.stringMatching(/^\w+ price: \$\d+\.\d\d$/) } });
      expect(recorded.verification).toMatchObject({ verified: true, reward: 1 });
    } finally {
      store.close();
    }
    // Seed 3 names another company ("Wait until Umbrella costs …"): the plan watches its price.
    const run = await offline(db, 'price-watch', 3);
    expect(run.result.utterance).toMatch(/^Wait until Umbrella costs/);
    expect(run.result.success, run.result.reason).toBe(true);
    const clicks = run.trajectory!.steps.map((step) => step.action).filter((action) => action.type === 'click');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toMatchObject({ when: { until: { value: expect.any(Object), comparison: expect.stringMatching(/^(below|above)$/) } } });
  }, 600_000);
});
