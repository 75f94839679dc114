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
 *   goes to has one value more than any demonstration: refused, and the
 *   refusal cites this page's demonstration and says what did not align.
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

  it('refuses a board move that names one column more than any demonstration, citing this page\'s demonstration', async () => {
    const result = await offline.run({ tasks: ['board-apply'], demoSeeds: [1000, 1002], seeds: [1], report: 'board-apply' });
    const episode = episodesBySeed(result).get(1)!;
    expect(episode.utterance).toBe('Move "Check tickets" from Review to Backlog and click Apply.');
    expect(episode.rawReward).toBe(0);
    // Refused, citing this page's own demonstration (its closing "Finish with Save" clause is narrowed away first, so the
    // refusal names the column no demonstrated step used).
    expect(episode.outcome.reason).toMatch(/closest demonstration, "(?:\\"Test speakers\\"|Put \\"Plan menu\\")[^]*(?:another kind of task|cannot do all this task asks)[^]*Backlog/);
  }, 400_000);
});
