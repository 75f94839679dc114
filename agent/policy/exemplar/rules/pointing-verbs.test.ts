import { describe, expect, it } from 'vitest';
import { causedVerb, copiesIntoField, locatesOnly, verbAskedBy, LOCATE } from './pointing-verbs.js';
import { verbGap, verbKeys } from './verb-gap.js';
import { intentMatches, wordsOf } from '../intent-words.js';

/** The first intent match of `text` and whether it only locates. */
function firstLocates(text: string): boolean {
  const words = wordsOf(text);
  const matches = intentMatches(words);
  return locatesOnly(words, matches[0]!, matches);
}

describe('pointing-verbs: verbs that carry no request of their own', () => {
  it('reads a find whose object a later verb opens through a pronoun as locating only', () => {
    expect(firstLocates('Find the $11 item and open it.')).toBe(true);
    expect(firstLocates('Look for Brin in the contact book and click their email.')).toBe(true);
    expect(firstLocates('Look up the report, then select it.')).toBe(true);
  });

  it('keeps a search asked by name, and a find whose result nothing opens', () => {
    expect(firstLocates('Search for "tundra" and open it.')).toBe(false);
    expect(firstLocates('Find the $11 item.')).toBe(false);
    // The later verb opens something else, not what was found.
    expect(firstLocates('Find the $11 item and open the cart.')).toBe(false);
    // A later delete of what was found is a request of its own, not locating for an opening.
    expect(firstLocates('Find the $11 item and delete it.')).toBe(false);
  });

  it('reads a verb a causative puts after its object as what the object does', () => {
    const words = wordsOf('Use the arrows to make the counter show -9, then click Submit.');
    expect(causedVerb(words, words.indexOf('show'))).toBe(true);
    const it = wordsOf('Make it read 5.');
    expect(causedVerb(it, it.indexOf('read'))).toBe(true);
  });

  it('keeps a verb that "make sure to" or a plain sentence asks', () => {
    const sure = wordsOf('Make sure to delete the draft.');
    expect(causedVerb(sure, sure.indexOf('delete'))).toBe(false);
    const plain = wordsOf('Show the hidden rows.');
    expect(causedVerb(plain, plain.indexOf('show'))).toBe(false);
    // A second request after "and" is asked, not caused.
    const and = wordsOf('Make the list shorter and delete the rest.');
    expect(causedVerb(and, and.indexOf('delete'))).toBe(false);
  });

  it('lets tick, turn on and select stand for each other, never for turning off or another request', () => {
    expect(verbAskedBy('check', ['choose', 'click'])).toBe(true);
    expect(verbAskedBy('enable', ['choose'])).toBe(true);
    expect(verbAskedBy('check', ['enable'])).toBe(true);
    expect(verbAskedBy('check', ['enter', 'click'])).toBe(false);
    expect(verbAskedBy('uncheck', ['choose'])).toBe(false);
    expect(verbAskedBy('delete', ['choose'])).toBe(false);
  });

  it('lets a locating find ask nothing, and stand for a search the other text asks', () => {
    expect(verbAskedBy(LOCATE, ['click'])).toBe(true);
    expect(verbAskedBy('search', [LOCATE, 'choose'])).toBe(true);
    expect(verbAskedBy('search', ['choose'])).toBe(false);
  });

  it('reads a copy into a field or form as entering values, a copy elsewhere as a copy', () => {
    const copyAt = (text: string) => { const words = wordsOf(text); return copiesIntoField(words, words.indexOf('copy')); };
    expect(copyAt('Copy the value for each label from the table into the form and click Confirm.')).toBe(true);
    expect(copyAt('Copy each amount to its field.')).toBe(true);
    expect(copyAt('Copy the link to the clipboard.')).toBe(false);
    expect(copyAt('Copy the text and paste it into the box.')).toBe(false);
    expect(verbKeys('Copy the value for each label from the table into the form and click Confirm.')).not.toContain('copy');
    expect(verbGap('Fill in each field with the value the table shows for its label, then press Save.', 'Copy the value for each label from the table into the form and click Confirm.')).toBeUndefined();
    expect(verbGap('Fill in each field with the value the table shows for its label, then press Save.', 'Copy the link to the clipboard, then press Save.')).toMatch(/copy/);
  });
});
