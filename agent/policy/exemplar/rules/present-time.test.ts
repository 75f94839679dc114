import { describe, expect, it } from 'vitest';
import { meaningWordsIn } from './meaning-words.js';
import type { UIElement } from '../../../core/observation.js';
import { offersDay, withoutPresentTime } from './present-time.js';

const kept = (demoTask: string, task: string, stepStrings: string[] = [], dayOffered = false) =>
  withoutPresentTime(meaningWordsIn(demoTask).filter((meaning) => meaning.kind === 'date'), task, stepStrings, () => dayOffered).map((meaning) => meaning.word);

let id = 0;
const control = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: ++id,
  role,
  text,
  states: {},
  box: { x: 0, y: id * 20, width: 80, height: 18 },
  source: 'dom',
  interactive: true,
  ...extra,
});

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

  it('keeps it where a page offers a day or a time to set: the default now is one choice of several there ("on my birthday")', () => {
    expect(kept('Book a table for two tonight.', 'Book a table for two on my birthday.', ['Book'], true)).toEqual(['tonight']);
    expect(offersDay([control('textbox', '', { tag: 'input', inputType: 'date' }), control('button', 'Book')])).toBe(true);
    expect(offersDay([control('button', 'Sat 14'), control('button', 'Book')])).toBe(true);
    expect(offersDay([control('button', '12:30')])).toBe(true);
    expect(offersDay([control('checkbox', 'Cheddar'), control('button', 'Add'), control('textbox', '', { tag: 'input', inputType: 'text' })])).toBe(false);
  });

  it('keeps other days ("tomorrow") whatever the task says', () => {
    expect(kept('Order milk for tomorrow.', 'Order milk.')).toEqual(['tomorrow']);
  });
});
