/**
 * A plan composed of parts of several demonstrations (compose-plans.ts), end
 * to end in real Chromium: booking-parts asks for one to three of four
 * independent parts of a booking form. The demonstrations on seeds 1000–1002
 * each did some parts ("Tick Breakfast", "Pick the Twin room, set Adults to 2,
 * enter K7Q2 as the promo code", "Pick the Double room, set Adults to 4, tick
 * Breakfast"); seed 5 asks for the adults, breakfast and a promo code, which
 * no one of them did together. The offline policy does the adults and
 * breakfast as one did, opens Extras and types the code as another did, then
 * presses the closing button once.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('composed');

describe('a plan composed of several demonstrations of one page (real Chromium, recorded demonstrations)', () => {
  it('does each part as the demonstration that did it, then the shared closing press', async () => {
    const result = await offline.run({ tasks: ['booking-parts'], demoSeeds: [1000, 1001, 1002], seeds: [5] });
    expect(demonstrationRows(result)).toEqual([
      ['Tick Breakfast, then click Send.', true, true],
      ['Pick the Twin room, set Adults to 2, enter K7Q2 as the promo code, then click OK.', true, true],
      ['Pick the Double room, set Adults to 4, tick Breakfast, then click Submit.', true, true],
    ]);
    expect(episodesBySeed(result).get(5)!.utterance).toBe('Type 4 in Adults, tick Breakfast, enter HX4P as the promo code, then click Done.');
    expectFullReward(result, [5]);
  }, 300_000);
});
