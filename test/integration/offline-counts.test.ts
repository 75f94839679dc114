/**
 * Counts written as words and clauses in another order, end to end in real
 * Chromium: cart-quantities' "Take away three pencils, add two more mugs,
 * then click Save." demonstrated through the browser recorder, then the
 * offline policy on unseen seeds whose counts differ (seed 2), and whose
 * clauses come in the other order (seeds 3 and 7): each clause's − or +
 * pressed as many times as its own count says, in its own row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-counts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('counts as words, clause by clause (real Chromium, recorded demonstration)', () => {
  it('presses each row as many times as its clause says, in the task\'s order', async () => {
    const result = await runEvaluation({
      dir: suiteDirectory(),
      tasks: ['cart-quantities'],
      demoSeeds: [1001],
      // 2: "Take away two napkins, add one candles, …"; 3: "Add one more pencils, take away one candles, …";
      // 7: "Add one more batteries and remove two pencils, …".
      seeds: [2, 3, 7],
      policy: 'offline',
      demonstrators,
      saveAgentTrajectories: false,
      workers: 1,
      reportDir: join(out, 'report'),
    });
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([['Take away three pencils, add two more mugs, then click Save.', true, true]]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect(bySeed.get(2)!.utterance).toMatch(/^Take away two napkins, add one candles/);
    expect(bySeed.get(3)!.utterance).toMatch(/^Add one more pencils, take away one candles/);
    expect(bySeed.get(7)!.utterance).toMatch(/^Add one more batteries and remove two pencils/);
    for (const seed of [2, 3, 7]) {
      const episode = bySeed.get(seed)!;
      expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
    }
  }, 240_000);
});
