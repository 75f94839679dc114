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
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('menu-depth');

async function evaluate(demoSeed: number, seeds: number[], name: string) {
  return offline.run({ tasks: ['navbar-paths'], demoSeeds: [demoSeed], seeds, report: name });
}

describe('menu paths of another depth than the demonstrated one (real Chromium, recorded demonstration)', () => {
  it('follows one and three levels after a demonstration of two', async () => {
    const result = await evaluate(1000, [0, 2, 5], 'two');
    expect(demonstrationRows(result)).toEqual([['Open Account > Profile.', true, true]]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toBe('Open About.');
    expect(bySeed.get(2)!.utterance).toBe('Open Learn > Advanced > Logs.');
    expect(bySeed.get(5)!.utterance).toBe('Go to Blog.');
    expectFullReward(result, [0, 2, 5]);
  }, 300_000);

  it('follows two and three levels after a demonstration of one', async () => {
    const result = await evaluate(0, [1, 2], 'one');
    expect(demonstrationRows(result)).toEqual([['Open About.', true, true]]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(1)!.utterance).toBe('Open Tools > Console.');
    expectFullReward(result, [1, 2]);
  }, 300_000);
});
