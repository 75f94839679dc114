/**
 * "The Nth search result" counted across pages (rules/paged-ordinal.ts), end
 * to end in real Chromium: paged-results shows three or four results a page,
 * page numbers (all, or only those next to the shown page) and a Next whose
 * caption varies by seed. One demonstration at a time is recorded through
 * the browser recorder, then the offline policy does other seeds:
 * - the 2nd result demonstrated on the first page (seed 1000) reaches results
 *   on later pages — by a page number, or by Next where no number shows —
 *   with four a page where the demonstration had three;
 * - the 7th demonstrated on page 2 (seed 1002, reached by the link "2") does
 *   a result on the first page and one on a page reached by Next then "4".
 * Every episode must end with reward 1: a wrong result would score −1.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('paged-ordinal');

const run = (demoSeed: number, seeds: number[], report: string) => offline.run({ tasks: ['paged-results'], demoSeeds: [demoSeed], seeds, report });

describe('the Nth search result counted across pages (real Chromium, recorded demonstrations)', () => {
  it('reaches later pages from a demonstration on the first page', async () => {
    const seeds = [2, 0, 4];
    const result = await run(1000, seeds, 'from-first-page');
    expect(demonstrationRows(result)).toEqual([['Search for "Carla", then click the 2nd search result.', true, true]]);
    const bySeed = episodesBySeed(result);
    expect(seeds.map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Search for "Julia", then click the 3rd search result.', // page 1 (four a page)
      'Search for "Anna", then click the 6th search result.', // page 2, by its number
      'Search for "Julia", then click the 16th search result.', // page 4 of 4: Next, Next, then "4" shows
    ]);
    expectFullReward(result, seeds);
  }, 300_000);

  it('comes back to the first page, and goes further, from a demonstration on page 2', async () => {
    const seeds = [2, 7];
    const result = await run(1002, seeds, 'from-second-page');
    expect(demonstrationRows(result)).toEqual([['Search for "Quinn", then click the 7th search result.', true, true]]);
    const bySeed = episodesBySeed(result);
    expect(seeds.map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Search for "Julia", then click the 3rd search result.', // page 1
      'Search for "Marco", then click the 9th search result.', // page 3, only "1 2 …" on show: Next, then "3"
    ]);
    expectFullReward(result, seeds);
  }, 300_000);
});
