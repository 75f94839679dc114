import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { elementGridCode, gridCodes } from './grid-codes.js';

let nextId = 1;
function at(role: string, text: string, x: number, y: number, label?: string): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x, y, width: 16, height: 12 }, source: 'dom', interactive: role === 'button', ...(label ? { label } : {}) };
}

const codes = (text: string) => gridCodes(text).map((code) => code.value);

describe('grid codes: a capital letter and a number, one value', () => {
  it('reads seats, gates and cells written as one code', () => {
    expect(codes('Book seat C5 for tonight.')).toEqual(['C5']);
    expect(codes('Could you grab D2, D3 for me?')).toEqual(['D2', 'D3']);
    expect(codes('Seats: B2 + B3')).toEqual(['B2', 'B3']);
    expect(codes("I'd like seats B2 and B3 - the middle has the best sound.")).toEqual(['B2', 'B3']);
    expect(codes('Go to gate B12, then cell C4.')).toEqual(['B12', 'C4']);
  });

  it('reads a row named apart with its numbers as that row\'s codes', () => {
    expect(codes('Row E, seats 5 and 6 - those two please.')).toEqual(['E5', 'E6']);
    expect(codes('Row C, seat 1 - that one please.')).toEqual(['C1']);
    expect(codes('row b seats 2, 3 and 4')).toEqual(['B2', 'B3', 'B4']);
    const [first, second] = gridCodes('Row E, seats 5 and 6');
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([0, 14, 19, 20]);
  });

  it('reads no code in longer words, lower case, ordinals or dashed names', () => {
    expect(codes('Set the mode to x86 and the tag to v2, then COVID-19 and Kite_quartz48')).toEqual([]);
    expect(codes('Take the 2nd left at 9am, version 1.2, an A4-sized sheet')).toEqual([]);
    expect(codes('Row 3 of the table; the row I like')).toEqual([]);
    // A key ("Ctrl+F5") and a count after a row's letter ("2 places down", "3 times") are no codes.
    expect(codes('Press Ctrl+F5 to reload.')).toEqual([]);
    expect(codes('Move row A 2 places down, then row B, 3 times.')).toEqual([]);
  });
});

describe('the grid code an element shows', () => {
  it('reads a seat that shows its code, names it by label, or stands in a line headed by a letter', () => {
    const shown = at('button', 'C4', 20, 0);
    expect(elementGridCode(shown, [shown])).toBe('C4');
    const labelled = at('button', '4', 20, 0, 'Row C, seat 4');
    expect(elementGridCode(labelled, [labelled])).toBe('C4');
    const letter = at('rowheader', 'D', 0, 20);
    const two = at('button', '2', 20, 20);
    const three = at('button', '3', 40, 20);
    const below = at('button', '2', 20, 40);
    const line = [letter, two, three, below];
    expect(elementGridCode(two, line)).toBe('D2');
    expect(elementGridCode(three, line)).toBe('D3');
    // The next line has no letter of its own: no code.
    expect(elementGridCode(below, line)).toBeUndefined();
  });

  it('reads none where the label says more, the readings disagree, or a number stands alone beside a letter', () => {
    const more = at('button', '4', 20, 0, 'Row C, seat 4 (taken by Omar)');
    expect(elementGridCode(more, [more])).toBeUndefined();
    const disagree = at('button', '5', 20, 0, 'Row C, seat 4');
    expect(elementGridCode(disagree, [disagree])).toBeUndefined();
    const letter = at('text', 'P', 0, 60);
    const alone = at('button', '3', 20, 60);
    expect(elementGridCode(alone, [letter, alone])).toBeUndefined();
    const page = at('button', 'Next', 40, 80);
    expect(elementGridCode(page, [page])).toBeUndefined();
  });
});
