/**
 * A number the demonstration typed or chose — or a part of a date it typed — is a value, never a target's place.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { placeBindings, typedTexts } from './typed-not-place.js';

describe('bindings that may name a place', () => {
  const bindings = [
    { old: '2', new: '25' },
    { old: '3rd', new: '5th' },
    { old: '1', new: '8' },
    { old: '2025', new: '2026' },
  ];

  it('keeps every binding when nothing was typed', () => {
    expect(placeBindings(bindings, [])).toEqual(bindings);
  });

  it('leaves out a number typed whole', () => {
    expect(placeBindings(bindings, ['2']).map((binding) => binding.old)).toEqual(['3rd', '1', '2025']);
  });

  it('leaves out the day, month and year of a date typed in any form, and keeps an ordinal', () => {
    expect(placeBindings(bindings, ['2025-01-02']).map((binding) => binding.old)).toEqual(['3rd']);
    expect(placeBindings(bindings, ['january 2, 2025']).map((binding) => binding.old)).toEqual(['3rd']);
    // A typed text that is no date leaves its numbers alone.
    expect(placeBindings(bindings, ['room 2']).map((binding) => binding.old)).toEqual(['2', '3rd', '1', '2025']);
  });
});

describe('the values a demonstration entered', () => {
  const trajectory = (actions: Action[]) => ({ steps: actions.map((action) => ({ action })) }) as unknown as Trajectory;

  it('are the texts it typed and the options it chose: "1" chosen in the Adults drop-down names no place', () => {
    const demo = trajectory([
      { type: 'select', target: { elementId: 3 }, option: '1' },
      { type: 'type', target: { elementId: 4 }, text: 'Lopez' },
      { type: 'click', target: { elementId: 5 } },
    ]);
    expect(typedTexts(demo)).toEqual(['1', 'lopez']);
    expect(placeBindings([{ old: '1', new: '2' }, { old: '3rd', new: '5th' }], typedTexts(demo)).map((binding) => binding.old)).toEqual(['3rd']);
  });

  it('leave a number of the task that nothing entered to name a place ("the 2nd result", clicked)', () => {
    const demo = trajectory([{ type: 'click', target: { elementId: 9 } }]);
    expect(placeBindings([{ old: '2', new: '4' }], typedTexts(demo))).toEqual([{ old: '2', new: '4' }]);
  });
});
