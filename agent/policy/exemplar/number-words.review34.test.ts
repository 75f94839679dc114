/**
 * Review probes (session 34, review34) of number-words.ts's "half a dozen" / "a dozen" and task-values.ts's count-word
 * guard, followed end to end on the table booking of test/kits/exemplar/booking-form.ts: the demonstration "Book a
 * table for Lopez, 4 guests at 7 pm, outdoor seating." typed 4 into Guests. Hostile: a multiple of a dozen ("two
 * dozen"), a dozen and a half, a baker's dozen, a dozen of something else beside the guests, a count word of another
 * thing. `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import { followBooking } from '../../../test/kits/exemplar/booking-form.js';
import { countValue, numberWordsIn } from './number-words.js';

describe('dozens, followed: review34 probes', () => {
  it('never types 2 for "two dozen guests"', async () => {
    const run = await followBooking('Book a table for Chen, two dozen guests at 8 pm, indoor seating.');
    expect(run.sent && run.values.guests !== '24', `${run.values.guests}: ${run.reason}`).toBe(false);
  });
  it('never types 12 (or 6) for "a dozen and a half guests"', async () => {
    const run = await followBooking('Book a table for Chen, a dozen and a half guests at 8 pm, indoor seating.');
    expect(run.sent && run.values.guests !== '18', `${run.values.guests}: ${run.reason}`).toBe(false);
  });
  it('never types 12 for "a baker\'s dozen guests"', async () => {
    const run = await followBooking("Book a table for Chen, a baker's dozen guests at 8 pm, indoor seating.");
    expect(run.sent && run.values.guests !== '13', `${run.values.guests}: ${run.reason}`).toBe(false);
  });
  it('keeps the guests at 6 where a dozen counts roses ("6 guests … with a dozen roses")', async () => {
    const run = await followBooking('Book a table for Chen, 6 guests at 8 pm, indoor seating, with a dozen roses on the table.');
    expect(run.values.guests ?? '6', run.reason).not.toBe('12');
  });
  it('never reads "half a dozen" inside "half a dozen times" as the guests', async () => {
    const run = await followBooking("Book a table for Chen at 8 pm, indoor seating — I've asked half a dozen times.");
    expect(run.values.guests ?? '', run.reason).not.toBe('6');
  });
  it('reads the phrases as one number each, and nothing from "dozen" alone', () => {
    expect(countValue('half a dozen')).toBe(6);
    expect(countValue('a dozen')).toBe(12);
    expect(numberWordsIn('a dozen-odd guests').includes('a dozen') && countValue('a dozen-odd') === 12).toBe(false);
  });
});

describe('count words of another thing, followed: review34 probes', () => {
  // The demonstration's 4 is free beside the new task's "three high chairs": the count-word guard is off (a number the
  // slots leave free), and count-field may read "three" as the guests.
  it('never types 3 guests for "and three high chairs"', async () => {
    const run = await followBooking('Book a table for Chen at 8 pm, indoor seating, and three high chairs.');
    expect(run.values.guests ?? '', run.reason).not.toBe('3');
  });
  it('never types 2 guests for "for two hours"', async () => {
    const run = await followBooking('Book a table for Chen at 8 pm for two hours, indoor seating.');
    expect(run.values.guests ?? '', run.reason).not.toBe('2');
  });
  it('never types 1 guest for "one of us is vegan" beside 5 guests', async () => {
    const run = await followBooking('Book a table for Chen, 5 guests at 8 pm, indoor seating; one of us is vegan.');
    expect(run.values.guests ?? '5', run.reason).not.toBe('1');
  });
  it('books "five guests" said in a word', async () => {
    const run = await followBooking('Book a table for Chen, five guests at 8 pm, indoor seating.');
    expect(run.status, run.reason).toBe('success');
    expect(run.values).toMatchObject({ name: 'Chen', guests: '5' });
  });
});
