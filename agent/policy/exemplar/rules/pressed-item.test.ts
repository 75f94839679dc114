import { describe, expect, it } from 'vitest';
import { pressedItemOf, pressedItemProblem } from './pressed-item.js';

describe('pressed item of a row shown as one element', () => {
  const details = { pressedItem: 'Sweets' };
  it('follows the point only where the row reads as it did', () => {
    expect(pressedItemProblem(details, { text: 'Dinners Sweets Salad bowls Soup' }, { text: 'Dinners Sweets Salad bowls Soup' })).toBeUndefined();
    expect(pressedItemProblem(details, { text: 'Dinners Sweets Salad bowls Soup' }, { text: 'Soups Puddings Mains Salad' })).toMatch(/pressed "Sweets".*here the row reads "Soups Puddings Mains Salad"/);
    expect(pressedItemProblem(details, { text: 'Dinners Sweets Salad bowls Soup' }, undefined)).toMatch(/no such row/);
  });
  it('refuses when the task changes the value the pressed item was', () => {
    const row = { text: 'Fruit Bread Cake Soup' };
    expect(pressedItemProblem({ pressedItem: 'Soup' }, row, row, [{ old: 'Soup', new: 'Bread' }])).toMatch(/asks for "Bread" instead/);
    expect(pressedItemProblem({ pressedItem: 'Soup' }, row, row, [{ old: 'Soup', new: 'soup' }])).toBeUndefined();
    expect(pressedItemProblem({ pressedItem: 'Soup' }, row, row, [{ old: 'Pea soup', new: 'Fish soup' }])).toBeUndefined();
  });
  it('leaves other point presses alone', () => {
    expect(pressedItemOf(undefined)).toBeUndefined();
    expect(pressedItemProblem({ recordedAt: 1 }, { text: 'a' }, { text: 'b' })).toBeUndefined();
  });
});
