import { describe, expect, it } from 'vitest';
import { echoesCaption, withoutCaptionEchoes } from './caption-echo.js';
import { slotShift } from './meaning-words.js';

describe('a meaning word written as part of a pressed control\'s caption', () => {
  it('names the control when it stands with a neighbour as in the caption', () => {
    expect(echoesCaption('each', 'split it four ways and round each share up', ['20%', 'Round up each share'])).toBe(true);
    // Alone, or beside other words: still a request.
    expect(echoesCaption('each', 'round each item up', ['Round up each share'])).toBe(false);
    expect(echoesCaption('all', 'tick all', ['Round up each share'])).toBe(false);
  });

  it('takes the echoed word out of a slot\'s shift, and keeps the others', () => {
    const captions = ['Round up each share'];
    const shift = slotShift('rounded', 'round each share');
    expect(shift?.new.map((meaning) => meaning.word)).toEqual(['each']);
    expect(withoutCaptionEchoes(shift, 'split it 5 ways, rounded up', 'split it four ways and round each share up', captions)).toBeUndefined();
    const all = slotShift('rounded', 'round all shares');
    expect(withoutCaptionEchoes(all, 'split it 5 ways, rounded up', 'split it four ways and round all shares up', captions)?.new.map((meaning) => meaning.word)).toEqual(['all']);
  });
});
