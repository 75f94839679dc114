import { describe, expect, it } from 'vitest';
import { ordinalOf } from '../number-words.js';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { markRankedPicks } from './ranked-pick.js';
import { ordinalValue, pickIndex } from './ordinal-noun.js';

const link = (id: number, text: string): UIElement =>
  ({ id, role: 'link', tag: 'a', text, box: { x: 10, y: 20 * id, width: 80, height: 18 }, states: {}, source: 'dom', interactive: true }) as UIElement;
const links = [link(1, 'Alpha'), link(2, 'Beta'), link(3, 'Gamma'), link(4, 'Delta')];
const clickOn = (id: number, bindings: { old: string; new: string }[]): PlannedStep[] => [
  {
    sourceIndex: 0,
    bindings,
    step: { observation: { text: '', elements: links }, action: { type: 'click', target: { elementId: id } }, targets: [{ ...links[id - 1]! }] } as unknown as Step,
  },
];
const clickSecond = (bindings: { old: string; new: string }[]) => clickOn(2, bindings);

describe('ordinals written as words', () => {
  it('reads digits, words and "last"', () => {
    expect(ordinalValue('3rd')).toBe(3);
    expect(ordinalValue('third')).toBe(3);
    expect(ordinalValue('Second')).toBe(2);
    expect(ordinalValue('last')).toBe(-1);
    expect(ordinalValue('second to last')).toBe(-2);
    expect(ordinalValue('Beta')).toBeUndefined();
  });

  it('picks by the new ordinal word among the elements of the clicked kind, not by the demonstrated caption', () => {
    const steps = clickSecond([{ old: 'second', new: 'fourth' }]);
    const used = markRankedPicks(steps, [], 'Click the second link.');
    expect(steps[0]!.rankedPick).toMatchObject({ index: 3 });
    expect(used.has(2)).toBe(true);
    const last = clickSecond([{ old: '2nd', new: 'last' }]);
    markRankedPicks(last, [], 'Click the 2nd link.');
    expect(last[0]!.rankedPick).toMatchObject({ index: -1 });
    expect(pickIndex(-1, 0, links.length, false)).toBe(3);
    // Counted from the end while a pager may show more: not placed.
    expect(pickIndex(-1, 0, links.length, true)).toBeUndefined();
  });

  it('takes an ordinal word both tasks share as wording, not a position', () => {
    // The first link was clicked, and the task says "first" — of a name, not of the links.
    const steps = clickOn(1, []);
    markRankedPicks(steps, [], 'Click the link after the first name.');
    expect(steps[0]!.rankedPick).toBeUndefined();
  });
});

describe('ordinalOf (number-words.ts), the one ordinal writer every message uses', () => {
  it('writes 1st, 2nd, 3rd, 4th, 11th–13th, 21st, 22nd, 23rd, 101st, 111th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinalOf)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
});
