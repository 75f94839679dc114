/**
 * "I need 90 more of X" asks for a count of X, no direction; every other
 * "more" stays a direction word kind-by-places compares.
 */
import { describe, expect, it } from 'vitest';
import { withoutCountMore } from './count-more.js';
import { verbGap } from './verb-gap.js';

describe('withoutCountMore', () => {
  it('blanks the more of a wished-for count, keeping the length', () => {
    const text = 'I need 90 more of Omeprazole 20mg ready for 05/17/2025.';
    expect(withoutCountMore(text)).toHaveLength(text.length);
    expect(withoutCountMore(text)).not.toMatch(/\bmore\b/);
    expect(withoutCountMore('We want two more of the blue mugs.')).not.toMatch(/\bmore\b/);
  });

  it('blanks the more of "any more" (no longer)', () => {
    const text = "I don't need the sourdough loaf any more; I'd like two oat milk though.";
    expect(withoutCountMore(text)).toHaveLength(text.length);
    expect(withoutCountMore(text)).not.toMatch(/\bmore\b/);
    expect(withoutCountMore('Pick a list with any more than 5 items.')).toMatch(/\bmore\b/);
  });

  it('blanks "any more" only where it ends a negated clause; elsewhere it is more of a thing', () => {
    for (const text of ["We don't go there any more, so cancel it.", 'I never use the newsletter any more and want it off.', 'Not any more.']) {
      expect(withoutCountMore(text)).not.toMatch(/\bmore\b/);
    }
    for (const text of ['Add any more eggs you find.', 'Are there any more seats?', 'Do you have any more?', "Don't add any more eggs.", 'Any more eggs? No.']) {
      expect(withoutCountMore(text)).toMatch(/\bmore\b/);
    }
  });

  it('keeps every other more', () => {
    expect(withoutCountMore('Add 3 more apples.')).toMatch(/\bmore\b/);
    expect(withoutCountMore('Pick the item with more than 5 reviews.')).toMatch(/\bmore\b/);
    expect(withoutCountMore('I need more of Omeprazole.')).toMatch(/\bmore\b/);
  });

  it('lets kind-by-places read the need as the refill it asks, and still refuses a real direction', () => {
    expect(verbGap('For pickup on 01/06/2025, request a refill of Omeprazole 20mg (quantity 30).', 'I need 90 more of Metformin 500mg ready for 05/17/2025.')).toBeUndefined();
    expect(verbGap('Set apples to 3.', 'Add 3 more apples.')).toMatch(/"more"/);
  });
});
