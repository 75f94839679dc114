import { describe, expect, it } from 'vitest';
import { undoingPair } from './undoing-words.js';
import { verbGap } from './verb-gap.js';

describe('undoingPair', () => {
  it('reads a word and its un- / dis- / up-down reversal as opposite requests, either way round', () => {
    expect(undoingPair('Pin the post by', 'Unpin the post by')).toEqual(['unpin', 'pin']);
    expect(undoingPair('Unsubscribe from', 'Subscribe to')).toEqual(['subscribe', 'unsubscribe']);
    expect(undoingPair('Upvote the post by', 'Downvote the post by')).toEqual(['downvote', 'upvote']);
    expect(undoingPair('Open the read emails', 'Open the unread emails')).toEqual(['unread', 'read']);
    expect(undoingPair('Allow camera for', 'Disallow camera for')).toEqual(['disallow', 'allow']);
  });

  it('leaves texts alone that say both words, or a prefix on no word of the other text', () => {
    expect(undoingPair('Pin X and unpin Y', 'Unpin Z and pin W')).toBeUndefined();
    expect(undoingPair('Pin the post by', 'Pin the post by')).toBeUndefined();
    expect(undoingPair('Wait until it loads, then press Save', 'Press Save')).toBeUndefined();
    expect(undoingPair('Send the update', 'Send the update under the fold')).toBeUndefined();
    expect(undoingPair('Lock it', 'Unit 4, lock it')).toBeUndefined();
  });
});

describe('verbGap with words the verb lists do not know', () => {
  it('refuses "Unpin" after a demonstration of "Pin", and "Unlock" after "Lock"', () => {
    expect(verbGap('Pin the post by @theo.', 'Unpin the post by @zara.')).toBe('this task says "unpin" where the demonstration\'s said "pin"');
    expect(verbGap('Lock the door.', 'Unlock the door.')).toMatch(/unlock/);
    expect(verbGap('Subscribe to Sports.', 'Unsubscribe from Sports.')).toMatch(/unsubscribe/);
  });

  it('still pairs the same request worded alike', () => {
    expect(verbGap('Pin the post by @theo.', 'Pin the post by @zara.')).toBeUndefined();
  });
});
