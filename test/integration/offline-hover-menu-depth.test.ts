/**
 * Menus that open only on hover, followed at another depth than the
 * demonstration's, end to end in real Chromium (issue 11 §3): hover-paths, a
 * top bar whose menus open on CSS :hover or on mouseenter, never on a click,
 * and whose titles on some seeds are links to their section's own page (a
 * click there is a wrong page, −1). Demonstrations are recorded through the
 * browser recorder from real input. A one-level demonstration ("Open
 * Careers.": a click, no evidence of how menus open) followed at two and three
 * levels must rest the pointer on each menu rather than click its title.
 * (Two-level demonstrations keep their hovers: record-fidelity.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { demonstrationRows, episodesBySeed, expectFullReward, useOfflineRuns } from '../kits/offline-run.js';

const offline = useOfflineRuns('hover-menu-depth');

// Scored on the raw reward; a loaded machine must not time the page out.
const evaluate = (demoSeed: number, seeds: number[], report: string) => offline.run({ tasks: ['hover-paths'], demoSeeds: [demoSeed], seeds, maxTimeMs: 120_000, report });

describe('hover-only menus at another depth than the demonstrated one (real Chromium, recorded demonstration)', () => {
  it('rests on each menu, never clicking a title that is a page of its own, after a demonstration of one level', async () => {
    const result = await evaluate(1000, [3, 6, 23, 37], 'one');
    expect(demonstrationRows(result)).toEqual([['Open Careers.', true, true]]);
    const bySeed = episodesBySeed(result);
    // Titles are links on all four seeds; menus open by script on 3 and 23, by CSS on 6 and 37.
    expect(bySeed.get(3)!.utterance).toBe('Open Learn > Books.');
    expect(bySeed.get(6)!.utterance).toBe('Go to Billing in the Account menu.');
    expect(bySeed.get(23)!.utterance).toBe('Open Account > Advanced > Webhooks.');
    expect(bySeed.get(37)!.utterance).toBe('Open Account > More > Archive.');
    expectFullReward(result, [3, 6, 23, 37]);
  }, 600_000);
});
