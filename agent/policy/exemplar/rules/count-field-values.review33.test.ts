/**
 * Review probes (session 33, review33) of count-field.ts and rules/count-field-values.ts, followed end to end on the
 * table booking of test/kits/exemplar/booking-form.ts: the demonstration "Book a table for Lopez, 4 guests at 7 pm,
 * outdoor seating." typed 4 into Guests. Nearby texts whose count is no one number, or whose number counts something
 * else, must send nothing; a count said another way is a plain request. `it.fails` marks a wrong action or a false
 * refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { followBooking } from '../../../../test/kits/exemplar/booking-form.js';

const follows = followBooking;

describe('count field, followed: review33 probes that hold', () => {
  it('books six guests said in a word', async () => {
    const run = await follows('Book a table for Chen, six guests at 8 pm, indoor seating.');
    expect(run.status, run.reason).toBe('success');
    expect(run.values).toEqual({ name: 'Chen', guests: '6', time: '8 pm' });
  });
  it('sends nothing for a choice of counts, a bound, counts split by age, a count beside another number, or a second count', async () => {
    for (const task of [
      'Book a table for Chen, 6 or 7 guests at 8 pm, indoor seating.',
      'Book a table for Chen, at least 6 guests at 8 pm, indoor seating.',
      'Book a table for Chen, 2 adults and 4 kids at 8 pm, indoor seating.',
      'Book a table for Chen, 6 guests (2 of them vegan) at 8 pm, indoor seating.',
      'Book a table for Chen, 6 guests, 4 of them outdoor, at 8 pm, indoor seating.',
      'Book a table for Chen, 6 guests at 8 pm, indoor seating, or 5 if the room is small.',
      'Book a table for Chen and 5 friends at 8 pm, indoor seating.',
      'Book a table for Chen at 8 pm, indoor seating.',
    ]) {
      const run = await follows(task);
      expect(run.sent, `${task}: ${run.reason}`).toBe(false);
      expect(run.values.guests ?? '', task).not.toBe('4');
    }
  });
});

describe('count field, followed: review33 false refusals', () => {
  // False refusal: "a party of 6" is 6 guests to a person; "Chen, a party of 6" pairs with no demonstrated step, refused.
  // Left (session 34): two readings stand in the way — the template pairs the list "Lopez, 4 guests" with "Chen, a party
  // of 6" whole, and form-guards.ts countFits reads "party", "of" as another measure than Guests; reading "a party of N"
  // as N people needs a paraphrase reading of its own (paraphrase-align.ts), with its own guards.
  it.fails('books a party of 6', async () => {
    const run = await follows('Book a table for Chen, a party of 6 at 8 pm, indoor seating.');
    expect(run.status, run.reason).toBe('success');
    expect(run.values.guests).toBe('6');
  });
  // Was it.fails (false refusal): "half a dozen" is 6; refused as "no number" for Guests. number-words.ts now reads the
  // whole phrases "half a dozen" and "a dozen" as one number.
  it('books half a dozen guests', async () => {
    const run = await follows('Book a table for Chen, half a dozen guests at 8 pm, indoor seating.');
    expect(run.status, run.reason).toBe('success');
    expect(run.values.guests).toBe('6');
  });
  // Beside it: a dozen is 12; a dozen-phrase that is no one count, or counts someone else, sends nothing.
  it('books a dozen as 12, and sends nothing for "or so", "or more", "dozens of", a range of them or kids counted apart', async () => {
    const run = await follows('Book a table for Chen, a dozen guests at 8 pm, indoor seating.');
    expect(run.values.guests, run.reason).toBe('12');
    for (const task of [
      'Book a table for Chen, half a dozen or so guests at 8 pm, indoor seating.',
      'Book a table for Chen, a dozen or more guests at 8 pm, indoor seating.',
      'Book a table for Chen, dozens of guests at 8 pm, indoor seating.',
      'Book a table for Chen, half a dozen to a dozen guests at 8 pm, indoor seating.',
      'Book a table for Chen, 4 guests and half a dozen kids at 8 pm, indoor seating.',
    ]) {
      const refused = await follows(task);
      expect(refused.sent, `${task}: ${refused.reason}`).toBe(false);
    }
  });
  // False refusal: the name said last ("… name Chen") leaves "6" as the one item of the list; refused. Left (session
  // 34): "a table for 6" reads "table", "for" beside the count, and the list pairing differs item by item.
  it.fails('books 6 with the name said last', async () => {
    const run = await follows('Book a table for 6 at 8 pm, indoor seating, name Chen.');
    expect(run.status, run.reason).toBe('success');
  });
});
