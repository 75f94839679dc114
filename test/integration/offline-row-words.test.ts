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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-row-words-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a row told by a word both tasks share (real Chromium, recorded demonstrations)', () => {
  it('presses in the row of the shared word wherever the shuffled list put it', async () => {
    const result = await runEvaluation({
      dir: suiteDirectory(),
      tasks: ['pantry-stock'],
      // Seed 1001: peppers in the 5th row, apples in the 4th; seed 13: peppers 5th, apples 3rd.
      demoSeeds: [1001, 13],
      // Seeds 16 and 69 add two more peppers (1st row); seed 73 adds three more apples (4th row).
      seeds: [16, 69, 73],
      policy: 'offline',
      demonstrators,
      saveAgentTrajectories: false,
      workers: 1,
      reportDir: join(out, 'report'),
    });
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([
      ['Add two more peppers and take away three apples, then click Update.', true, true],
      ['Three fewer peppers and add three more apples, then click Update.', true, true],
    ]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect([16, 69, 73].map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Add two more peppers, then click Done.',
      'Add two more peppers, then click Save.',
      'Add three more apples, then click Done.',
    ]);
    for (const seed of [16, 69, 73]) {
      const episode = bySeed.get(seed)!;
      expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
    }
  }, 300_000);
});
