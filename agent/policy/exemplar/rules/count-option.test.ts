import { describe, expect, it } from 'vitest';
import { countWrittenOption, countsWrittenAsDemonstrated } from './count-option.js';

const PASSENGERS = ['1 adult', '2 adults', '3 adults', '4 adults'];

describe('countWrittenOption: a bound count written in the option as the demonstration wrote it', () => {
  it('picks "3 adults" for "2 adults" when the task says "three of us"', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'three' }], PASSENGERS)).toBe('3 adults');
  });

  it('writes a digit count as a word when the list writes words', () => {
    expect(countWrittenOption('two guests', [{ old: 'two', new: '4' }], ['one guest', 'two guests', 'four guests'])).toBe('four guests');
  });

  it('takes the counted noun in its other number ("1 adult" for the made "1 adults")', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'one' }], PASSENGERS)).toBe('1 adult');
  });

  it('leaves every other binding as it is: a day bound beside the count is still bound', () => {
    expect(countsWrittenAsDemonstrated([{ old: '11', new: 'Wednesday' }, { old: '2', new: 'three' }])).toEqual([{ old: '11', new: 'Wednesday' }, { old: '2', new: '3' }]);
  });
});

describe('countWrittenOption refuses (names no option)', () => {
  it('when no count is written the other way: the list lacks the option, nothing to rewrite', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: '7' }], PASSENGERS)).toBeUndefined();
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'seven' }], PASSENGERS)).toBeUndefined();
  });

  it('when the new words are no count ("the blue one" is a pronoun phrase, not one)', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'the blue one' }], PASSENGERS)).toBeUndefined();
    expect(countWrittenOption('Basic', [{ old: 'Basic', new: 'three' }], ['Basic', 'Standard', '3'])).toBeUndefined();
  });

  it('when the option in that form is not on the list, or only with more words', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'three' }], ['1 adult', '2 adults', '3 adults + infant'])).toBeUndefined();
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'three' }], ['1 adult', '2 adults', 'three or more'])).toBeUndefined();
  });

  it('when the count counts something else on the list ("3 children" is no "3 adults")', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'three' }], ['2 adults', '3 children'])).toBeUndefined();
  });

  it('when two options fit the made text', () => {
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'one' }], ['1 adult', '1 adults', '2 adults'])).toBe('1 adults');
    expect(countWrittenOption('2 adults', [{ old: '2', new: 'one' }], ['1 adult', '1 ADULT.', '2 adults'])).toBeUndefined();
  });
});
