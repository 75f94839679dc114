/**
 * How a task's values split, end to end in real Chromium with demonstrations
 * recorded through the browser recorder:
 *
 * - slider-combo: three uncaptioned sliders set from a bracketed list
 *   ("[12,13,3]"), one value per slider in page order. The list was read as
 *   one value ("12,13,3") and refused, and the sliders, all named alike, were
 *   confused with one another (task-tokens.ts, rules/slider-value.ts).
 * - menu-and-names: dishes named with "and" in them ("Rice and Beans",
 *   "Strawberries and Cream") were cut in two at "and"; the page's own names
 *   decide now (rules/and-names.ts).
 *
 * Every unseen seed here ends with reward 1; none acts wrongly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-list-values-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function run(task: string, demoSeeds: number[], seeds: number[]) {
  return runEvaluation({
    dir: suiteDirectory(),
    tasks: [task],
    demoSeeds,
    seeds,
    policy: 'offline',
    demonstrators,
    saveAgentTrajectories: false,
    workers: 1,
    reportDir: join(out, task),
  });
}

describe('values split the way the page reads them (real Chromium, recorded demonstrations)', () => {
  it('sets each slider to its own value of a bracketed list, in page order', async () => {
    const result = await run('slider-combo', [1000, 1002], [0, 1, 3]);
    expect(result.demonstrations.map((demo) => [demo.utterance, demo.success, demo.verified])).toEqual([
      ['Move the sliders to [6,13,10], then click Save.', true, true],
      ['Move the sliders to [18, 16, 5], then click Confirm.', true, true],
    ]);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect(bySeed.get(0)!.utterance).toBe('Set the sliders to the combination [12,13,3] and press Send.');
    expect(bySeed.get(1)!.utterance).toBe('Set the sliders to the combination [17, 6, 8] and press Submit.');
    for (const episode of result.episodes) expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
  }, 400_000);

  it('ticks dishes named with "and" in them as the menu names them', async () => {
    const result = await run('menu-and-names', [1000, 1001, 1002], [0, 1, 4]);
    expect(result.demonstrations.every((demo) => demo.success && demo.verified)).toBe(true);
    const bySeed = new Map(result.episodes.map((episode) => [episode.seed, episode]));
    expect(bySeed.get(0)!.utterance).toBe('Pick Rice and Beans, then press Order.');
    expect(bySeed.get(1)!.utterance).toBe('Pick Cola, Rice and Beans, Strawberries and Cream, then press Submit.');
    expect(bySeed.get(4)!.utterance).toBe('Select Green Salad and Spaghetti and Meatballs from the menu, then click Submit.');
    for (const episode of result.episodes) expect(episode.rawReward, `${episode.utterance}: ${episode.outcome.reason}`).toBe(1);
  }, 400_000);
});
