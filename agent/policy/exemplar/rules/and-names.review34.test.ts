/**
 * Review probes (session 34, review34) of rules/and-names.ts's "or" joining (a phrase across "or" the page names
 * whole, "Passport or ID card", is one item), followed end to end on the packing list of
 * offered-choice.review33.test.ts: tick the things, press "Add to bag ↓", then Done. Hostile: the whole name denied,
 * the "or" name beside a real choice said with "either", a choice of the whole name and another thing.
 * `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const THINGS = ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport or ID card', 'Power bank', 'Tea or coffee sachets'];
const packing = (things: string[] = THINGS): WidgetSpec[] => [
  { key: 'pane', role: 'group', text: 'Things' },
  ...things.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
  { key: 'move', role: 'button', text: 'Add to bag ↓', attributes: { class: 'move' } },
  { key: 'done', role: 'button', text: 'Done', attributes: { class: 'finish' } },
  { key: 'bag', role: 'text', text: 'In the bag' },
];
async function follow(task: string, things: string[] = THINGS) {
  const deeds = ['Sun hat', 'Sunglasses', 'Add to bag ↓', 'Done'];
  const demo = await recordDemonstration(new WidgetPageOperator(packing(things)), 'Pack sun hat and sunglasses.', (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    return { type: 'click', target: { elementId: find(observation, things.includes(deed) ? 'checkbox' : 'button', deed).id } };
  });
  const { operator, status, reason } = await followOnWidgets(packing(things), demo, task);
  return { status, reason, clicks: operator.clicks, moved: operator.clicks.includes('move') };
}

describe('"or" names, followed: review34 probes', () => {
  it('packs "Passport or ID card" and "Tea or coffee sachets" named whole', async () => {
    const run = await follow('Pack passport or ID card and tea or coffee sachets.');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['Passport or ID card', 'Tea or coffee sachets', 'move', 'done']);
  });
  it('never ticks "Passport or ID card" where the task denies it', async () => {
    const run = await follow('Pack wool socks, but not passport or ID card.');
    expect(run.clicks, run.reason).not.toContain('Passport or ID card');
  });
  it('moves nothing for "either wool socks or passport or ID card"', async () => {
    const run = await follow('Pack either wool socks or passport or ID card.');
    expect(run.moved, run.reason).toBe(false);
  });
  it('moves nothing for "wool socks or power bank" (a choice; no page name holds it)', async () => {
    const run = await follow('Pack wool socks or power bank.');
    expect(run.moved, run.reason).toBe(false);
  });
  // "tea or coffee" said as the choice it is ("tea or coffee, whichever"), where the page's item name holds both words
  // and more ("Tea or coffee sachets"): the item is not named whole; nothing is ticked for it.
  it('never ticks "Tea or coffee sachets" for "tea or coffee, whichever is there"', async () => {
    const run = await follow('Pack wool socks and tea or coffee, whichever is there.');
    expect(run.clicks, run.reason).not.toContain('Tea or coffee sachets');
  });
  it('never ticks the "or" name said with a word left out ("passport or ID")', async () => {
    const run = await follow('Pack wool socks and passport or ID.');
    expect(run.clicks, run.reason).not.toContain('Passport or ID card');
  });
});
