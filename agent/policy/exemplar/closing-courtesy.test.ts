import { describe, expect, it } from 'vitest';
import { isCourtesyOnly, withoutCourtesyEnds } from './closing-courtesy.js';
import { splitClauses } from './task-clauses.js';
import { tokenizeTask } from './task-tokens.js';

describe('closing courtesies', () => {
  it('reads a sentence of thanks or greeting as a courtesy, and nothing with anything else in it', () => {
    for (const text of ['Thanks!', 'Thank you very much.', 'Cheers', 'Thanks a lot', 'Hi!', 'When you get a moment', 'if possible']) {
      expect(isCourtesyOnly(tokenizeTask(text)), text).toBe(true);
    }
    for (const text of ['Thanks, click Save', 'you', 'very much', '"Thanks"', 'Send it', 'when you see Anna']) {
      expect(isCourtesyOnly(tokenizeTask(text)), text).toBe(false);
    }
  });

  it('makes no clause of a closing "Thanks!" or an opening "When you get a moment,"', () => {
    expect(splitClauses('Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."? Thanks!').map((clause) => clause.text)).toEqual([
      'Could you respond to "Lunch tomorrow?" from Anna by saying "Sure."',
    ]);
    expect(splitClauses('When you get a moment, answer Oscar with "On it", then send.').map((clause) => clause.text)).toEqual(['answer Oscar with "On it"', 'send']);
    // A quoted "Thanks" is a value to type, not a courtesy.
    expect(splitClauses('Reply "Thanks!" to Anna.').map((clause) => clause.text)).toEqual(['Reply "Thanks!" to Anna']);
  });

  it('gives a clause whose object is a pronoun its verb as its words ("send it")', () => {
    const clauses = splitClauses('Bob wrote "Did the parcel arrive". Answer "On it" and send it.');
    expect(clauses.at(-1)).toMatchObject({ text: 'send it', words: ['send'] });
  });
});

describe('withoutCourtesyEnds', () => {
  it('sets aside a courtesy opening or closing a list, never an item with a value or a word that thanks nobody', () => {
    expect(withoutCourtesyEnds(['category Billing', 'priority Normal', 'thanks'])).toEqual(['category Billing', 'priority Normal']);
    expect(withoutCourtesyEnds(['please', 'category Billing', 'thank you'])).toEqual(['category Billing']);
    expect(withoutCourtesyEnds(['priority Normal', 'great'])).toEqual(['priority Normal', 'great']);
    expect(withoutCourtesyEnds(['priority Normal', '"Thanks"'])).toEqual(['priority Normal', '"Thanks"']);
    expect(withoutCourtesyEnds(['thanks', 'priority Normal', 'ta'])).toEqual(['priority Normal', 'ta']);
  });
});
