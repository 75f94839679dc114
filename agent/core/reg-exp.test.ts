import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './reg-exp.js';

describe('escapeRegExp', () => {
  it('makes every syntax character literal, so a pattern of the text matches only the text', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test('aXb*c+d?e^f$g{h}i(j)k|l[m]n\\o')).toBe(false);
  });

  it('leaves letters, digits, spaces and other punctuation alone', () => {
    expect(escapeRegExp('Mrs O\'Neil, 12 - #3 @home')).toBe('Mrs O\'Neil, 12 - #3 @home');
  });
});
