import { describe, expect, it } from 'vitest';
import { isPluralOf, sameNoun, sameStem, stem } from './word-forms.js';

describe('word forms', () => {
  it('knows regular plurals, with -s, -es and -ies', () => {
    expect([isPluralOf('post', 'posts'), isPluralOf('box', 'boxes'), isPluralOf('berry', 'berries'), isPluralOf('Candle', 'candles')]).toEqual([true, true, true, true]);
    expect([isPluralOf('posts', 'post'), isPluralOf('day', 'daies'), isPluralOf('', 's'), isPluralOf('post', 'postal')]).toEqual([false, false, false, false]);
    expect([isPluralOf('child', 'children'), isPluralOf('Person', 'people'), isPluralOf('children', 'child'), sameNoun('Children', 'child')]).toEqual([true, true, false, true]);
  });

  it('takes one noun for one or for several, either way round', () => {
    expect([sameNoun('bulbs', 'bulb'), sameNoun('berry', 'berries'), sameNoun('Mug', 'mug')]).toEqual([true, true, true]);
    expect([sameNoun('mug', 'cup'), sameNoun('bulb', 'bulbous')]).toEqual([false, false]);
  });

  it('takes a short ending more as the same word (looser)', () => {
    expect([sameStem('italic', 'italics'), sameStem('underline', 'underlined'), sameStem('bold', 'bold')]).toEqual([true, true, true]);
    expect([sameStem('bold', 'italic'), sameStem('ql', 'qlx'), sameStem('star', 'starting')]).toEqual([false, false, false]);
  });

  it('stems a word as a header carries it, leaving short words whole', () => {
    expect([stem('Reviews'), stem('reviewed'), stem('Rating'), stem('rated')]).toEqual(['review', 'review', 'rat', 'rat']);
    expect([stem('size'), stem('Date')]).toEqual(['size', 'date']);
  });
});
