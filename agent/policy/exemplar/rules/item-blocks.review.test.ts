/**
 * Review probes (session 32, review32), followed end to end on a packing list of tick boxes: the per-item blocks
 * and the list reading on nearby wordings — an item named twice, a list of the same length with one item swapped,
 * "or" between items, a condition the page cannot show. `it.fails` marks a wrong action found (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';
import { WidgetPageOperator } from '../../../../test/kits/exemplar/widget-page.js';

const THINGS = ['Sunglasses', 'Wool socks', 'Power bank', 'Sun hat', 'Beach towel', 'Passport'];
const packing: WidgetSpec[] = [
  { key: 'pane', role: 'group', text: 'Things' },
  ...THINGS.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
  { key: 'move', role: 'button', text: 'Move to bag' },
  { key: 'done', role: 'button', text: 'Done' },
];

/** Ticks each named thing, then presses the named buttons, as the demonstration of `task`. */
const pack = (task: string, deeds: string[]) =>
  recordDemonstration(new WidgetPageOperator(packing), task, (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    return { type: 'click', target: { elementId: find(observation, THINGS.includes(deed) ? 'checkbox' : 'button', deed).id } };
  });

const TWO = ['Could you put sunglasses and wool socks in my bag, please?', ['Wool socks', 'Sunglasses', 'Move to bag', 'Done']] as const;
const THREE = ['Pack wool socks, sun hat and sunglasses.', ['Wool socks', 'Sun hat', 'Sunglasses', 'Move to bag', 'Done']] as const;

/** The boxes ticked (each click toggles) when the run ended, and whether the bag was filled. */
async function follow([demoTask, deeds]: readonly [string, readonly string[]], task: string) {
  const demo = await pack(demoTask, [...deeds]);
  const { operator, status } = await followOnWidgets(packing, demo, task);
  const ticks = THINGS.filter((name) => operator.clicks.filter((key) => key === name).length % 2 === 1);
  return { status, ticks, moved: operator.clicks.includes('move') };
}

describe('packing list, followed: review32 probes that held', () => {
  it('ticks an item named twice once', async () => {
    expect(await follow(TWO, 'Could you put passport, sun hat and passport in my bag, please?')).toEqual({ status: 'success', ticks: ['Sun hat', 'Passport'], moved: true });
    expect(await follow(THREE, 'Pack wool socks, sun hat and wool socks.')).toEqual({ status: 'success', ticks: ['Wool socks', 'Sun hat'], moved: true });
  });
  it('ticks the swapped item of a list of the same length', async () => {
    expect(await follow(TWO, 'Could you put sunglasses and passport in my bag, please?')).toEqual({ status: 'success', ticks: ['Sunglasses', 'Passport'], moved: true });
    expect(await follow(THREE, 'Pack wool socks, sun hat and passport.')).toEqual({ status: 'success', ticks: ['Wool socks', 'Sun hat', 'Passport'], moved: true });
  });
  it('moves nothing for another owner, a negation or an opposite verb', async () => {
    for (const task of ["Could you put sunglasses and wool socks in Sam's bag, please?", 'Could you put sunglasses and wool socks in my bag, please? Not the passport.', 'Could you take sunglasses and wool socks out of my bag, please?']) {
      expect((await follow(TWO, task)).moved, task).toBe(false);
    }
    expect((await follow(THREE, "Don't pack wool socks, sun hat and sunglasses.")).moved).toBe(false);
  });
});

describe('packing list, followed: review32 wrong actions', () => {
  // Wrong action: "or" is read as "and" (task-tokens.ts SEPARATOR_WORDS) — all three are ticked and moved to the bag.
  it('moves nothing when the task offers a choice between items ("a, b or c")', async () => {
    expect((await follow(THREE, 'Pack wool socks, sun hat or sunglasses.')).moved).toBe(false);
  });
  // Wrong action: both are ticked and moved, though the task asks for one of the two.
  it('moves nothing for "sunglasses or wool socks"', async () => {
    expect((await follow(TWO, 'Could you put sunglasses or wool socks in my bag, please?')).moved).toBe(false);
  });
  // Wrong action: the alternative "or just the socks" is dropped; all three are moved.
  it('moves nothing when the task offers an alternative list ("…, or just the socks")', async () => {
    expect((await follow(THREE, 'Pack wool socks, sun hat and sunglasses, or just the socks.')).moved).toBe(false);
  });
  // Wrong action: the condition "if it is sunny" is unread; the bag is packed without checking it.
  it('moves nothing on a condition the page does not show ("if it is sunny")', async () => {
    expect((await follow(THREE, 'Pack wool socks, sun hat and sunglasses if it is sunny.')).moved).toBe(false);
  });
});
