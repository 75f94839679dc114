/**
 * Several demonstrations combined, through the real recorder (real Chromium,
 * real SQLite): two demonstrations of one task recorded from real input on
 * two seeds; the offline policy on an unseen seed compares both plans' next
 * step before each action and says that they agree; the retrieval event says
 * which demonstrations were combined.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../agent/core/events.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

let browser: Browser;
let server: StaticServer;
let workDir: string;

beforeAll(async () => {
  browser = await launchHarnessBrowser();
  server = await serveDirectory(suiteDirectory());
  workDir = mkdtempSync(join(tmpdir(), 'understudy-offline-combined-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('several recorded demonstrations combined by the offline policy', () => {
  it('compares both demonstrations before each action and says they agree', async () => {
    const db = join(workDir, 'memory.db');
    const store = ExemplarStore.open(db);
    const ids: string[] = [];
    try {
      for (const seed of [1000, 1001]) {
        const recorded = await recordThroughRecorder({
          browser,
          root: suiteDirectory(),
          baseUrl: server.url,
          demonstrator: demonstrators['enter-text']!,
          task: 'enter-text',
          seed,
          sink: store,
          journalDirectory: journalDirectoryFor(db),
        });
        expect(recorded.verification.verified, recorded.verification.reason).toBe(true);
        ids.push(recorded.demonstration.result.trajectoryId!);
      }
    } finally {
      store.close();
    }
    const memory = ExemplarStore.open(db, { readonly: true });
    const context = await newTaskContext(browser);
    try {
      const page = await context.newPage();
      const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
      const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
      const events: AgentEvent[] = [];
      const episode = await runPolicyEpisode({ environment, operator, policy: new ExemplarPolicy({ memory }), task: 'enter-text', seed: 7, screenshots: false, onEvent: (event) => events.push(event) });
      expect(episode.result.success, episode.result.reason).toBe(true);
      const steps = episode.trajectory!.steps;
      expect(steps.map((step) => step.action.type)).toEqual(['type', 'click']);
      for (const step of steps) expect(step.thought).toContain('2 of 2 demonstrations that can tell agree');
      for (const step of steps) expect(ids).toContain((step.details?.offline as { demonstrationId?: string }).demonstrationId);
      const retrieval = events.find((event) => event.type === 'retrieval');
      const combined = retrieval?.type === 'retrieval' ? retrieval.exemplars.filter((exemplar) => /combined with 1 other demonstration\(s\) of this kind/.test(exemplar.why)) : [];
      expect(combined.map((exemplar) => exemplar.id).sort()).toEqual([...ids].sort());
    } finally {
      await context.close();
      memory.close();
    }
  }, 120_000);
});
