/**
 * A demonstration that picked each item and pressed a move button after it
 * ("pick Music, Add, pick Health, Add") is repeated per item of a list of
 * another length: its last Add closes the last block, as the first block's
 * did, so the blocks are alike; a closing press after them stays shared.
 */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { closeLastBlock } from './item-blocks.js';

const SUBJECTS = ['Music', 'Health', 'Krakow', 'Oslo', 'Lima', 'Art'];
const page: WidgetSpec[] = [
  { key: 'list', role: 'listbox', label: 'Available' },
  ...SUBJECTS.map((name) => ({ key: name, role: 'option', text: name, parent: 'list' })),
  { key: 'add', role: 'button', text: 'Add' },
  { key: 'save', role: 'button', text: 'Save' },
];

/** Clicks the named elements in turn (options by name, buttons by caption). */
async function demonstrate(task: string, clicks: string[]) {
  return recordDemonstration(new WidgetPageOperator(page), task, (observation, step) => {
    const name = clicks[step];
    if (name === undefined) return undefined;
    const role = SUBJECTS.includes(name) ? 'option' : 'button';
    return { type: 'click', target: { elementId: find(observation, role, name).id } };
  });
}

/** The page at hand: its options name the items whole (rules/and-names.ts). */
const shown = (demo: { steps: readonly Step[] }) => demo.steps[0]!.observation.elements;

const clicked = (steps: readonly { step: Step; bindings: { old: string; new: string }[] }[]) =>
  steps.map(({ step, bindings }) => {
    const text = step.targets[0]?.text ?? '';
    return bindings.find((binding) => binding.old === text)?.new ?? text;
  });

describe('a per-item block closed by a move button', () => {
  it('repeats pick-and-Add for each item of a shorter or longer list', async () => {
    const demo = await demonstrate('Add Music and Health to Chosen.', ['Music', 'Add', 'Health', 'Add']);
    const one = planDemonstration(demo, 'Add Krakow to Chosen.', shown(demo));
    expect(one.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(clicked(one.steps)).toEqual(['Krakow', 'Add']);
    const three = planDemonstration(demo, 'Add Krakow, Oslo and Lima to Chosen.', shown(demo));
    expect(three.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(clicked(three.steps)).toEqual(['Krakow', 'Add', 'Oslo', 'Add', 'Lima', 'Add']);
  });

  it('keeps a closing press after the blocks once', async () => {
    const demo = await demonstrate('Add Music and Health to Chosen, then click Save.', ['Music', 'Add', 'Health', 'Add', 'Save']);
    const plan = planDemonstration(demo, 'Add Krakow, Oslo and Lima to Chosen, then click Save.', shown(demo));
    expect(clicked(plan.steps)).toEqual(['Krakow', 'Add', 'Oslo', 'Add', 'Lima', 'Add', 'Save']);
  });

  it('reads the list by the page\'s names even when the page shows the task in its instruction band', async () => {
    const demo = await demonstrate('Add Music to Chosen.', ['Music', 'Add']);
    const task = 'Add Krakow and Oslo to Chosen.';
    const band = { ...shown(demo)[0]!, id: 999, role: 'text', text: task };
    const plan = planDemonstration(demo, task, [band, ...shown(demo)]);
    expect(plan.alignment.slots).toEqual([expect.objectContaining({ old: ['Music'], new: ['Krakow', 'Oslo'], list: true })]);
    // One demonstrated item cannot tell whether Add belongs to it: the picks repeat, the Add is done once after them.
    expect(clicked(plan.steps)).toEqual(['Krakow', 'Oslo', 'Add']);
  });

  it('leaves blocks alone when what follows the last item is not the first block\'s tail', async () => {
    const demo = await demonstrate('Add Music and Health to Chosen.', ['Music', 'Add', 'Health', 'Save']);
    const items = [0, undefined, 1, undefined];
    const blocks = closeLastBlock([{ item: 0, positions: [0, 1] }, { item: 1, positions: [2] }], items, demo.steps);
    expect(blocks).toEqual([{ item: 0, positions: [0, 1] }, { item: 1, positions: [2] }]);
    const closed = closeLastBlock([{ item: 0, positions: [0, 1] }, { item: 1, positions: [2] }], items, [demo.steps[0]!, demo.steps[1]!, demo.steps[2]!, demo.steps[1]!]);
    expect(closed.at(-1)).toEqual({ item: 1, positions: [2, 3] });
  });
});
