/**
 * A grid cell told by its row and column headers (rules/header-cell.ts), end
 * to end in real Chromium: room-grid draws a week grid whose free cells all
 * read "Free", days heading the rows and hours the columns, both runs starting
 * on a varying day and hour. Three bookings are demonstrated through the
 * browser recorder; the offline policy then books other days and hours on
 * unseen seeds — the cell where the new day's row and the new hour's column
 * cross, never the demonstrated position in the row (seed 1 keeps the hour
 * and changes the day: a row key alone clicked another hour there).
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('header-cell');

describe('a grid cell told by its row and column headers (real Chromium, recorded demonstrations)', () => {
  it('books the cell where the named day and hour cross on unseen grids', async () => {
    const seeds = [0, 1, 3, 4];
    const result = await offline.run({
      tasks: ['room-grid'],
      demoSeeds: [1000, 1001, 1002],
      seeds,
    });
    expect(demonstrationRows(result)).toEqual([
      ['Reserve the room for Tuesday at 12:00 and press Submit.', true, true],
      ['Book the meeting room on Friday at 12:00; click Send.', true, true],
      ['Book the meeting room on Thursday at 14:00; click Submit.', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect(seeds.map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Book the meeting room on Tuesday at 14:00; click Confirm.',
      'Book the room on Tuesday at 12:00, then click OK.',
      'Reserve the room for Saturday at 16:00 and press Confirm.',
      'Book the meeting room on Saturday at 14:00; click Done.',
    ]);
    expectFullReward(result, seeds);
  }, 300_000);
});
