/**
 * A typed number the demonstration worked out (rules/derived-values.ts), end
 * to end in real Chromium: native-number's "Add 3 more tickets" demonstrated
 * through the browser recorder (typing the field's value + 3), then the
 * offline policy on unseen seeds. Where the task adds another amount, the
 * policy adds it to the new page's own quantity; where it removes instead,
 * it refuses rather than add.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-derived-values-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a typed number worked out from the page and the task (real Chromium, recorded demonstration)', () => {
  it('recomputes "add N more" on the new page, and refuses a removal', async () => {
    const result = await runEvaluation({
      dir: suiteDirectory(),
      tasks: ['native-number'],
      // Seed 1000 is "Add 3 more tickets to the order, then click Update."
      demoSeeds: [1000],
      // Seeds 0 and 5 add an amount ("Add 5 more tickets …", "Add 1 more bags of coffee …"); seed 4 removes some.
      seeds: [0, 4, 5],
      policy: 'offline',
      demonstrators,
      saveAgentTrajectories: false,
      workers: 1,
      reportDir: join(out, 'report'),
    });
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([['Add 3 more tickets to the order, then click Update.', true, true]]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
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
