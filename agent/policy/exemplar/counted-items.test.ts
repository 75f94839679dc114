import { describe, expect, it } from 'vitest';
import { countPairs, countedItems } from './counted-items.js';

const brief = (text: string) => countedItems(text).map((item) => `${item.noun}=${item.value}`);

describe('countedItems: counts given with what they count', () => {
  it('reads "N noun", number words, "noun: N", "noun = N", "set Noun to N", "N in Noun"', () => {
    expect(brief('Buy tickets for the Evening show: 4 adults and 1 children, seated in the Stalls.')).toEqual(['adults=4', 'children=1']);
    expect(brief('Book two adults and three kids.')).toEqual(['adults=2', 'kids=3']);
    expect(brief('Passengers - adults: 2, children: 0, infants = 1.')).toEqual(['adults=2', 'children=0', 'infants=1']);
    expect(brief('Choose a Twin room, set Adults to 3, then click Save.')).toEqual(['Adults=3']);
    expect(brief('Type 4 in Adults and enter Z9 as the code.')).toEqual(['Adults=4']);
    // Lower case after a verb that sets a value: the noun is the field's, not a label as written.
    expect(brief('set adults to 2 and change the number of children to one, then press OK.')).toEqual(['adults=2', 'children=1']);
    expect(brief('Set Adults to 3, set Seniors to 3 and set Children to 0.')).toEqual(['Adults=3', 'Seniors=3', 'Children=0']);
  });

  it('reads no count in house numbers, times, ordinals, prices or repetitions', () => {
    expect(brief('Send it to 7 Mill Lane at 10:30.')).toEqual([]);
    expect(brief('Click the 3rd result twice, then press + 3 times.')).toEqual([]);
    expect(brief('Pay $12.50 for 2.5 kg.')).toEqual([]);
    // A price before a noun is what the thing costs, not how many: "the $125 item", "a €40 ticket".
    expect(brief('Find the $125 item and open it.')).toEqual([]);
    expect(brief('Buy a €40 ticket and 2 posters.')).toEqual(['posters=2']);
    expect(brief('Add 2 more and set it to 5.')).toEqual([]);
    expect(brief('send it to 7 and set the value to 5.')).toEqual([]);
  });
});

describe('countPairs: items of two texts paired by their noun', () => {
  it('pairs by noun in any order, one or several ("child" / "children")', () => {
    const pairs = countPairs('Book 4 adults and 1 children.', 'Book 1 child and 2 adults.');
    expect(pairs.map((pair) => [pair.noun, pair.old.value, pair.new.value])).toEqual([['adults', '4', '2'], ['children', '1', '1']]);
  });

  it('pairs across wordings ("2 adults" / "adults: 3" / "three adults")', () => {
    expect(countPairs('Book 2 adults.', 'Book for adults: 3.').map((pair) => pair.new.value)).toEqual(['3']);
    expect(countPairs('Book 2 adults.', 'Book three adults.').map((pair) => pair.new.count)).toEqual(['three']);
  });

  it('leaves out a noun counted in one text only or twice in one', () => {
    expect(countPairs('Book 2 adults.', 'Book 2 kids.')).toEqual([]);
    expect(countPairs('Book 2 adults and 3 adults.', 'Book 2 adults.')).toEqual([]);
  });
});
