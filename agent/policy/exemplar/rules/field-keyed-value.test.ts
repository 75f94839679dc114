import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { fieldKeyOf, fieldKeyedValueFor } from './field-keyed-value.js';
import { describesValue } from './descriptive-phrase.js';

const cell = (id: number, text: string, row: number, column: number): UIElement => ({
  id, role: 'cell', tag: 'td', text, states: {}, box: { x: column * 90, y: row * 16, width: 88, height: 16 }, parentId: 100 + row, source: 'dom', interactive: false,
});
const field = (id: number, label: string, y: number): UIElement => ({
  id, role: 'textbox', tag: 'input', text: '', label, value: '', states: { editable: true }, box: { x: 70, y, width: 88, height: 14 }, source: 'dom', interactive: true,
});

describe('a value read in the row named by the field typed into', () => {
  const page = [cell(1, 'Gender', 0, 0), cell(2, 'Female', 0, 1), cell(3, 'Color', 1, 0), cell(4, 'teal', 1, 1), cell(5, 'Language', 2, 0), cell(6, 'Russian', 2, 1), field(7, 'Language', 137), field(8, 'Color', 152)];

  it('is planned so only when the caption before the value is the field label', () => {
    expect(fieldKeyOf(field(7, 'Language', 137), 'Language')).toBe(true);
    expect(fieldKeyOf(field(7, 'Language', 137), 'Female')).toBe(false);
    expect(fieldKeyOf(field(7, '', 137), '')).toBe(false);
  });

  it('reads the row of the grounded field, whatever row the demonstration read', () => {
    const first = fieldKeyedValueFor(page[6], { role: 'cell' }, page);
    const second = fieldKeyedValueFor(page[7], { role: 'cell' }, page);
    expect(first.ok && first.text).toBe('Russian');
    expect(second.ok && second.text).toBe('teal');
  });

  it('refuses when the key is missing or shows twice', () => {
    expect(fieldKeyedValueFor(field(9, 'Religion', 170), { role: 'cell' }, page).ok).toBe(false);
    const twice = [...page, cell(10, 'Color', 3, 0), cell(11, 'red', 3, 1)];
    expect(fieldKeyedValueFor(page[7], { role: 'cell' }, twice).ok).toBe(false);
  });
});

describe('a descriptive phrase in place of a quoted literal', () => {
  it('is a description when unquoted and opening with a determiner', () => {
    expect(describesValue('the value of Color', false)).toBe(true);
    expect(describesValue('the value of Color', true)).toBe(false);
    expect(describesValue('Heard Island and McDonald Islands', false)).toBe(false);
    expect(describesValue('dB7', false)).toBe(false);
  });
});
