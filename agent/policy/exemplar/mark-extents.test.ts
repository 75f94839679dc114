import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { markExtents } from './mark-extents.js';
import { extremeOf, superlativeOf } from './superlatives.js';

const mark = (id: number, box: UIElement['box'], label: string): UIElement => ({
  id,
  role: 'button',
  tag: 'rect',
  text: '',
  label,
  states: {},
  source: 'dom',
  interactive: true,
  box,
});
const vertical = [mark(1, { x: 12, y: 154, width: 15, height: 14 }, 'Mon'), mark(2, { x: 31, y: 70, width: 15, height: 98 }, 'Tue'), mark(3, { x: 50, y: 137, width: 15, height: 31 }, 'Wed')];

describe('chart marks compared by size', () => {
  it('reads vertical bars by height and horizontal bars by width', () => {
    expect(markExtents(vertical)).toEqual([14, 98, 31]);
    const horizontal = [mark(4, { x: 60, y: 10, width: 40, height: 12 }, 'North'), mark(5, { x: 60, y: 30, width: 70, height: 12 }, 'South')];
    expect(markExtents(horizontal)).toEqual([40, 70]);
  });

  it('says nothing for points of one size, shapes that vary both ways, or elements that are no marks', () => {
    expect(markExtents([mark(1, { x: 0, y: 0, width: 6, height: 6 }, 'a'), mark(2, { x: 9, y: 3, width: 6, height: 6 }, 'b')])).toBeUndefined();
    expect(markExtents([mark(1, { x: 0, y: 0, width: 6, height: 9 }, 'a'), mark(2, { x: 9, y: 3, width: 8, height: 6 }, 'b')])).toBeUndefined();
    expect(markExtents(vertical.map((bar) => ({ ...bar, tag: 'div' })))).toBeUndefined();
  });

  it('picks the tallest, shortest, highest and lowest bar by size', () => {
    const pick = (word: string) => {
      const found = extremeOf(vertical, vertical, superlativeOf(word)!);
      return 'element' in found ? found.element.label : found.reason;
    };
    expect(pick('tallest')).toBe('Tue');
    expect(pick('highest')).toBe('Tue');
    expect(pick('shortest')).toBe('Mon');
    expect(pick('lowest')).toBe('Mon');
    // Money is no length: a chart's bars do not show prices by their size.
    expect(pick('cheapest')).toMatch(/shows no price/);
  });

  it('refuses a tie at the extreme', () => {
    const tied = [...vertical, mark(4, { x: 69, y: 70, width: 15, height: 98 }, 'Thu')];
    const found = extremeOf(tied, tied, superlativeOf('tallest')!);
    expect('reason' in found && found.reason).toMatch(/2 rows tie/);
  });
});
