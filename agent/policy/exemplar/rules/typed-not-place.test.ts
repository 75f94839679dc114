/**
 * A number the demonstration typed — or a part of a date it typed — is a value, never a target's place.
 */
import { describe, expect, it } from 'vitest';
import { placeBindings } from './typed-not-place.js';

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
