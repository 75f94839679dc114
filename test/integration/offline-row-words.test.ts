/**
 * Rows told by a plain word both tasks share (rules/row-words.ts), end to end
 * in real Chromium: pantry-stock lists the same five foods in a new order
 * each episode. "Add two more peppers and take away three apples" and "Three
 * fewer peppers and add three more apples" are demonstrated through the
 * browser recorder; the offline policy then does "Add two more peppers" and
 * "Add three more apples" on unseen seeds, where those rows sit elsewhere. The
 * clause the task leaves out is dropped (rules/task-clauses.ts) and the "+"
 * presses land in the row that shows the food, wherever it now is — not in
 * the row at the demonstrated place.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('row-words');

describe('a row told by a word both tasks share (real Chromium, recorded demonstrations)', () => {
  it('presses in the row of the shared word wherever the shuffled list put it', async () => {
    const result = await offline.run({
      tasks: ['pantry-stock'],
      // Seed 1001: peppers in the 5th row, apples in the 4th; seed 13: peppers 5th, apples 3rd.
      demoSeeds: [1001, 13],
      // Seeds 16 and 69 add two more peppers (1st row); seed 73 adds three more apples (4th row).
      seeds: [16, 69, 73],
    });
    expect(demonstrationRows(result)).toEqual([
      ['Add two more peppers and take away three apples, then click Update.', true, true],
      ['Three fewer peppers and add three more apples, then click Update.', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect([16, 69, 73].map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Add two more peppers, then click Done.',
      'Add two more peppers, then click Save.',
      'Add three more apples, then click Done.',
    ]);
    expectFullReward(result, [16, 69, 73]);
  }, 300_000);
});
