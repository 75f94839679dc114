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
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('list-values');

const run = (task: string, demoSeeds: number[], seeds: number[]) => offline.run({ tasks: [task], demoSeeds, seeds, report: task });

describe('values split the way the page reads them (real Chromium, recorded demonstrations)', () => {
  it('sets each slider to its own value of a bracketed list, in page order', async () => {
    const result = await run('slider-combo', [1000, 1002], [0, 1, 3]);
    expect(demonstrationRows(result)).toEqual([
      ['Move the sliders to [6,13,10], then click Save.', true, true],
      ['Move the sliders to [18, 16, 5], then click Confirm.', true, true],
    ]);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toBe('Set the sliders to the combination [12,13,3] and press Send.');
    expect(bySeed.get(1)!.utterance).toBe('Set the sliders to the combination [17, 6, 8] and press Submit.');
    expectFullReward(result);
  }, 400_000);

  it('ticks dishes named with "and" in them as the menu names them', async () => {
    const result = await run('menu-and-names', [1000, 1001, 1002], [0, 1, 4]);
    expect(result.demonstrations.every((demo) => demo.success && demo.verified)).toBe(true);
    const bySeed = episodesBySeed(result);
    expect(bySeed.get(0)!.utterance).toBe('Pick Rice and Beans, then press Order.');
    expect(bySeed.get(1)!.utterance).toBe('Pick Cola, Rice and Beans, Strawberries and Cream, then press Submit.');
    expect(bySeed.get(4)!.utterance).toBe('Select Green Salad and Spaghetti and Meatballs from the menu, then click Submit.');
    expectFullReward(result);
  }, 400_000);
});
