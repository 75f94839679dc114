import { describe, expect, it } from 'vitest';
import { valueNumbers } from './value-not-rank.js';
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
