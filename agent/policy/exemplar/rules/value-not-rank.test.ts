import { describe, expect, it } from 'vitest';
import { closingNotRanked, valueNumbers } from './value-not-rank.js';
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../planned-step.js';

const step = (action: PlannedStep['step']['action']): PlannedStep => ({ sourceIndex: 0, bindings: [], step: { action, targets: [], observation: { text: '', elements: [] } } as unknown as PlannedStep['step'] });

describe('valueNumbers: numbers a task gives as values, never ranks', () => {
  it('takes counts set to a label or counting a noun, and numbers typed or chosen', () => {
    expect([...valueNumbers('Choose a Twin room, set Adults to 2, then click Save.', [])]).toEqual([2]);
    expect([...valueNumbers('Book 3 adults.', [])]).toEqual([3]);
    expect([...valueNumbers('Fill the form.', [step({ type: 'type', text: '4', target: { elementId: 1 } }), step({ type: 'select', option: 'Five', target: { elementId: 2 } })])].sort()).toEqual([4, 5]);
  });

  it('takes no ordinal and no number inside a longer typed text', () => {
    expect([...valueNumbers('Click the 2nd result, then result 3.', [step({ type: 'type', text: '4 Elm Street', target: { elementId: 1 } })])]).toEqual([]);
  });
});

describe('closingNotRanked: the closing control is no ranked element', () => {
  const element = (id: number, role: string, text: string, x: number, y: number, parentId?: number): UIElement =>
    ({ id, role, tag: role === 'button' ? 'button' : 'span', text, box: { x, y, width: 12, height: 12 }, states: {}, ...(parentId !== undefined ? { parentId } : {}) }) as unknown as UIElement;
  /** A basket: one line "Olive oil − 3 +" and the checkout button under it. */
  const basket = [element(1, 'listitem', 'Olive oil − 3 +', 0, 10), element(2, 'text', 'Olive oil', 0, 10, 1), element(3, 'button', '−', 60, 10, 1), element(4, 'text', '3', 75, 10, 1), element(5, 'button', '+', 90, 10, 1), element(6, 'button', 'Proceed to checkout', 0, 60)];

  it("is the page's one sender when the press was the demonstration's last action, past the steppers", () => {
    expect(closingNotRanked(basket[5]!, basket, 'Set olive oil to 3.', true)).toBe(true);
    // Not the last action: a page with no form has no sender to read, and the caption names no purpose.
    expect(closingNotRanked(basket[5]!, basket, 'Set olive oil to 3.')).toBe(false);
  });
});
