/**
 * Direction words are read as a direction, a column's order is read off the
 * page, and a sort control is clicked until the column reads as the task
 * asks — refused when the clicks go round without reaching it.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import type { TaskSlot } from '../align-tasks.js';
import { columnValues, directionOf, groundSortOrder, markSortOrders, orderOf, sortOrderProblems } from './sort-direction.js';

const header = (x: number, text: string): UIElement => ({ id: 100 + x, role: 'button', tag: 'button', text, states: {}, box: { x, y: 10, width: 40, height: 12 }, source: 'dom', interactive: true });
const cell = (id: number, x: number, row: number, text: string): UIElement => ({ id, role: 'cell', tag: 'td', text, states: {}, box: { x, y: 30 + row * 14, width: 40, height: 12 }, source: 'dom', interactive: false });
function table(prices: string[]): UIElement[] {
  return [header(0, 'Item'), header(50, 'Price'), ...prices.flatMap((price, row) => [cell(row * 2 + 1, 0, row, `Item ${row}`), cell(row * 2 + 2, 50, row, price)])];
}

describe('directionOf', () => {
  it('reads the direction words of a task', () => {
    expect(directionOf('Sort by price, largest first, then click OK.')).toEqual({ direction: 'descending', phrase: 'largest first' });
    expect(directionOf('Sort by price ascending')?.direction).toBe('ascending');
    expect(directionOf('Order by name Z to A')?.direction).toBe('descending');
    expect(directionOf('Order by name (A to Z)')?.direction).toBe('ascending');
    expect(directionOf('List them low to high')?.direction).toBe('ascending');
    expect(directionOf('in reverse alphabetical order')?.direction).toBe('descending');
    expect(directionOf('Sort by date, newest first')?.direction).toBe('descending');
    expect(directionOf('Click the price column')).toBeUndefined();
  });
});

describe('a column read off the page', () => {
  it('reads the values under a header top to bottom and tells their order', () => {
    const elements = table(['$3.00', '$12.50', '$40.00']);
    const price = elements.find((element) => element.text === 'Price')!;
    expect(columnValues(price, elements)).toEqual(['$3.00', '$12.50', '$40.00']);
    // A confirm button below the table, under the header, is no cell of the column.
    const ok: UIElement = { id: 99, role: 'button', tag: 'button', text: 'OK', states: {}, box: { x: 52, y: 90, width: 30, height: 16 }, source: 'dom', interactive: true };
    expect(columnValues(price, [...elements, ok])).toEqual(['$3.00', '$12.50', '$40.00']);
    expect(orderOf(columnValues(price, elements))).toBe('ascending');
    expect(orderOf(['Vase', 'Rug', 'Lamp'])).toBe('descending');
    expect(orderOf(['3', '1', '2'])).toBeUndefined();
  });
});

describe('groundSortOrder', () => {
  const planned = (direction: 'ascending' | 'descending'): PlannedStep =>
    ({ sourceIndex: 0, bindings: [], sortOrder: { direction, phrase: direction }, step: { action: { type: 'click', target: { elementId: 150 } }, targets: [{ role: 'button', text: 'Price', box: { x: 50, y: 10, width: 40, height: 12 } }], observation: { elements: [] } } }) as unknown as PlannedStep;

  it('is satisfied when the column reads as asked, else clicks the header and stays', () => {
    const sorted = table(['$3.00', '$12.50', '$40.00']);
    expect(groundSortOrder(planned('ascending'), sorted, new Set(), 'sort:0:', 'Sort by price').grounding).toMatchObject({ ok: true, satisfied: true });
    const result = groundSortOrder(planned('descending'), sorted, new Set(), 'sort:0:', 'Sort by price');
    expect(result.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 150 } } });
    expect(result.stay).toBe(true);
  });

  it('refuses when an order already seen comes round again', () => {
    const sorted = table(['$3.00', '$12.50', '$40.00']);
    const first = groundSortOrder(planned('descending'), sorted, new Set(), 'sort:0:', 'Sort by price');
    const again = groundSortOrder(planned('descending'), sorted, new Set([first.visitKey!]), 'sort:0:', 'Sort by price');
    expect(again.grounding.ok).toBe(false);
    expect(again.grounding.reason).toMatch(/goes round/);
  });
});

describe('sortOrderProblems', () => {
  it('flags a column the run sorted that reads against the task, and nothing when it reads as asked', () => {
    const before = table(['$12.50', '$3.00', '$40.00']);
    const after = table(['$3.00', '$12.50', '$40.00']);
    const history = [{ action: { type: 'click', target: { elementId: 150 } }, targets: [{ role: 'button', text: 'Price', box: { x: 50, y: 10, width: 40, height: 12 } }], observation: { elements: before }, result: { ok: true } }] as unknown as Step[];
    expect(sortOrderProblems('Sort by price, largest first', history, after)[0]).toMatch(/reads ascending.*"largest first"/);
    expect(sortOrderProblems('Sort by price, smallest first', history, after)).toEqual([]);
    expect(sortOrderProblems('Sort by price', history, after)).toEqual([]);
  });
});

describe('markSortOrders', () => {
  const click = (elements: UIElement[]): PlannedStep =>
    ({ sourceIndex: 0, bindings: [], step: { action: { type: 'click', target: { elementId: 150 } }, targets: [{ role: 'button', text: 'Price', box: { x: 50, y: 10, width: 40, height: 12 } }], observation: { elements } } }) as unknown as PlannedStep;
  const slot: TaskSlot = { old: ['largest first'], new: ['smallest first'], list: false, kind: 'text' };

  it('turns the clicks that sorted a column into one step for the new direction, using the direction slot', () => {
    const steps = [click(table(['$12.50', '$3.00', '$40.00'])), click(table(['$3.00', '$12.50', '$40.00']))];
    const unusedSlots = [slot];
    const problems = markSortOrders(steps, { demoTask: 'Sort by price, largest first', task: 'Sort by price, smallest first', unusedSlots, notes: [], next: () => table(['$40.00', '$12.50', '$3.00']) });
    expect(problems).toEqual([]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.sortOrder).toEqual({ direction: 'ascending', phrase: 'smallest first' });
    expect(unusedSlots).toEqual([]);
  });

  it('uses the pieces of two direction phrases the alignment split at a shared word', () => {
    const steps = [click(table(['$12.50', '$3.00', '$40.00']))];
    const split: TaskSlot[] = [
      { old: ['A'], new: ['low'], list: false, kind: 'text' },
      { old: ['Z'], new: ['high'], list: false, kind: 'text' },
    ];
    markSortOrders(steps, { demoTask: 'Order by price (A to Z)', task: 'Order by price (low to high)', unusedSlots: split, notes: [], next: () => table(['$3.00', '$12.50', '$40.00']) });
    expect(steps[0]!.sortOrder?.direction).toBe('ascending');
    expect(split).toEqual([]);
  });

  it('refuses another direction when no column the demonstration clicked reads sorted', () => {
    const steps = [click(table(['$12.50', '$3.00', '$40.00']))];
    const problems = markSortOrders(steps, { demoTask: 'Sort by price, largest first', task: 'Sort by price, smallest first', unusedSlots: [], notes: [], next: () => table(['$12.50', '$3.00', '$40.00']) });
    expect(problems[0]?.blocking).toBe(true);
    expect(problems[0]?.text).toMatch(/"smallest first"/);
  });
});
