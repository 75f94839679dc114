import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { replacingListBoxes } from './list-picks.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const listBox = (tag: string, label: string, options: string[]): UIElement => ({
  id: nextId++, role: 'listbox', tag, text: '', label, options, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true,
});
const pick = (box: UIElement, option: string, modifiers?: ('Control' | 'Meta' | 'Shift')[]): Step =>
  ({ index: 0, observation: { text: '', elements: [box] }, action: { type: 'select', target: { elementId: box.id }, option, ...(modifiers ? { modifiers } : {}) } as Action, targets: [] }) as unknown as Step;

describe('replacingListBoxes: the list boxes whose picks are the whole selection', () => {
  it('reads a native list box whose first pick was a plain click as replacing, and one whose first pick held Control as adding', () => {
    const native = listBox('select', 'Favourites', ['Oslo', 'Porto', 'Riga']);
    expect([...replacingListBoxes([pick(native, 'Porto'), pick(native, 'Riga', ['Control'])])]).toEqual(['option of Favourites']);
    expect([...replacingListBoxes([pick(native, 'Porto', ['Control']), pick(native, 'Riga', ['Control'])])]).toEqual([]);
  });

  it('reads no custom list box as replacing: the operator clicks its option without modifiers, and a click there may toggle (review30)', () => {
    // An ARIA list box of divs: a plain click on an option toggles it on many pages, leaving a pre-selected option on —
    // "exactly Kiwis and Cherries" would keep Figs selected. Nothing in the demonstration shows a plain click replaced.
    const custom = listBox('div', 'Favourites', ['Oslo', 'Porto', 'Riga']);
    expect([...replacingListBoxes([pick(custom, 'Porto'), pick(custom, 'Riga')])]).toEqual([]);
  });
});
