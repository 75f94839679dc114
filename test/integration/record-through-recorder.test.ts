/**
 * Suite demonstrations through the real browser recorder (real Chromium,
 * real SQLite): a scripted person drives a task page with real input while
 * the BrowserRecorder captures it; the stored trajectory is the recorder's,
 * replayed on its seed right after and stored verified — or, when it did not
 * finish the task, stored unverified with the reason. Then the offline policy
 * prefers a verified demonstration to an unverified one of the same fit, and
 * says so when only an unverified one is there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { newTrajectoryId } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { journalDirectoryFor, listJournals } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { demonstrators, type Demonstrator } from '../../harness/tasks/demonstrators/index.js';
import { firstQuoted, requireOne } from '../../harness/tasks/demonstrators/demonstrator.js';

let browser: Browser;
let server: StaticServer;
let workDir: string;

beforeAll(async () => {
  browser = await launchHarnessBrowser();
  server = await serveDirectory(suiteDirectory());
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-through-recorder-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function record(store: ExemplarStore, db: string, task: string, seed: number, demonstrator: Demonstrator, keepAll = false) {
  return recordThroughRecorder({
    browser,
    root: suiteDirectory(),
    baseUrl: server.url,
    demonstrator,
    task,
    seed,
    sink: store,
    journalDirectory: journalDirectoryFor(db),
    ...(keepAll ? { keep: () => true } : {}),
  });
}

/** enter-text with raw input only: a click into the field, typing, a click on Submit — points, not element ids. */
const enterTextByHand: Demonstrator = async (context) => {
  const input = context.input!;
  const observation = await context.observe();
  const centre = (box: { x: number; y: number; width: number; height: number }) => [box.x + box.width / 2, box.y + box.height / 2] as const;
  const field = requireOne(observation, { role: 'textbox' });
  const submit = requireOne(observation, { role: 'button', text: 'Submit' });
  await input.move(5, 100, 3);
  await input.click(...centre(field.box));
  await input.type(firstQuoted(context.utterance));
  await context.observe(); // a person looks before moving on
  await input.click(...centre(submit.box));
};

/** Types the word and walks away: the episode never ends. */
const typesButNeverSubmits: Demonstrator = async (context) => {
  const field = requireOne(await context.observe(), { role: 'textbox' });
  await context.act({ type: 'type', text: firstQuoted(context.utterance), target: { elementId: field.id }, replace: true });
};

describe('demonstrations through the browser recorder', () => {
  it('stores the recorder\'s trajectory of real input, replayed on its seed and marked verified', async () => {
    const db = join(workDir, 'verified.db');
    const store = ExemplarStore.open(db);
    try {
      const viaOperator = await record(store, db, 'enter-text', 1000, demonstrators['enter-text']!);
      const byHand = await record(store, db, 'enter-text', 1001, enterTextByHand);
      for (const recorded of [viaOperator, byHand]) {
        expect(recorded.demonstration.result, recorded.demonstration.result.reason).toMatchObject({ kind: 'demonstration', success: true, rawReward: 1 });
        expect(recorded.verification).toMatchObject({ verified: true, method: 'miniwob-seed', reward: 1 });
        expect(recorded.replay?.result).toMatchObject({ kind: 'replay', done: true, rawReward: 1 });
        const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
        expect(stored.metadata).toMatchObject({ recorder: 'browser', recorded: true, verified: true, benchmark: 'miniwob', task: 'enter-text' });
        expect((stored.metadata.verification as { reason: string }).reason).toMatch(/replayed on seed 100\d: the page scored raw reward 1 again/);
        // The recorder's steps: a typing gesture and a click, each stamped with when the recorder saw it.
        expect(stored.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
        expect(stored.steps[0]!.action).toMatchObject({ type: 'type', text: firstQuoted(stored.task) });
        expect(stored.steps[1]!.targets[0]).toMatchObject({ role: 'button', text: 'Submit' });
        for (const step of stored.steps) expect(typeof step.details?.recordedAt).toBe('number');
      }
      // Nothing is left in the journal folder once a recording is saved.
      expect(listJournals(journalDirectoryFor(db))).toEqual([]);
    } finally {
      store.close();
    }
  }, 120_000);

  it('stores a demonstration that does not finish the task as unverified, with the reason', async () => {
    const db = join(workDir, 'unverified.db');
    const store = ExemplarStore.open(db);
    try {
      const recorded = await record(store, db, 'enter-text', 1002, typesButNeverSubmits, true);
      expect(recorded.demonstration.result).toMatchObject({ done: false, success: false });
      expect(recorded.verification.verified).toBe(false);
      expect(recorded.verification.reason).toMatch(/ended before the task did/);
      expect(recorded.replay).toBeUndefined();
      const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
      expect(stored.outcome.status).toBe('stopped');
      expect(stored.metadata).toMatchObject({ verified: false });
      expect(stored.steps.map((step) => step.action.type)).toEqual(['type']);
    } finally {
      store.close();
    }
  }, 60_000);

  it('the offline policy follows a verified demonstration over an unverified one of the same fit, and says when it uses an unverified one', async () => {
    const db = join(workDir, 'preference.db');
    const store = ExemplarStore.open(db);
    let verified: Trajectory;
    try {
      const recorded = await record(store, db, 'click-button', 1000, demonstrators['click-button']!);
      expect(recorded.verification.verified).toBe(true);
      verified = store.get(recorded.demonstration.result.trajectoryId!)!;
      // The same steps stored again, but marked as not having replayed: equal fit, equal retrieval text.
      // Stored first, so that retrieval alone would rank it first (ties keep insertion order).
      store.delete(verified.id);
      store.add({ ...verified, id: newTrajectoryId(), metadata: { ...verified.metadata, verified: false, verification: { verified: false, reason: 'test' } } });
      store.add(verified);
    } finally {
      store.close();
    }
    const episode = async (memoryPath: string, seed: number) => {
      const memory = ExemplarStore.open(memoryPath, { readonly: true });
      const context = await newTaskContext(browser);
      try {
        const page = await context.newPage();
        const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
        const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
        return await runPolicyEpisode({ environment, operator, policy: new ExemplarPolicy({ memory }), task: 'click-button', seed, screenshots: false });
      } finally {
        await context.close();
        memory.close();
      }
    };
    const preferred = await episode(db, 7);
    expect(preferred.result.success).toBe(true);
    const first = preferred.trajectory!.steps[0]!;
    expect((first.details?.offline as { demonstrationId?: string }).demonstrationId).toBe(verified!.id);
    expect(first.details?.offline).not.toHaveProperty('demonstrationUnverified');

    // Only the unverified copy left: it is used, and the decision says so.
    const writable = ExemplarStore.open(db);
    writable.delete(verified!.id);
    writable.close();
    const fallback = await episode(db, 8);
    const step = fallback.trajectory!.steps[0]!;
    expect(step.details?.offline).toMatchObject({ demonstrationUnverified: true });
    expect(step.thought).toMatch(/UNVERIFIED/);
  }, 120_000);
});
