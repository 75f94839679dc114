import { describe, expect, it } from 'vitest';
import { intentsOf, sameIntents } from './intent-words.js';

describe('intent-words', () => {
  it('reads "show me", "pull up" and "bring up" as asking to open what they name', () => {
    expect(intentsOf('Show me the item listed Jul 11, please.')).toEqual(['choose']);
    expect(intentsOf('Pull up the order from Aiko.')).toEqual(['choose']);
    expect(intentsOf('Bring up the file report.pdf.')).toEqual(['choose']);
    expect(sameIntents(intentsOf('Show me the item Mei listed.'), intentsOf('Open the listing from Aisha.'))).toBe(true);
  });

  it('keeps "show" without "me" no intent, and deleting apart from opening', () => {
    expect(intentsOf('Show the hidden rows.')).toEqual([]);
    expect(sameIntents(intentsOf('Show me the item Mei listed.'), intentsOf('Delete the listing from Aisha.'))).toBe(false);
  });
});
