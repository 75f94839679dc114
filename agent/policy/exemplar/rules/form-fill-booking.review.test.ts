/**
 * Review probes (session 32, review32) on another form than the pet form: a table booking — a name, a count of guests,
 * a time chosen from a drop-down, a seating radio, a last press. The demonstration "Book a table for Lopez, 4 guests at
 * 7 pm, outdoor seating." is read by the word template ("Lopez, 4" one list of two); the form's guards
 * (rules/form-guards.ts) stand whatever reading did. `it.fails` marks a wrong action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { followBooking } from '../../../../test/kits/exemplar/booking-form.js';

/** The run's status, whether the form was sent and the values it holds (the reason aside). */
async function follows(task: string) {
  const { status, sent, values } = await followBooking(task);
  return { status, sent, values };
}

describe('booking form, followed: review32 probes that held', () => {
  it('fills a terse note by its values', async () => {
    expect(await follows('Chen | 6 | 8 pm | indoor')).toEqual({ status: 'success', sent: true, values: { name: 'Chen', guests: '6', time: '8 pm' } });
  });
  it('sends nothing for a corrected count, another count, another day, an alternative time or a condition', async () => {
    for (const task of [
      'Book a table for Chen, 6 guests at 8 pm, indoor seating, no, make it 5 guests.',
      'Book a table for Chen, 6 guests plus 2 kids at 8 pm, indoor seating.',
      'Book a table for Chen, 6 guests at 8 pm on Friday, indoor seating.',
      'Book a table for Chen, 6 guests at 8 pm (or 9 pm), indoor seating.',
      'Book a table for Chen, 6 guests at 8 pm or later, indoor seating.',
      'Chen | 6 | 8:30 pm | indoor',
      'Chen | 6-8 | 8 pm | indoor',
      'Chen | 6 | 8 pm | indoor if dry',
    ]) expect((await follows(task)).sent, task).toBe(false);
  });
});

describe('booking form, followed: the request worded as the demonstration\'s', () => {
  // Refused before session 33: "at" beside the count was no word beside the demonstration's count (form-guards.ts countFits).
  it('books Chen, 6 guests at 8 pm, indoor', async () => {
    expect(await follows('Book a table for Chen, 6 guests at 8 pm, indoor seating.')).toEqual({ status: 'success', sent: true, values: { name: 'Chen', guests: '6', time: '8 pm' } });
  });
});

describe('booking form, followed: review32 wrong actions', () => {
  // Wrong action: "Chen and Rossi, 6 guests" pairs with the list "Lopez, 4": "Rossi" is typed into Guests, 6 dropped, and
  // the table booked.
  it('types no name into the count of guests', async () => {
    const { sent, values } = await follows('Book a table for Chen and Rossi, 6 guests at 8 pm, indoor seating.');
    expect(values.guests).not.toBe('Rossi');
    expect(sent).toBe(false);
  });
  // Was it.fails (review32): a second request ("Cancel the Rossi booking.") left undone; the table booked, the run done.
  it('books nothing when the text asks another deed as well', async () => {
    const { status, sent } = await follows('Book a table for Chen, 6 guests at 8 pm, indoor seating. Cancel the Rossi booking.');
    expect(status).not.toBe('success');
    expect(sent).toBe(false);
  });
  // Wrong action: a range of guests ("6 to 8") is typed whole into Guests and the table booked.
  it('types no range of guests as the count', async () => {
    const { values, sent } = await follows('Book a table for Chen, 6 to 8 guests at 8 pm, indoor seating.');
    expect(values.guests).not.toBe('6 to 8');
    expect(sent).toBe(false);
  });
});
