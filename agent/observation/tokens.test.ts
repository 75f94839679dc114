import { describe, expect, it } from 'vitest';
import { countTokens, estimateTokens } from './tokens.js';

describe('countTokens', () => {
  it('counts with a real tokenizer: more words, more tokens; empty is zero', () => {
    expect(countTokens('')).toBe(0);
    const short = countTokens('[3] button "Submit"');
    expect(short).toBeGreaterThan(2);
    expect(countTokens('[3] button "Submit"\n[4] link "Help"')).toBeGreaterThan(short);
  });

  it('treats special-token text on a page as ordinary text instead of throwing', () => {
    expect(countTokens('before <|endoftext|> after')).toBeGreaterThan(3);
  });

  it('estimates within a factor of two of the exact count on UI text', () => {
    const text = '[12] checkbox "Send me the newsletter" unchecked\n[13] combobox "Country" value="Austria" options=Austria|Belgium';
    const ratio = estimateTokens(text) / countTokens(text);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
