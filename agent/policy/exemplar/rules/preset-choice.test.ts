/**
 * A value both tasks name that the demonstration's page showed already chosen
 * (no step touched it) is chosen on the page at hand too — skipped when it is
 * chosen there already — or the plan is refused naming it when the page at
 * hand has no single control of that kind named by it. Before this rule the
 * plan followed the demonstration and left whatever the new page had chosen.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';
import { withPresetChoices } from './preset-choice.js';
import { planDemonstration } from '../plan-demonstration.js';

/** A hold form: a title drop-down, branch radios with `ticked` chosen, a newsletter box, a button. */
const hold = (ticked: string, extra: { branches?: string[]; subscribed?: boolean } = {}): WidgetSpec[] => [
  { key: 'title', role: 'combobox', label: 'Title', options: ['Paper Moons', 'The Glass Kitchen', 'A Map of Small Rivers'], value: 'Paper Moons' },
  { key: 'branch', role: 'group', text: 'Pickup branch' },
  ...(extra.branches ?? ['Central', 'Riverside', 'Northgate']).map((name): WidgetSpec => ({ key: name.toLowerCase(), role: 'radio', text: name, group: 'Pickup branch', parent: 'branch', checked: name === ticked })),
  { key: 'texts', role: 'checkbox', text: 'Text me', checked: extra.subscribed ?? false },
  { key: 'go', role: 'button', text: 'Place hold' },
];

const by = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const select = (label: string, option: string): Move => (observation) => ({ type: 'select', target: { elementId: by(observation, (element) => element.label === label).id }, option });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: by(observation, (element) => element.text === text).id } });

const DEMO = 'Hold The Glass Kitchen for pickup at Riverside.';
const TASK = 'Hold A Map of Small Rivers for pickup at Riverside.';

describe('withPresetChoices', () => {
  it('chooses the branch the demonstration found ticked when another is ticked on the page at hand', async () => {
    const demo = await demonstrate(hold('Riverside'), DEMO, [select('Title', 'The Glass Kitchen'), click('Place hold')]);
    const { operator, status } = await follow(hold('Northgate'), demo, TASK);
    expect(status).toBe('success');
    expect([...operator.checked]).toEqual(['riverside']);
    expect(operator.values.get('title')).toBe('A Map of Small Rivers');
    expect(operator.clicks).toEqual(['riverside', 'go']);
  });

  it('adds a click that is skipped where the branch is ticked already', async () => {
    const demo = await demonstrate(hold('Riverside'), DEMO, [select('Title', 'The Glass Kitchen'), click('Place hold')]);
    const plan = planDemonstration(demo, TASK, (await new WidgetPageOperator(hold('Riverside')).observe()).elements);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps.map((planned) => planned.step.action.type)).toEqual(['select', 'click', 'click']);
    expect(plan.steps[1]!.intendedChecked).toBe(true);
    expect(plan.notes.join(' ')).toMatch(/already showed "Riverside" chosen/);
    const { operator, status } = await follow(hold('Riverside'), demo, TASK);
    expect(status).toBe('success');
    expect(operator.clicks).toEqual(['go']);
  });

  it('refuses, naming the value, when the page at hand has no radio named by it', async () => {
    const demo = await demonstrate(hold('Riverside'), DEMO, [select('Title', 'The Glass Kitchen'), click('Place hold')]);
    const page = (await new WidgetPageOperator(hold('Central', { branches: ['Central', 'Northgate'] })).observe()).elements;
    const plan = planDemonstration(demo, TASK, page);
    const blocking = plan.problems.filter((problem) => problem.blocking);
    expect(blocking).toHaveLength(1);
    expect(blocking[0]!.text).toMatch(/"Riverside".*already chosen.*no radio button named "Riverside"/);
  });

  it('ticks a box both tasks name that the demonstration found ticked', async () => {
    const demo = await demonstrate(hold('Central', { subscribed: true }), 'Hold The Glass Kitchen at Central and Text me.', [select('Title', 'The Glass Kitchen'), click('Place hold')]);
    const { operator, status } = await follow(hold('Central'), demo, 'Hold Paper Moons at Central and Text me.');
    expect(status).toBe('success');
    expect([...operator.checked].sort()).toEqual(['central', 'texts']);
  });

  it('adds nothing for a chosen control the tasks do not both name, or one a step acted on', async () => {
    const page = (await new WidgetPageOperator(hold('Northgate')).observe()).elements;
    const quiet = await demonstrate(hold('Riverside'), 'Hold The Glass Kitchen.', [select('Title', 'The Glass Kitchen'), click('Place hold')]);
    expect(withPresetChoices(quiet, 'Hold A Map of Small Rivers.', page)).toBeUndefined();
    expect(withPresetChoices(quiet, TASK, page)).toBeUndefined();
    const clicked = await demonstrate(hold('Northgate'), DEMO, [select('Title', 'The Glass Kitchen'), click('Riverside'), click('Place hold')]);
    expect(withPresetChoices(clicked, TASK, page)).toBeUndefined();
  });

  it('does not take a function word for a value ("No" ticked, "no" in both texts)', async () => {
    const widgets = (ticked: string): WidgetSpec[] => [
      { key: 'gift', role: 'group', text: 'Gift wrap' },
      { key: 'yes', role: 'radio', text: 'Yes', group: 'Gift wrap', parent: 'gift', checked: ticked === 'Yes' },
      { key: 'no', role: 'radio', text: 'No', group: 'Gift wrap', parent: 'gift', checked: ticked === 'No' },
      { key: 'note', role: 'textbox', label: 'Note' },
      { key: 'go', role: 'button', text: 'Send' },
    ];
    const demo = await demonstrate(widgets('No'), 'Type hello, no rush, and send.', [(observation) => ({ type: 'type', target: { elementId: by(observation, (element) => element.label === 'Note').id }, text: 'hello' }), click('Send')]);
    const page = (await new WidgetPageOperator(widgets('Yes')).observe()).elements;
    expect(withPresetChoices(demo, 'Type bye, no rush, and send.', page)).toBeUndefined();
  });
});
