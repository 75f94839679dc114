import { describe, expect, it } from 'vitest';
import { optionNamed, withoutAside } from './option-aside.js';

describe('optionNamed: an option named by its words before a parenthesised aside', () => {
  it('reads "Yearly (save 15%)" as the option "Yearly"', () => {
    expect(withoutAside('Yearly (save 15%)')).toBe('Yearly');
    expect(optionNamed('yearly', ['Monthly', 'Yearly (save 15%)'])).toBe('Yearly (save 15%)');
    expect(optionNamed('Monthly', ['Monthly', 'Yearly (save 15%)'])).toBe('Monthly');
  });

  it('prefers an option equal to the value, and names nothing when two asides could be meant or none fits', () => {
    expect(optionNamed('Large', ['Large (+$2)', 'Large'])).toBe('Large');
    expect(optionNamed('Large', ['Large (+$2)', 'Large (family)'])).toBeUndefined();
    expect(optionNamed('weekly', ['Monthly', 'Yearly (save 15%)'])).toBeUndefined();
    // The aside must close the option: words after it are no aside.
    expect(optionNamed('Yearly', ['Yearly (save 15%) with gifts'])).toBeUndefined();
  });
});
