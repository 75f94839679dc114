/**
 * Counts written as words and clauses in another order, end to end in real
 * Chromium: cart-quantities' "Take away three pencils, add two more mugs,
 * then click Save." demonstrated through the browser recorder, then the
 * offline policy on unseen seeds whose counts differ (seed 2), and whose
 * clauses come in the other order (seeds 3 and 7): each clause's − or +
 * pressed as many times as its own count says, in its own row.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('counts');

describe('counts as words, clause by clause (real Chromium, recorded demonstration)', () => {
  it('presses each row as many times as its clause says, in the task\'s order', async () => {
    const result = await offline.run({
      tasks: ['cart-quantities'],
      demoSeeds: [1001],
      // 2: "Take away two napkins, add one candles, …"; 3: "Add one more pencils, take away one candles, …";
      // 7: "Add one more batteries and remove two pencils, …".
      seeds: [2, 3, 7],
    });
    expect(demonstrationRows(result)).toEqual([['Take away three pencils, add two more mugs, then click Save.', true, true]]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(2)!.utterance).toMatch(/^Take away two napkins, add one candles/);
    expect(bySeed.get(3)!.utterance).toMatch(/^Add one more pencils, take away one candles/);
    expect(bySeed.get(7)!.utterance).toMatch(/^Add one more batteries and remove two pencils/);
    expectFullReward(result, [2, 3, 7]);
  }, 240_000);
});
