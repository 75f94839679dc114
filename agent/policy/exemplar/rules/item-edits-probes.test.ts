/**
 * Review 29b probes of item-edits (mend29b's change-by-N deeds): a clause that is only a number and its item after a
 * clause whose verb governs it ("Add one pasta and two oat milk", "Remove the tomatoes and two of the pasta") is no
 * count set to that number. Read as "set", it pairs with a demonstrated quantity set and steps the row to the number
 * (pasta 3 → 2 where 1 was meant; oat milk 1 → 2 where 3 was meant). Each failed on trial29c.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { readItemEdits } from './item-edits.js';

let nextId = 1;
const element = (role: string, text: string, parentId?: number, interactive = false): UIElement =>
  ({ id: nextId++, role, tag: role === 'button' ? 'button' : 'span', text, box: { x: 0, y: 0, width: 10, height: 10 }, states: {}, interactive, ...(parentId !== undefined ? { parentId } : {}) }) as unknown as UIElement;
const basket = (rows: [string, number][]): UIElement[] => [
  element('heading', 'Your basket'),
  ...rows.flatMap(([name, count]) => {
    const row = element('group', `${name} £2.00 each − ${count} + Remove`);
    return [row, element('text', `${name} £2.00 each`, row.id), element('button', '−', row.id, true), element('text', String(count), row.id), element('button', '+', row.id, true), element('button', 'Remove', row.id, true)];
  }),
  element('text', 'Total £20.00'),
  element('button', 'Proceed to checkout', undefined, true),
];
const page = basket([['Oat milk', 1], ['Tomatoes', 1], ['Pasta', 3], ['Greek yogurt', 1]]);
const setsTo = (text: string) => {
  const read = readItemEdits(text, page);
  return 'edits' in read ? read.edits.filter((edit) => edit.deed === 'set').map((edit) => `${edit.item} ${edit.value}`) : [];
};

describe('review29b: a clause of only a number and its item, after a verb that governs it', () => {
  it('is never read as a count set to the number', () => {
    expect(setsTo('Add one pasta and two oat milk.')).toEqual([]);
    expect(setsTo('Please add 2 pasta, 1 oat milk, and remove the tomatoes.')).toEqual([]);
    expect(setsTo('Put in two more pasta and one oat milk.')).toEqual([]);
    expect(setsTo('Remove the tomatoes and two of the pasta.')).toEqual([]);
    expect(setsTo('Take the tomatoes out and two of the pasta.')).toEqual([]);
  });
});
