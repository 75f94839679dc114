/**
 * Lists of numbers written as one ("[16,5,15]") are several values, one per
 * item; a number with thousands commas stays one.
 */
import { describe, expect, it } from 'vitest';
import { numberListRanges, tokenizeTask } from './task-tokens.js';
import { valueSpans } from './value-spans.js';
import { alignTasks } from './align-tasks.js';

const texts = (text: string) => tokenizeTask(text).map((token) => `${token.text}:${token.kind}`);

describe('lists of numbers', () => {
  it('splits a bracketed list, with or without spaces, into numbers and commas', () => {
    expect(texts('Select the values [16,5,15] on the sliders')).toEqual(['Select:word', 'the:word', 'values:word', '[:punctuation', '16:number', ',:separator', '5:number', ',:separator', '15:number', ']:punctuation', 'on:word', 'the:word', 'sliders:word']);
    expect(tokenizeTask('to [18, 16, 5]').filter((token) => token.inNumberList).map((token) => token.text)).toEqual(['18', '16', '5']);
    expect(valueSpans('Select the values [16,5,15] on the sliders').map((span) => span.value)).toEqual(['16', '5', '15']);
  });

  it('keeps a number written with thousands commas whole, and splits groups no number could have', () => {
    expect(numberListRanges('Pay 1,000 dollars')).toEqual([]);
    expect(texts('Pay 1,000 dollars')).toContain('1,000:number');
    expect(numberListRanges('codes 16,5,15 please')).toHaveLength(1);
  });

  it('compares a list item by item: an item equal in both lists anchors nothing', () => {
    const alignment = alignTasks('Move the sliders to [6,13,10], then click Save.', 'Move the sliders to [13,2,4], then click Save.');
    expect(alignment.slots).toEqual([expect.objectContaining({ old: ['6', '13', '10'], new: ['13', '2', '4'], list: true })]);
    expect(alignTasks('Move the sliders to [6,13,10].', 'Move the sliders to [6,13,10].').slots).toEqual([]);
  });
});

describe('a 12-hour time at a sentence end', () => {
  it('leaves the full stop after "PM" to the sentence ("at 4:01 PM. Enter it"), keeps "p.m." whole', () => {
    const texts = (text: string) => tokenizeTask(text).map((token) => token.text);
    expect(texts('The call is at 4:01 PM. Enter it.')).toEqual(['The', 'call', 'is', 'at', '4:01 PM', '.', 'Enter', 'it', '.']);
    expect(texts('Call at 5:07 p.m. today')).toContain('5:07 p.m.');
  });
});

describe('a weekday with its day of the month', () => {
  const texts = (text: string) => tokenizeTask(text).map((token) => token.text);

  it('is one value ("Tue the 11th", "Friday the 14th", "Thu 13" at the end), so two tasks pair it whole', () => {
    expect(texts("I'm flying Vienna to Prague on Tue the 11th for 2 of us")).toContain('Tue the 11th');
    expect(texts('Book Friday the 14th, please')).toContain('Friday the 14th');
    expect(texts('a haircut on Thu 13 at 1:30pm')).toContain('Thu 13');
    const alignment = alignTasks("I'm flying Vienna to Prague on Tue the 11th for 2 of us.", "I'm flying Oslo to Madrid on Wed the 5th for three of us.");
    expect(alignment.slots.map((slot) => [slot.old, slot.new])).toEqual([
      [['Vienna'], ['Oslo']],
      [['Prague'], ['Madrid']],
      [['Tue the 11th'], ['Wed the 5th']],
      [['2'], ['three']],
    ]);
  });

  it('leaves a weekday apart from a number that is no day of the month: a time, a count, a day with its month', () => {
    expect(texts('Wake me Monday 7 am')).toEqual(['Wake', 'me', 'Monday', '7', 'am']);
    expect(texts('Book Monday 2 tickets')).toEqual(['Book', 'Monday', '2', 'tickets']);
    expect(texts('Saturday, 4 people')).toEqual(['Saturday', ',', '4', 'people']);
    expect(texts('Call Monday 9:30')).toEqual(['Call', 'Monday', '9:30']);
    expect(texts('Fly on Fri 7 Mar')).toEqual(['Fly', 'on', 'Fri', '7', 'Mar']);
  });

  // weekday-day-run.review33: "Wed the 5th of April" read as "Wed the 5th" beside "of April" picked "Wed, 5 Mar".
  it('keeps a month said after the day with it ("Wed the 5th of April", "Wed the 5th April"), never a word that starts like one', () => {
    expect(texts('on Wed the 5th of April - see')).toContain('Wed the 5th of April');
    expect(texts('on Wed the 5th April - see')).toContain('Wed the 5th April');
    expect(texts('Tue the 11th Marketing sync')).toEqual(['Tue the 11th', 'Marketing', 'sync']);
  });
});
