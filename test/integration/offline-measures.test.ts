/**
 * Choices by a measure the demonstrations never compared (issue 11 §3/§4),
 * end to end in real Chromium: gear-compare lists five tents with a price,
 * a weight, a rating, a count of reviews and a date added, in a new order
 * each episode. Demonstrated through the browser recorder: "Add the Fjord 2"
 * (by name), "Add the cheapest one" and "Add the lightest tent". The offline
 * policy then adds the best-rated, the most recent, the heaviest and the
 * most reviewed tent on unseen seeds — measures no demonstration chose by,
 * read under the column header that names them (the rating and the reviews
 * are both plain numbers) — and never another tent. Two rows that tie at the
 * extreme are a refusal that says so.
 */
import { describe, expect, it } from 'vitest';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { planDemonstration } from '../../agent/policy/exemplar/plan-demonstration.js';
import { applyPlanRules } from '../../agent/policy/exemplar/rules/plan-rules.js';
import { groundExtremePick } from '../../agent/policy/exemplar/rules/extreme-pick.js';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('measures');

describe('a choice by a measure no demonstration compared (real Chromium, recorded demonstrations)', () => {
  it('adds the tent the new comparison names, and refuses a tie', async () => {
    const seeds = [1, 2, 4, 5];
    const result = await offline.run({
      tasks: ['gear-compare'],
      demoSeeds: [1000, 1001, 1002],
      seeds,
    });
    expect(demonstrationRows(result)).toEqual([
      ['Add the Fjord 2.', true, true],
      ['Add the cheapest one.', true, true],
      ['Add the lightest tent.', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect(seeds.map((seed) => bySeed.get(seed)!.utterance)).toEqual([
      'Add the best-rated tent.',
      'Add the most recent tent.',
      'Add the heaviest tent.',
      'Add the most reviewed tent.',
    ]);
    expectFullReward(result, seeds);

    // The demonstrated "cheapest" on a page where two tents weigh the same: which is the lightest is a guess.
    const memory = ExemplarStore.open(result.memoryPath, { readonly: true });
    try {
      const stored = memory.list().find((entry) => entry.task === 'Add the cheapest one.' && entry.source === 'demonstration')!;
      const trajectory = memory.get(stored.id)!;
      const plan = applyPlanRules(planDemonstration(trajectory, 'Add the lightest tent.'));
      expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
      const pick = plan.steps[0]!.extremePick!;
      expect(pick).toMatchObject({ word: 'lightest', choice: { quantity: 'mass', extreme: 'min' } });
      const elements = trajectory.steps[0]!.observation.elements;
      expect(groundExtremePick(pick, elements)).toMatchObject({ ok: true });
      const weights = elements.filter((element) => element.role === 'cell' && /^\d\.\d kg$/.test(element.text));
      expect(weights).toHaveLength(5);
      const lightest = [...weights].sort((a, b) => parseFloat(a.text) - parseFloat(b.text))[0]!;
      const other = weights.find((element) => element !== lightest)!;
      const tied = elements.map((element) => (element.id === other.id ? { ...element, text: lightest.text } : element));
      expect(groundExtremePick(pick, tied)).toEqual({ ok: false, score: 0, reason: expect.stringMatching(/^cannot tell the lightest row: 2 rows tie at the lowest weight/) });
    } finally {
      memory.close();
    }
  }, 300_000);
});
