/**
 * One kind of task worded freely per seed, end to end in real Chromium with
 * demonstrations recorded through the browser recorder (rules/kind-by-places.ts):
 *
 * - event-entry: no demonstration shares the new task's wording ("New event
 *   "Dentist": 08:30 until 09:30. Click Done." after "Add … to the calendar
 *   from … to …, then press Apply."); the values pair by type — the quoted
 *   title, two times typed, the caption a button of the page like the one
 *   pressed — and every unseen seed ends with reward 1.
 * - board-apply: a task naming the column a card leaves as well as the one it
 *   goes to ("Move … from Review to Backlog") after '"Test speakers" should go
 *   to Underway.': the sentence's closing full stop is no part of the column
 *   (rules/framed-value.ts), so the card and the column it goes to pair, and
 *   the move is made — the page rewards it. (Until session 19 this was refused
 *   as "no step used Underway."; the column the card leaves is read as wording
 *   — it is where the card is.)
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('kind-by-places');

describe('a same-page demonstration worded differently (real Chromium, recorded demonstrations)', () => {
  it('fills the event form from demonstrations worded otherwise, pairing values by type and place', async () => {
    const result = await offline.run({ tasks: ['event-entry'], demoSeeds: [1000, 1001, 1002], seeds: [0, 1, 2], report: 'event-entry' });
    expect(demonstrationRows(result).map(([utterance, success, verified]) => [utterance.split('"')[0], success, verified])).toEqual([
      ['Add ', true, true],
      ['Put ', true, true],
      ['Put ', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toBe('New event "Dentist": 08:30 until 09:30. Click Done.');
    expect(bySeed.get(1)!.utterance).toBe('"Team lunch" runs from 09:30 to 10:30 — confirm it with Save.');
    expect(bySeed.get(2)!.utterance).toBe('Schedule "Parent evening" starting at 12:30 and ending at 13:00. Save with Confirm.');
    expectFullReward(result);
  }, 400_000);

  // A false refusal in session 31: rules/unserved-remainder.ts, after narrowing away the demonstration's "Finish with
  // Save", read "move" and "review" as a part of the task no step does. "Move" opens the part whose values the plan
  // rewrites, a verb of the kind of "should go to"; "from Review" is where the page shows the card (rules/source-place.ts).
  it('moves a card named with the column it leaves, from a demonstration that named only the one it goes to', async () => {
    const result = await offline.run({ tasks: ['board-apply'], demoSeeds: [1000, 1002], seeds: [1], report: 'board-apply' });
    const episode = episodesBySeed(result).get(1)!;
    expect(episode.utterance).toBe('Move "Check tickets" from Review to Backlog and click Apply.');
    expect(episode.rawReward).toBe(1);
    expectFullReward(result);
  }, 400_000);
});
