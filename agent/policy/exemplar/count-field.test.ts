/** count-field.ts: which fields count, and what such a field takes — one number, never a name or a range. */
import { describe, expect, it } from 'vitest';
import { countReading, isCountField } from './count-field.js';

const field = (label: string, role = 'textbox', attributes?: Record<string, string>) => ({ role, label, text: '', ...(attributes ? { attributes } : {}) });

describe('isCountField', () => {
  it('reads a number input, a spin button and a short label naming what is counted as a count field', () => {
    expect(isCountField(field('Party', 'spinbutton'))).toBe(true);
    expect(isCountField(field('Party', 'textbox', { type: 'number' }))).toBe(true);
    for (const label of ['Guests', 'Adults', 'Number of rooms', 'No. of nights', 'How many people', 'Tickets', 'Qty', 'Guest (max 8)']) {
      expect(isCountField(field(label)), label).toBe(true);
    }
  });
  it('reads no other field as one: a name, a phone number, a long label, a label naming guests by their names', () => {
    for (const label of ['Name', 'Phone number', 'Guest names', 'Notes for the guests who come late', 'Seating']) {
      expect(isCountField(field(label)), label).toBe(false);
    }
  });
});

describe('countReading', () => {
  it('reads one number as a count: digits, a sign, decimals, a number word', () => {
    for (const text of ['6', '12', '-3', '2.5', 'six']) expect(countReading(text), text).toBe('count');
  });
  it('reads two numbers joined as a range', () => {
    for (const text of ['6 to 8', '6-8', '6–8', '6 - 8', 'between 6 and 8', '6 or 7', 'six to eight']) expect(countReading(text), text).toBe('range');
  });
  it('reads a name, a bound or a phrase as neither', () => {
    for (const text of ['Rossi', '6 or more', 'at least 6', '6 guests', '']) expect(countReading(text), text).toBe('other');
  });
});
