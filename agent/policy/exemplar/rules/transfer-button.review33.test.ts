/**
 * Review probes (session 33, review33) of rules/transfer-button.ts, followed end to end on the packing list of
 * transfer-button.test.ts: "Pack sunglasses and wool socks." demonstrated by ticking both and pressing the list's one
 * move button (class "move"), then Done; followed for "Pack power bank and passport." on a page whose one move button
 * is captioned anew. A demonstrated caption that names no place ("Pack selected") meets a caption that names one —
 * the check that two places differ needs both. `it.fails` marks a wrong action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const THINGS = ['Sunglasses', 'Wool socks', 'Power bank', 'Passport'];

/** The list, one move button of class "move" per caption, and a finishing "Done". */
function packing(moves: string[]): WidgetSpec[] {
  return [
    { key: 'pane', role: 'group', text: 'Things' },
    ...THINGS.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
    ...moves.map((caption, index) => ({ key: index === 0 ? 'move' : `move${index}`, role: 'button', text: caption, attributes: { class: 'move' } })),
    { key: 'done', role: 'button', text: 'Done', attributes: { class: 'finish' } },
    { key: 'bag', role: 'text', text: 'In the bag' },
  ];
}

async function demonstrate(caption: string) {
  const deeds = ['Sunglasses', 'Wool socks', caption, 'Done'];
  return recordDemonstration(new WidgetPageOperator(packing([caption])), 'Pack sunglasses and wool socks.', (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    return { type: 'click', target: { elementId: find(observation, THINGS.includes(deed) ? 'checkbox' : 'button', deed).id } };
  });
}

/** Did the run press the move button (captioned `here`) after a demonstration that pressed one captioned `demonstrated`? */
async function moved(demonstrated: string, here: string[]) {
  const { operator, status, reason } = await followOnWidgets(packing(here), await demonstrate(demonstrated), 'Pack power bank and passport.');
  return { status, reason, pressed: operator.clicks.filter((key) => key.startsWith('move')) };
}

describe('transfer button, followed: review33 probes that hold', () => {
  it('presses "Add them" or "Add to bag ↑" for "Add to bag ↓", and the bag\'s own button beside "Remove from bag"', async () => {
    for (const here of [['Add them'], ['Add to bag ↑'], ['Move to bag', 'Remove from bag']]) {
      const run = await moved('Add to bag ↓', here);
      expect(run.status, `${here.join(' + ')}: ${run.reason}`).toBe('success');
      expect(run.pressed).toEqual(['move']);
    }
  });
  it('presses nothing for a caption to another place, or of another deed, after "Add to bag ↓"', async () => {
    for (const here of ['Move to trash', 'Move to archive', 'Move to top', 'Add to wishlist', 'Move selected out', 'Put back', 'Transfer to other list', 'Move items into storage']) {
      expect((await moved('Add to bag ↓', [here])).pressed, here).toEqual([]);
    }
  });
  it('presses nothing for "Move to trash", "Put back" or "Move selected out" after "Pack selected"', async () => {
    for (const here of ['Move to trash', 'Put back', 'Move selected out']) {
      expect((await moved('Pack selected', [here])).pressed, here).toEqual([]);
    }
  });
});

describe('transfer button, followed: a place the page names', () => {
  it('presses "Move to bag" for a demonstrated "Pack selected" under "In the bag", the page\'s own place', async () => {
    const run = await moved('Pack selected', ['Move to bag']);
    expect(run.status, run.reason).toBe('success');
    expect(run.pressed).toEqual(['move']);
  });
});

describe('transfer button, followed: review33 wrong actions', () => {
  // Wrong action: "Add to wishlist" stands in for "Pack selected" (one side names no place); pressed, run reported done.
  it('presses no "Add to wishlist" for a demonstrated "Pack selected"', async () => {
    expect((await moved('Pack selected', ['Add to wishlist'])).pressed).toEqual([]);
  });
  // Wrong action: "Move to archive" stands in for "Pack selected"; the ticked things archived, run reported done.
  it('presses no "Move to archive" for a demonstrated "Pack selected"', async () => {
    expect((await moved('Pack selected', ['Move to archive'])).pressed).toEqual([]);
  });
  // Wrong action: "Move to top" (a reorder, "top" read as a place) stands in for "Pack selected"; pressed, done.
  it('presses no "Move to top" for a demonstrated "Pack selected"', async () => {
    expect((await moved('Pack selected', ['Move to top'])).pressed).toEqual([]);
  });
  // Wrong action: "Move items into storage" stands in for "Pack selected"; pressed, done.
  it('presses no "Move items into storage" for a demonstrated "Pack selected"', async () => {
    expect((await moved('Pack selected', ['Move items into storage'])).pressed).toEqual([]);
  });
});
