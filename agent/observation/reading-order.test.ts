import { describe, expect, it } from 'vitest';
import { sortByReadingOrder } from './reading-order.js';

const at = (name: string, x: number, y: number, height = 20) => ({ name, box: { x, y, width: 50, height } });

describe('sortByReadingOrder', () => {
  it('reads line by line, left to right, tolerating small vertical offsets within a line', () => {
    const items = [at('d', 10, 60), at('b', 120, 12), at('a', 10, 10), at('c', 230, 8)];
    // c starts 2 px above a: still the same line, so it comes last on it (by x).
    expect(sortByReadingOrder(items).map((item) => item.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the given order for identical positions and does not modify its input', () => {
    const items = [at('first', 0, 0), at('second', 0, 0)];
    const copy = [...items];
    expect(sortByReadingOrder(items).map((item) => item.name)).toEqual(['first', 'second']);
    expect(items).toEqual(copy);
  });

  it('puts a tall element beside short ones on the line where it starts', () => {
    const items = [at('below', 0, 100), at('tall', 200, 0, 300), at('short', 0, 5)];
    expect(sortByReadingOrder(items).map((item) => item.name)).toEqual(['short', 'tall', 'below']);
  });
});
