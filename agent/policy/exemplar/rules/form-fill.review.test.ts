// Review probes (session 31, review31): texts a person would write where the form reading fills the form wrongly.
// Each was it.fails on review31 (the reading aligned: a wrong action); each now refuses (a gap) or types the value as written.
import { describe, expect, it } from 'vitest';
import { DEMO, page, steps } from '../../../../test/kits/exemplar/pet-form.js';
import { alignFormFill } from './form-fill.js';

const gapOf = (task: string) => {
  const read = alignFormFill(DEMO, task, steps, page);
  return read && 'gap' in read ? read.gap : undefined;
};


describe('review probes: a value of the right kind that is not the field\'s', () => {
  // The sender of a relayed note is no pet: "Sam" would be typed as the pet's name.
  it('refuses the sender of a note as the pet\'s name ("From Sam:", "Note from Sam:", "Sam called:")', () => {
    expect(gapOf('From Sam: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
    expect(gapOf('Note from Sam: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
    expect(gapOf('Sam called: 7-year-old female parrot, phone 07928 317649')).toBeDefined();
  });

  // "for Sam" names whom the pet is registered for (the owner), not the pet: Sam would be typed as the pet's name.
  it('refuses the one a pet is registered for as its name', () => {
    expect(gapOf('Register a 7-year-old female parrot for Sam. Phone 07928 317649.')).toBeDefined();
  });

  // "aged 7 weeks" / "age 7 months": the label word fits, the unit does not; 7 would be typed into "Age (years)".
  it('refuses an age said in another unit than the field\'s, beside a word of the label', () => {
    expect(gapOf("Register Pepper, a female parrot aged 7 weeks. Owner's phone: 07928 317649.")).toBeDefined();
    expect(gapOf("Register Pepper, a female parrot, age 7 months. Owner's phone: 07928 317649.")).toBeDefined();
  });

  // "7 years with us" is how long the pet has been kept, not its age; "years" alone makes it fit the age field.
  it('refuses a count of years said of something else than the age', () => {
    expect(gapOf("Register Pepper, a female parrot, 7 years with us. Owner's phone: 07928 317649.")).toBeDefined();
  });
});

describe('review probes: a text that asks nothing', () => {
  // A statement that the pet is already registered asks for no registration; the form would be filled and sent.
  it('refuses a text saying the pet is already registered', () => {
    expect(gapOf("Pepper, a 7-year-old female parrot, is already registered. Owner's phone: 07928 317649.")).toBeDefined();
  });

  // "Her brother is male" is said of another animal; the Sex radio is kept at the demonstration's Male for a "her".
  it('refuses a sex option said of another animal than the one registered', () => {
    expect(gapOf("Register Pepper, a 7-year-old parrot. Owner's phone: 07928 317649. Her brother is male.")).toBeDefined();
  });
});

describe('review probes: a value typed otherwise than written', () => {
  // "+44 7928 317649" is read from its first digit group: "44 7928 317649" would be typed, the plus dropped.
  it('types a phone with its leading plus, or refuses', () => {
    const read = alignFormFill(DEMO, "Register Pepper, a 7-year-old female parrot. Owner's phone: +44 7928 317649.", steps, page);
    if (read && 'alignment' in read) expect(read.alignment.slots.map((slot) => slot.new[0])).toContain('+44 7928 317649');
  });
});
