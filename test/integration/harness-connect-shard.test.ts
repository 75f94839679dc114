/**
 * `--connect` and `--shard`: two shards of one evaluation, each run against a
 * Playwright browser server on loopback (as a browser grid would serve),
 * together cover every (task, seed) exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../agent/core/errors.js';
import { HARNESS_CHROMIUM_ARGS, chromiumExecutable } from '../../harness/browser.js';
import { runEvaluation } from '../../harness/evaluation.js';
import { serveDirectory } from '../../harness/static-server.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { miniDemonstrators } from '../fixtures/miniwob-mini/demonstrators.js';

const MINI = fileURLToPath(new URL('../fixtures/miniwob-mini/', import.meta.url));

describe('harness over a remote browser server, in shards', () => {
  const out = mkdtempSync(join(tmpdir(), 'understudy-harness-shard-'));
  let server: BrowserServer;
  beforeAll(async () => {
    server = await chromium.launchServer({ executablePath: chromiumExecutable(), args: [...HARNESS_CHROMIUM_ARGS], host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('splits the (task, seed) list into disjoint shards that cover it, each on the remote browser', async () => {
    const endpoint = server.wsEndpoint();
    expect(endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:/);
    const common = {
      dir: MINI,
      tasks: ['click-button-mini', 'enter-text-mini'],
      seeds: [0, 1, 2, 3, 4],
      policy: 'offline',
      demonstrators: miniDemonstrators,
      demoSeeds: [1000],
      replayDemonstrations: false,
      workers: 2,
      connect: [endpoint],
    };
    const first = await runEvaluation({ ...common, shard: { index: 1, count: 2 }, reportDir: join(out, 'shard-1') });
    // The second shard loads the pages from a URL given to it (as a grid that cannot reach this loopback would).
    const pages = await serveDirectory(MINI);
    let second;
    try {
      second = await runEvaluation({ ...common, shard: { index: 2, count: 2 }, pagesUrl: pages.url, reportDir: join(out, 'shard-2') });
    } finally {
      await pages.close();
    }
    const memory = ExemplarStore.open(second.memoryPath, { readonly: true });
    const agentRun = memory.get(second.episodes.find((episode) => episode.steps > 0)!.trajectoryId!)!;
    memory.close();
    expect(agentRun.steps[0]!.observation.url).toBe(`${pages.url}miniwob/${agentRun.metadata.task}.html`);
    const key = (episode: { task: string; seed: number }) => `${episode.task}#${episode.seed}`;
    const a = first.episodes.map(key);
    const b = second.episodes.map(key);
    expect(a.length + b.length).toBe(10);
    expect(a.filter((item) => b.includes(item))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(common.tasks.flatMap((task) => common.seeds.map((seed) => `${task}#${seed}`)).sort());
    expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(1);
    // Episodes really ran (the pages answered through the remote browser).
    expect([...first.episodes, ...second.episodes].every((episode) => episode.utterance.length > 0 && episode.error === undefined)).toBe(true);
    expect(first.demonstrations.every((demo) => demo.success)).toBe(true);
  }, 180_000);

  it('a server that does not answer is a clear error', async () => {
    const attempt = runEvaluation({ dir: MINI, tasks: ['click-button-mini'], seeds: [0], policy: 'offline', connect: ['ws://127.0.0.1:9/none'], workers: 1, reportDir: join(out, 'bad') });
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(
      runEvaluation({ dir: MINI, tasks: ['click-button-mini'], seeds: [0], policy: 'offline', connect: ['http://x'], workers: 1, reportDir: join(out, 'bad2') }),
    ).rejects.toThrow(/ws:\/\/ or wss:\/\//);
  }, 60_000);
});
