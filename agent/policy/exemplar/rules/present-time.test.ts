import { describe, expect, it } from 'vitest';
import { meaningWordsIn } from './meaning-words.js';
import { withoutPresentTime } from './present-time.js';

const kept = (demoTask: string, task: string, stepStrings: string[] = []) =>
  withoutPresentTime(meaningWordsIn(demoTask).filter((meaning) => meaning.kind === 'date'), task, stepStrings).map((meaning) => meaning.word);

describe('"today" and "tonight" name now, which an undated request means too', () => {
  it('drops "tonight" the demonstration said when the task names no day and no step showed one', () => {
    expect(kept('I need coffee for dinner tonight; we already have cheddar, so cross it off.', 'Add cheddar to the grocery list and remove milk.', ['coffee', 'Add', '×'])).toEqual([]);
  });

  it('keeps it when the task names a day or a time, or a step showed one', () => {
    expect(kept('Book a table for tonight.', 'Book a table for Friday.')).toEqual(['tonight']);
    expect(kept('Book a table for tonight.', 'Book a table at 7:30.')).toEqual(['tonight']);
    expect(kept('Book a table for tonight.', 'Book a table.', ['Today', 'Book'])).toEqual(['tonight']);
    expect(kept('Book a table for tonight.', 'Book a table.', ['June 5'])).toEqual(['tonight']);
  });

  it('keeps other days ("tomorrow") whatever the task says', () => {
    expect(kept('Order milk for tomorrow.', 'Order milk.')).toEqual(['tomorrow']);
  });
});
