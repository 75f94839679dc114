import { describe, expect, it } from 'vitest';
import { tokenizeTask, tokensText } from './task-tokens.js';
import { listShape, mergeListNeighbours, splitItems, type Segment } from './list-gaps.js';

const tokens = (text: string) => tokenizeTask(text);

describe('list gaps', () => {
  it('splits a gap into its items and tells a path from an enumeration', () => {
    expect(splitItems(tokens('milk, eggs and bread')).map(tokensText)).toEqual(['milk', 'eggs', 'bread']);
    expect(listShape(tokens('File > Export > PDF'))).toBe('path');
    expect(listShape(tokens('milk, eggs'))).toBe('enumeration');
    expect(listShape(tokens('milk'))).toBeUndefined();
  });

  it('folds a data word inside a list into the gap, never one beside a number on both sides', () => {
    const gap = (old: string, now: string): Segment => ({ anchor: false, old: tokens(old), new: tokens(now) });
    const anchor = (word: string): Segment => ({ anchor: true, old: tokens(word), new: tokens(word) });
    const isData = () => true;
    // "Music, Health and Art" / "Music, Sports and Art": "Music" is an item of the list that follows it.
    const words = mergeListNeighbours([anchor('Add'), anchor('Music'), gap(', Health and', ', Sports and')], isData);
    expect(words.map((segment) => (segment.anchor ? 'anchor' : tokensText(segment.new)))).toEqual(['anchor', tokensText(tokens('Music, Sports and'))]);
    // "on 01/06/2025, request" / "on 02/07/2025, request": "request" opens the next phrase.
    const dates = mergeListNeighbours([gap('01/06/2025,', '02/07/2025,'), anchor('request')], isData);
    expect(dates.map((segment) => segment.anchor)).toEqual([false, true]);
  });
});
