import { describe, expect, it } from 'vitest';
import { gridCodes } from './grid-codes.js';

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
  });
});
