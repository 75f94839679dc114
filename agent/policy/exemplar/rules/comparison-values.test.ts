import { describe, expect, it } from 'vitest';
import { valueSpans } from '../value-spans.js';
import { withComparisonValues } from './comparison-values.js';

/** The values of two texts as read, comparisons standing as values added. */
const read = (demo: string, task: string) => withComparisonValues(demo, valueSpans(demo), task, valueSpans(task));
const texts = (spans: { text: string; type: string }[]) => spans.map((span) => `${span.type}:${span.text}`);

describe('comparison-values: a comparison the task chooses by is its value', () => {
  it('pairs the one comparison of each text where neither names a value, however many words write it', () => {
    const found = read('Open the folder with the fewest unread messages.', 'Click the folder that has the least unread mail.');
    expect(texts(found.old)).toEqual(['name:fewest unread']);
    expect(texts(found.new)).toEqual(['name:least unread']);
    const stale = read('Archive the project that has gone longest without an update.', 'Clean-up time: the stalest project on the list should be archived.');
    expect(texts(stale.new)).toEqual(['name:stalest']);
    // One choice: as long as its counterpart, whatever its words.
    expect(stale.old[0]!.words).toBe(stale.new[0]!.words);
  });

  it('reads the new comparison in the place of the value the demonstration chose by', () => {
    const found = read('Which folder has 23 unread mails? Open it.', 'Click the folder that has the least unread mail.');
    expect(texts(found.old)).toEqual(['number:23']);
    expect(texts(found.new)).toEqual(['number:least unread']);
  });

  it('reads a number the new task names in the place of the demonstration\'s comparison', () => {
    const found = read('Open the folder with the most unread messages.', 'Click the folder that shows 14 unread.');
    expect(texts(found.old)).toEqual(['number:most unread']);
    expect(texts(found.new)).toEqual(['number:14']);
  });

  it('adds nothing where a text writes no known comparison or several, or another value stands for a comparison', () => {
    // "the prettiest" compares by nothing the vocabulary knows.
    expect(read('Open the folder with the most unread messages.', 'Open the prettiest folder.').new).toEqual([]);
    expect(read('Click the tallest bar.', 'Click the tallest and the shortest bar.').new).toEqual([]);
    // A date where the demonstration compared: nothing would pick the row by it.
    expect(read('Archive the project that has gone longest without an update.', 'Which project hasn\'t changed since June 5? Archive it.').old).toEqual([]);
    // Both texts name values: the values pair as they are.
    expect(texts(read('Which folder has 23 unread mails? Open it.', 'Which folder has 14 unread mails? Open it.').new)).toEqual(['number:14']);
  });

  it('pairs no number with a comparison beside a comparative or an ordinal, or counting another measure', () => {
    const most = 'Open the folder with the most unread messages.';
    // A bound is no row's number: "fewer than 14" is not the folder showing 14.
    for (const task of ['Open the folder with fewer than 14 unread messages.', 'Open the folder with more than 14 unread messages.', 'Open the folder with over 14 unread messages.', 'Open the folder with 14 or more unread messages.']) {
      expect(read(most, task).old, task).toEqual([]);
    }
    // Read messages are another measure than the unread the demonstration compared; a bare number counts nothing.
    expect(read(most, 'Open the folder that has 14 read messages.').old).toEqual([]);
    expect(read(most, 'Open folder 14.').old).toEqual([]);
    // "the second most unread" is not the most unread: no comparison read from it, either way round.
    expect(read('Open the folder with the fewest unread messages.', 'Open the folder with the second most unread messages.').new).toEqual([]);
    expect(read('Which folder has 23 unread mails? Open it.', 'Open the folder with the second least unread mail.').new).toEqual([]);
    // The demonstration's number beside a comparative, or of another measure, stands for no comparison.
    expect(read('Which folder has over 23 unread mails? Open it.', 'Click the folder that has the least unread mail.').old).toEqual([{ type: 'number', text: '23', value: '23', words: 1, start: 22, end: 24 }]);
    expect(read('Which folder has over 23 unread mails? Open it.', 'Click the folder that has the least unread mail.').new).toEqual([]);
    expect(read('Which folder has 23 read mails? Open it.', 'Click the folder that has the least unread mail.').new).toEqual([]);
  });
});
