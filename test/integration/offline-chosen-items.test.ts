/**
 * "Cannot do all this task asks", end to end in real Chromium with
 * demonstrations recorded through the browser recorder, on chosen-items
 * (Available / Chosen lists with an Add button):
 *
 * - the demonstrations moved one or two items and pressed nothing after; the
 *   tasks name three items, or two, and close with a press on a caption the
 *   demonstrations never pressed ("…, then press Save."). The press is added
 *   as the plan's last step on the one button carrying the caption
 *   (rules/final-press.ts), and the pick-and-Add block repeats per item
 *   (rules/item-blocks.ts, the page's names splitting the list at "and").
 *
 * Every unseen seed here ends with reward 1; none acts wrongly.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('chosen-items');

describe('a closing press and a list of another length (real Chromium, recorded demonstrations)', () => {
  it('moves every named item and presses the named caption the demonstrations never pressed', async () => {
    const result = await offline.run({ tasks: ['chosen-items'], demoSeeds: [1000, 1001, 1002], seeds: [0, 1, 2] });
    expect(demonstrationRows(result)).toEqual([
      ['Add Sydney to Chosen.', true, true],
      ['Add Vienna and Berlin to Chosen.', true, true],
      ['Add Miami to Chosen.', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toBe('Add Boston, Cairo and Geneva to Chosen, then press Save.');
    expect(bySeed.get(1)!.utterance).toBe('Add Seattle and Prague to Chosen, then press Done.');
    expect(bySeed.get(2)!.utterance).toBe('Add Oslo to Chosen.');
    expectFullReward(result);
  }, 400_000);
});
