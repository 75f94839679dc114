import { describe, expect, it } from 'vitest';
import { countTokens as countTokensUnsliced } from 'gpt-tokenizer';
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

describe('countTokens on hostile text (issue 16 defect 4)', () => {
  it('counts long runs without spaces in linear time, close to the exact count', () => {
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
    const run = Array.from({ length: 4_000 }, letter).join('');
    // Against the tokenizer on the whole run (slow, quadratic, but 4k is affordable once).
    const exact = countTokensUnsliced(run);
    expect(Math.abs(countTokens(run) - exact) / exact).toBeLessThan(0.05);
    // 1 MB and 4 MB of letters with no space: the old code took minutes (the test's 5 s timeout fails it); bench/safety.ts prints the time.
    const big = run.repeat(250);
    expect(countTokens(big)).toBeGreaterThan(big.length / 8);
    const huge = countTokens(big.repeat(4));
    expect(huge).toBeGreaterThan(countTokens(big) * 3.5);
    expect(huge).toBeLessThan(countTokens(big) * 4.5);
  });
});
