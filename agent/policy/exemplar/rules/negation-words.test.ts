/**
 * One negation list for the three guards that read negations: every word of
 * it negates in each of their uses (a negation the demonstration's task did
 * not say is refused by kind-by-places, paraphrase-align and meaning-words),
 * and a written "no" that negates nothing — a number's abbreviation, an
 * option's value — is left out by all three.
 */
import { describe, expect, it } from 'vitest';
import { addedNegation, isNegation, negationsIn, NEGATION_WORDS } from './negation-words.js';
import { verbGap } from './verb-gap.js';
import { paraphraseAlignment } from '../paraphrase-align.js';
import { meaningShift } from './meaning-words.js';

/** One task sentence per negation word, each a real negation of what the demonstration's task asked. */
const NEGATED: Record<string, string> = {
  not: 'Do not delete juniper.csv.',
  no: 'Delete juniper.csv with no backup.',
  never: 'Never delete juniper.csv.',
  without: 'Delete juniper.csv without a backup.',
  except: 'Delete every file except juniper.csv.',
  unless: 'Delete juniper.csv unless it is shared.',
  nor: 'Neither keep nor delete juniper.csv.',
  neither: 'Delete neither juniper.csv.',
  nothing: 'Delete nothing but juniper.csv.',
  none: 'Delete none of juniper.csv.',
  cannot: 'You cannot delete juniper.csv.',
  dont: 'Dont delete juniper.csv.',
  "don't": "Don't delete juniper.csv.",
  "can't": 'You can’t delete juniper.csv.',
  "shouldn't": "You shouldn't delete juniper.csv.",
};
const PLAIN = 'Delete juniper.csv.';

describe('negation words', () => {
  it('knows every word of the list, and contractions in n\'t, as negations; plain words not', () => {
    for (const word of NEGATION_WORDS) expect(isNegation(word)).toBe(true);
    for (const word of ["don't", 'won’t', "isn't", "shouldn't"]) expect(isNegation(word)).toBe(true);
    for (const word of ['note', 'now', 'know', 'but', 'only', 'nice', 'nonetheless', 'not-so']) expect(isNegation(word)).toBe(false);
  });

  it('finds each joined word as a negation in a sentence that negates with it', () => {
    for (const [word, sentence] of Object.entries(NEGATED)) {
      const found = negationsIn(sentence);
      expect(found.length, `${word} in ${sentence}`).toBeGreaterThan(0);
      expect(addedNegation(PLAIN, sentence), word).toBeDefined();
      expect(addedNegation(sentence, PLAIN), word).toBeUndefined();
    }
  });

  it('refuses every joined negation in each guard that reads the list', () => {
    for (const [word, sentence] of Object.entries(NEGATED)) {
      // kind-by-places: a negation in the new task only.
      expect(verbGap(PLAIN, sentence), word).toBeDefined();
      // paraphrase-align: no alignment for a paraphrase that adds a negation.
      expect(paraphraseAlignment(PLAIN, sentence), word).toBeUndefined();
      // meaning-words: a negation standing in one whole task text only.
      expect(meaningShift(PLAIN, sentence, 'whole')?.new.some((meaning) => meaning.kind === 'negation'), word).toBe(true);
    }
  });

  it('leaves out "no" as a number\'s abbreviation', () => {
    expect(negationsIn('Open order No. 5.')).toEqual([]);
    expect(negationsIn('Open order no. 12, then press Go.')).toEqual([]);
    expect(negationsIn('Open order No 7.')).toEqual([]);
    expect(meaningShift('Open order No. 4.', 'Open order No. 5.', 'whole')).toBeUndefined();
    expect(verbGap('Open order 4.', 'Open order No. 5.')).toBeUndefined();
    // A "no" before a count is still one: "no 2 rooms" is rare, "No rooms" plain.
    expect(negationsIn('No rooms on Friday.')).toEqual(['no']);
  });

  it('leaves out "No" / "None" as an option\'s value after a label or as a capitalised caption', () => {
    expect(negationsIn('Room: Double, Nights: 3, Breakfast: No, View: Garden')).toEqual([]);
    expect(negationsIn('Breakfast: No')).toEqual([]);
    expect(negationsIn('Smoking = none; Pets: No.')).toEqual([]);
    expect(negationsIn('Set Smoking to No.')).toEqual([]);
    expect(negationsIn('Set Extras to None, then press Save.')).toEqual([]);
    expect(meaningShift('Room: Single, Breakfast: Yes', 'Room: Double, Breakfast: No', 'whole')?.new.some((meaning) => meaning.kind === 'negation') ?? false).toBe(false);
    expect(verbGap('Room: Single, Breakfast: Yes', 'Room: Double, Breakfast: No')).toBeUndefined();
  });

  it('still reads a negation after a label or capitalised at a sentence start', () => {
    expect(negationsIn('Reminder: never tick Pets.')).toEqual(['never']);
    expect(negationsIn('Note: no breakfast, please.')).toEqual(['no']);
    expect(negationsIn('Tick Pets. No breakfast.')).toEqual(['no']);
    expect(negationsIn('No pets.')).toEqual(['no']);
    expect(negationsIn('Tick A and none else.')).toEqual(['none']);
    expect(negationsIn('Click Save, not Cancel.')).toEqual(['not']);
  });

  it('reads no negation inside a value', () => {
    const text = 'Type "do not disturb" into Status.';
    const start = text.indexOf('"');
    const end = text.indexOf('"', start + 1) + 1;
    expect(negationsIn(text)).toEqual(['not']);
    expect(negationsIn(text, [{ start, end }])).toEqual([]);
  });
});
