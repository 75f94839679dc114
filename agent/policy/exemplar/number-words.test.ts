import { describe, expect, it } from 'vitest';
import { countValue, NUMBER_WORD_PATTERN, numberWordValue } from './number-words.js';

describe('number words', () => {
  it('reads number words and the whole phrases "half a dozen" and "a dozen" as digits', () => {
    expect(numberWordValue('six')).toBe('6');
    expect(numberWordValue('half a dozen')).toBe('6');
    expect(numberWordValue('Half  a dozen')).toBe('6');
    expect(numberWordValue('a dozen')).toBe('12');
    expect(countValue('half a dozen')).toBe(6);
    expect(countValue('two times')).toBe(2);
  });
  it('reads no count from "dozen" alone, "dozens", "a couple" or "half"', () => {
    for (const text of ['dozen', 'dozens', 'a couple', 'half', 'half a']) {
      expect(numberWordValue(text), text).toBeUndefined();
      expect(countValue(text), text).toBeUndefined();
    }
  });
  it('finds the longest phrase first in a text', () => {
    const found = 'a table for half a dozen guests'.match(new RegExp(String.raw`\b(?:${NUMBER_WORD_PATTERN})\b`, 'iu'));
    expect(found?.[0]).toBe('half a dozen');
  });
});
