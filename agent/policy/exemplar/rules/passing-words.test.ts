import { describe, expect, it } from 'vitest';
import { saidInPassing } from './passing-words.js';

/** Whether the first whole `word` of `text` is said in passing. */
const passing = (text: string, word: string) => {
  const start = text.search(new RegExp(`\\b${word}\\b`, 'u'));
  return saidInPassing(text, start, start + word.length);
};

describe('saidInPassing', () => {
  it('reads "other" after a counting or owning word and before the noun it sets apart as grammar', () => {
    expect(passing('file it as a bug — no other changes.', 'other')).toBe(true);
    expect(passing('leave any other settings alone', 'other')).toBe(true);
    expect(passing('change no other fields', 'other')).toBe(true);
    expect(passing('sign out all other devices', 'other')).toBe(true);
    expect(passing('keep me signed in on my other devices', 'other')).toBe(true);
  });

  it('reads "soon" in "as soon as" opening a clause as the phrase for "when"', () => {
    expect(passing('reply as soon as you can', 'soon')).toBe(true);
    expect(passing('send it back as soon as it arrives', 'soon')).toBe(true);
  });

  it('reads "help" of "need help with …" as asking for assistance', () => {
    expect(passing('file it as a bug; I need help with it.', 'help')).toBe(true);
    expect(passing('could I get some help with billing', 'help')).toBe(true);
  });

  it('keeps "help" said as the choice itself a name', () => {
    expect(passing('pick help, then create it', 'help')).toBe(false);
    expect(passing('category: help with priority high', 'help')).toBe(false);
    expect(passing('file it as help with the subject "x"', 'help')).toBe(false);
    expect(passing('I need help.', 'help')).toBe(false);
  });

  it('keeps a word said as the choice itself a name', () => {
    expect(passing('pick other.', 'other')).toBe(false);
    // A development page's wording (support-ticket): "about other" names the category Other.
    expect(passing('open a normal priority ticket about other titled "Charged twice for May".', 'other')).toBe(false);
    expect(passing('file it as other today', 'other')).toBe(false);
    expect(passing('no other, please', 'other')).toBe(false);
    expect(passing('set the category to other', 'other')).toBe(false);
    expect(passing('category: other, please', 'other')).toBe(false);
    expect(passing('choose other 2', 'other')).toBe(false);
    // "the other X" points at one thing of a set; a noun of controls asks for a choice.
    expect(passing('put it under the other category', 'other')).toBe(false);
    expect(passing('use the other option', 'other')).toBe(false);
    expect(passing('choose other options', 'other')).toBe(false);
    expect(passing('pick any other option', 'other')).toBe(false);
    // Before a common word the word is no modifier: "other one", "other and bug".
    expect(passing('pick other one', 'other')).toBe(false);
    // Any other "as … as", and "as soon as possible", may ask the option itself.
    expect(passing('mark it as urgent as well', 'urgent')).toBe(false);
    expect(passing('set the priority as high as you can', 'high')).toBe(false);
    expect(passing('deliver it as soon as possible', 'soon')).toBe(false);
    expect(passing('due soon', 'soon')).toBe(false);
  });
});
