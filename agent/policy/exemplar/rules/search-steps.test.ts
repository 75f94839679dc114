/**
 * Clicks right before a step whose target the task names were a search for
 * that target only when the target did not show before them: tabs clicked
 * until a link appears are a search; a move button pressed while the next
 * pick was already in view ("Add →", then the Chosen item to remove) is a
 * step of its own, pressed every time.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const AVAILABLE = ['Music', 'Health', 'Krakow', 'Art'];
const CHOSEN = ['Books', 'Graz'];
const lists: WidgetSpec[] = [
  { key: 'available', role: 'listbox', label: 'Available' },
  ...AVAILABLE.map((name) => ({ key: name, role: 'option', text: name, parent: 'available' })),
  { key: 'add', role: 'button', text: 'Add →' },
  { key: 'remove', role: 'button', text: '← Remove' },
  { key: 'chosen', role: 'listbox', label: 'Chosen' },
  ...CHOSEN.map((name) => ({ key: name, role: 'option', text: name, parent: 'chosen' })),
  { key: 'save', role: 'button', text: 'Save' },
];

const tabs: WidgetSpec[] = [
  { key: 'tab-1', role: 'tab', text: 'Tab #1' },
  { key: 'tab-2', role: 'tab', text: 'Tab #2' },
  { key: 'alpha', role: 'link', text: 'alpha', panel: 'tab-1' },
  { key: 'beta', role: 'link', text: 'beta', panel: 'tab-2' },
];

/** Clicks the named elements in turn. */
async function demonstrate(page: WidgetSpec[], task: string, clicks: [role: string, name: string][]) {
  return recordDemonstration(new WidgetPageOperator(page), task, (observation, step) => {
    const click = clicks[step];
    return click ? { type: 'click', target: { elementId: find(observation, click[0], click[1]).id } } : undefined;
  });
}

describe('clicks before a named target', () => {
  it('are a search when the target showed only after them (tabs)', async () => {
    const demo = await demonstrate(tabs, 'Click the link "beta".', [['tab', 'Tab #2'], ['link', 'beta']]);
    const plan = planDemonstration(demo, 'Click the link "alpha".');
    expect(plan.steps.map((step) => step.search?.mode)).toEqual(['click', undefined]);
  });

  it('are steps of their own when the target already showed: the move button is pressed, not skipped', async () => {
    const demo = await demonstrate(lists, 'Add Music and Health to Chosen and remove Books, then press Save.', [
      ['option', 'Music'], ['button', 'Add →'], ['option', 'Health'], ['button', 'Add →'], ['option', 'Books'], ['button', '← Remove'], ['button', 'Save'],
    ]);
    const task = 'Add Krakow to Chosen and remove Graz, then press Save.';
    const plan = planDemonstration(demo, task, demo.steps[0]!.observation.elements);
    expect(plan.steps.some((step) => step.search)).toBe(false);
    const operator = new WidgetPageOperator(lists);
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
    expect(operator.clicks).toEqual(['Krakow', 'add', 'Graz', 'remove', 'save']);
    expect(result.outcome.status).toBe('success');
  });
});
