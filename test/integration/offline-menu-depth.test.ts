/**
 * Menu paths of another depth than the demonstration's, end to end in real
 * Chromium (issue 11 §3): navbar-paths, a Bootstrap-like navbar of top-level
 * links and click-opened dropdowns with a nested submenu. A two-level
 * demonstration ("Open Account > Profile.") recorded through the browser
 * recorder, then the offline policy on unseen seeds asking for one level
 * (seeds 0 and 5: a top-level link) and three (seed 2); and the converse: a
 * one-level demonstration ("Open About.") followed at two and three levels
 * (seeds 1 and 2).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-menu-depth-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function evaluate(demoSeed: number, seeds: number[], name: string) {
  return runEvaluation({
    dir: suiteDirectory(),
    tasks: ['navbar-paths'],
    demoSeeds: [demoSeed],
    seeds,
    policy: 'offline',
    demonstrators,
    saveAgentTrajectories: false,
    workers: 1,
    reportDir: join(out, name),
  });
}

describe('menu paths of another depth than the demonstrated one (real Chromium, recorded demonstration)', () => {
  it('follows one and three levels after a demonstration of two', async () => {
    const result = await evaluate(1000, [0, 2, 5], 'two');
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([['Open Account > Profile.', true, true]]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect(bySeed.get(0)!.utterance).toBe('Open About.');
    expect(bySeed.get(2)!.utterance).toBe('Open Learn > Advanced > Logs.');
    expect(bySeed.get(5)!.utterance).toBe('Go to Blog.');
    for (const seed of [0, 2, 5]) {
      const episode = bySeed.get(seed)!;
      expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
    }
  }, 300_000);

  it('follows two and three levels after a demonstration of one', async () => {
    const result = await evaluate(0, [1, 2], 'one');
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([['Open About.', true, true]]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect(bySeed.get(1)!.utterance).toBe('Open Tools > Console.');
    for (const seed of [1, 2]) {
      const episode = bySeed.get(seed)!;
      expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
    }
  }, 300_000);
});
