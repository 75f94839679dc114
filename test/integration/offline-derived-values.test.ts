/**
 * A typed number the demonstration worked out (rules/derived-values.ts), end
 * to end in real Chromium: native-number's "Add 3 more tickets" demonstrated
 * through the browser recorder (typing the field's value + 3), then the
 * offline policy on unseen seeds. Where the task adds another amount, the
 * policy adds it to the new page's own quantity; where it removes instead,
 * it refuses rather than add.
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('derived-values');

describe('a typed number worked out from the page and the task (real Chromium, recorded demonstration)', () => {
  it('recomputes "add N more" on the new page, and refuses a removal', async () => {
    const result = await offline.run({
      tasks: ['native-number'],
      // Seed 1000 is "Add 3 more tickets to the order, then click Update."
      demoSeeds: [1000],
      // Seeds 0 and 5 add an amount ("Add 5 more tickets …", "Add 1 more bags of coffee …"); seed 4 removes some.
      seeds: [0, 4, 5],
    });
    expect(demonstrationRows(result)).toEqual([['Add 3 more tickets to the order, then click Update.', true, true]]);
    const bySeed = episodesBySeed(result);
    for (const seed of [0, 5]) {
      const episode = bySeed.get(seed)!;
      expect(episode.utterance).toMatch(/^Add \d more/);
      expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
    }
    const removal = bySeed.get(4)!;
    expect(removal.utterance).toMatch(/^Remove/);
    expect(removal.success).toBe(false);
    expect(removal.rawReward).toBeGreaterThanOrEqual(0);
    // Refused as arithmetic worded another way, as another kind of task ("Remove" against "Add … more"), or as a
    // clause the demonstration has no step for (task-clauses.ts: "the task also asks to "remove 2 of the seats"").
    expect(removal.outcome.reason).toMatch(/words the change differently|is of another kind of task|the task also asks to "remove/);
  }, 240_000);
});
