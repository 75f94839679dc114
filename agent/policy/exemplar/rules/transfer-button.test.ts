/**
 * A packing list whose move button is captioned anew on each instance ("Add to bag ↓", "Move to bag", "Pack
 * selected"): the one button of its class that puts the ticked things in stands in for the demonstrated one; a
 * caption of another deed, another place, a second button of the class, or a class that only styles, refuses.
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';
import { namesOtherPlace, transferPlace } from './transfer-button.js';

const THINGS = ['Sunglasses', 'Wool socks', 'Power bank', 'Passport'];

/** The list, a move button of `moveClass` per caption of `moves`, and a finishing "Done". */
function packing(moves: string[], moveClass = 'move'): WidgetSpec[] {
  return [
    { key: 'pane', role: 'group', text: 'Things' },
    ...THINGS.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
    ...moves.map((caption, index) => ({ key: index === 0 ? 'move' : `move${index}`, role: 'button', text: caption, attributes: { class: moveClass } })),
    { key: 'done', role: 'button', text: 'Done', attributes: { class: 'finish' } },
    { key: 'bag', role: 'text', text: 'In the bag' },
  ];
}

/** The demonstration on a page whose move button reads "Add to bag ↓": tick each thing, move, Done. */
async function demonstrate(task: string, ticks: string[], page = packing(['Add to bag ↓'])) {
  const deeds = [...ticks, 'Add to bag ↓', 'Done'];
  return recordDemonstration(new WidgetPageOperator(page), task, (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    return { type: 'click', target: { elementId: find(observation, THINGS.includes(deed) ? 'checkbox' : 'button', deed).id } };
  });
}

async function follow(page: WidgetSpec[], task = 'Pack power bank and passport.') {
  const demo = await demonstrate('Pack sunglasses and wool socks.', ['Sunglasses', 'Wool socks'], packing(['Add to bag ↓'], page.find((widget) => widget.key === 'move')?.attributes?.['class']));
  const { operator, status, reason } = await followOnWidgets(page, demo, task);
  return { status, reason, moved: operator.clicks.some((key) => key.startsWith('move')), pressed: operator.clicks.filter((key) => key.startsWith('move')) };
}

describe('a move button captioned anew', () => {
  it('presses the one button of its class that puts the ticked things in ("Move to bag", "Pack selected" for "Add to bag ↓")', async () => {
    for (const caption of ['Move to bag', 'Pack selected']) {
      const run = await follow(packing([caption]));
      expect(run.status, `${caption}: ${run.reason}`).toBe('success');
      expect(run.pressed).toEqual(['move']);
    }
  });

  // "Add to wishlist" for "Add to bag ↓" was pressed before (its words close enough): another place, now capped.
  it('is not misled by a heading that shows a word of the caption the task names ("in my bag" / "In the bag")', async () => {
    const demo = await demonstrate('Could you put sunglasses and wool socks in my bag, please?', ['Sunglasses', 'Wool socks']);
    const run = await followOnWidgets(packing(['Pack selected']), demo, 'Could you put power bank in my bag, please?');
    expect(run.status, run.reason).toBe('success');
    expect(run.operator.clicks.filter((key) => key === 'move' || key === 'bag')).toEqual(['move']);
  });

  it('refuses a caption of another deed or another place', async () => {
    for (const caption of ['Add all', 'Remove selected', 'Add to wishlist', 'Move up', 'Add comment']) {
      const run = await follow(packing([caption]));
      expect(run.moved, `${caption}: ${run.reason}`).toBe(false);
    }
  });

  it('refuses when two buttons of the class could be it, or the class only styles', async () => {
    const two = await follow(packing(['Move selected', 'Pack selected']));
    expect(two.moved, two.reason).toBe(false);
    expect((await follow(packing(['Pack selected'], 'btn btn-primary'))).moved).toBe(false);
  });
});

describe('transferPlace', () => {
  it('reads the place a caption puts the chosen things into, or none', () => {
    expect(transferPlace('Add to bag ↓')).toBe('bag');
    expect(transferPlace('Move into the cart')).toBe('cart');
    expect(transferPlace('Pack selected')).toBe('');
    expect(transferPlace('Add')).toBe('');
  });
  it('tells two places apart, and a caption naming none from either', () => {
    expect(namesOtherPlace('Add to bag ↓', 'Add to wishlist')).toBe(true);
    expect(namesOtherPlace('Add to bag ↓', 'Move to the bag')).toBe(false);
    expect(namesOtherPlace('Add to bag ↓', 'Pack selected')).toBe(false);
    expect(namesOtherPlace('Add to bag ↓', 'Save list')).toBe(false);
    expect(namesOtherPlace('Pack selected', 'Move to archive')).toBe(true);
    expect(namesOtherPlace('Pack selected', 'Move to top')).toBe(true);
    expect(namesOtherPlace('Pack selected', 'Move selected')).toBe(false);
  });
  it('reads no other deed as a transfer', () => {
    for (const caption of ['Add all', 'Remove selected', 'Move up', 'Add comment', 'Save list', 'Done', 'Take out Passport']) expect(transferPlace(caption), caption).toBeUndefined();
  });
});
