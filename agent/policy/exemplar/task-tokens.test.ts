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
