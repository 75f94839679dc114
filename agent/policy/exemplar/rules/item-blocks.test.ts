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
import { droppedItems } from '../bind-slots.js';

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

/** A packing list: tick boxes in a pane that scrolls (all on screen here), a move button, a finishing button. */
const THINGS = ['Sunglasses', 'Wool socks', 'Power bank', 'Sun hat', 'Beach towel', 'Passport'];
const packing: WidgetSpec[] = [
  { key: 'pane', role: 'group', text: THINGS.join(' '), attributes: { scrollable: 'y' } },
  ...THINGS.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
  { key: 'move', role: 'button', text: 'Move to bag' },
  { key: 'done', role: 'button', text: 'Done' },
];

/** Ticks, scrolls ('scroll') and presses in turn. */
async function pack(task: string, deeds: string[]) {
  return recordDemonstration(new WidgetPageOperator(packing), task, (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    if (deed === 'scroll') return { type: 'scroll', target: { elementId: find(observation, 'group', THINGS.join(' ')).id }, deltaX: 0, deltaY: 30 };
    const role = THINGS.includes(deed) ? 'checkbox' : 'button';
    return { type: 'click', target: { elementId: find(observation, role, deed).id } };
  });
}

/** The captions the plan would click, each rewritten by its bindings (case aside), as the grounding reads them. */
const ticked = (steps: readonly { step: Step; bindings: { old: string; new: string }[] }[]) =>
  steps.map(({ step, bindings }) => {
    const text = step.targets[0]?.text ?? '';
    const found = bindings.find((binding) => binding.old.toLowerCase() === text.toLowerCase())?.new;
    return found === undefined ? text : THINGS.find((name) => name.toLowerCase() === found.toLowerCase()) ?? found;
  });

describe('a scroll between ticked items only brought the next one into view', () => {
  it('repeats the ticks alone for a list of another length ("tick, scroll, tick" → one tick per new item)', async () => {
    const demo = await pack('Could you put sunglasses and wool socks in my bag, please?', ['Wool socks', 'scroll', 'Sunglasses', 'Move to bag', 'Done']);
    const plan = planDemonstration(demo, 'Could you put power bank in my bag, please?', shown(demo));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(ticked(plan.steps)).toEqual(['Power bank', 'Move to bag', 'Done']);
    const three = planDemonstration(demo, 'Could you put power bank, sun hat and passport in my bag, please?', shown(demo));
    expect(ticked(three.steps)).toEqual(['Power bank', 'Sun hat', 'Passport', 'Move to bag', 'Done']);
  });

  it('refuses to repeat when the new task names a demonstrated item outside the list it reads: it would go undone', async () => {
    const demo = await pack('Pack wool socks, sun hat and sunglasses.', ['Wool socks', 'scroll', 'Sun hat', 'Sunglasses', 'Move to bag', 'Done']);
    // "sun hat" stands in both lists: the new list may read without it, and then ticking the rest would leave it out of the bag.
    const plan = planDemonstration(demo, 'Pack beach towel and sun hat.', shown(demo));
    const ticks = ticked(plan.steps).filter((text) => THINGS.includes(text));
    const refused = plan.problems.some((problem) => problem.blocking);
    expect(refused || (ticks.includes('Sun hat') && ticks.includes('Beach towel'))).toBe(true);
  });
});

describe('a list of the same length bound item by item (bind-slots.ts droppedItems)', () => {
  it('refuses when the new task names a demonstrated item outside the list it reads: it would be rewritten away', async () => {
    const demo = await pack('Pack wool socks and sunglasses.', ['Wool socks', 'scroll', 'Sunglasses', 'Move to bag', 'Done']);
    // Read as "beach towel" / "passport with the wool socks": item by item, the "Wool socks" tick became "beach towel".
    const plan = planDemonstration(demo, 'Pack beach towel and passport with the wool socks.', shown(demo));
    const ticks = ticked(plan.steps).filter((text) => THINGS.includes(text));
    const refused = plan.problems.some((problem) => problem.blocking) || plan.unusedSlots.length > 0;
    expect(refused || (ticks.includes('Wool socks') && ticks.includes('Beach towel') && ticks.includes('Passport'))).toBe(true);
  });

  it('still binds a list of the same length whose items trade places ("wool socks" named again, bound to from another item)', async () => {
    const demo = await pack('Pack sunglasses and wool socks.', ['Sunglasses', 'scroll', 'Wool socks', 'Move to bag', 'Done']);
    const plan = planDemonstration(demo, 'Pack wool socks and passport.', shown(demo));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.unusedSlots).toEqual([]);
    expect(ticked(plan.steps).filter((text) => THINGS.includes(text)).sort()).toEqual(['Passport', 'Wool socks']);
  });
});

describe('droppedItems', () => {
  const acted = () => true;
  it('names an item rewritten away that the task still names, and none that another binding writes back', () => {
    expect(droppedItems(['wool socks', 'sunglasses'], [{ old: 'wool socks', new: 'beach towel' }, { old: 'sunglasses', new: 'passport with the wool socks' }], 'Pack beach towel and passport with the wool socks.', acted)).toEqual(['wool socks']);
    expect(droppedItems(['wool socks', 'sunglasses'], [{ old: 'wool socks', new: 'beach towel' }, { old: 'sunglasses', new: 'passport' }], 'Pack beach towel and passport, and the wool socks.', acted)).toEqual(['wool socks']);
    expect(droppedItems(['sunglasses', 'wool socks'], [{ old: 'sunglasses', new: 'wool socks' }, { old: 'wool socks', new: 'passport' }], 'Pack wool socks and passport.', acted)).toEqual([]);
    expect(droppedItems(['hiking boots', 'wool socks'], [{ old: 'hiking boots', new: 'wool socks' }, { old: 'wool socks', new: 'beach towel' }], 'Add wool socks and beach towel.', acted)).toEqual([]);
  });
});
