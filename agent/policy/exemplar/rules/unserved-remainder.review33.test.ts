/**
 * Review probes (session 33, review33) of rules/unserved-remainder.ts's request opening, followed end to end on the
 * table booking of test/kits/exemplar/booking-form.ts: the demonstrated request ("Book a table for Lopez, 4 guests at
 * 7 pm, outdoor seating.") said again with a second deed in a sentence of its own, which no step does. A request
 * whose verb is followed by a name rather than an article or pronoun ("Email Rossi a copy.", "Invite Rossi too."),
 * or opened by "Afterwards," is no request to the reading: the table is booked and the run reported done with the
 * second deed undone. `it.fails` marks a wrong action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { followBooking } from '../../../../test/kits/exemplar/booking-form.js';

const follows = followBooking;

const REQUEST = 'Book a table for Chen, 6 guests at 8 pm, indoor seating.';

describe('a second request, followed: review33 probes that hold', () => {
  it('reports nothing done for a second deed opened by a verb and its object, or joined by "and"', async () => {
    for (const second of ['Order flowers for the table.', 'Remind Rossi tomorrow.']) {
      expect((await follows(`${REQUEST} ${second}`)).status, second).not.toBe('success');
    }
    expect((await follows('Book a table for Chen, 6 guests at 8 pm, indoor seating, and email Rossi a copy.')).status).not.toBe('success');
  });
});

describe('a second request, followed: review33 wrong actions', () => {
  // Wrong action: "Email Rossi a copy." (a name after the verb) is unread; the table booked, the run reported done.
  it('reports nothing done when asked to email Rossi a copy as well', async () => {
    expect((await follows(`${REQUEST} Email Rossi a copy.`)).status).not.toBe('success');
  });
  // Wrong action: "Text Rossi the details." unread; booked, done.
  it('reports nothing done when asked to text Rossi the details as well', async () => {
    expect((await follows(`${REQUEST} Text Rossi the details.`)).status).not.toBe('success');
  });
  // Wrong action: "Invite Rossi too." unread; booked, done.
  it('reports nothing done when asked to invite Rossi too', async () => {
    expect((await follows(`${REQUEST} Invite Rossi too.`)).status).not.toBe('success');
  });
  // Wrong action: "Afterwards, ring Rossi." ("afterwards" no lead word) unread; booked, done.
  it('reports nothing done when asked to ring Rossi afterwards', async () => {
    expect((await follows(`${REQUEST} Afterwards, ring Rossi.`)).status).not.toBe('success');
  });
  // Wrong action: "Also, ring Rossi." unread (a name after the verb); booked, done.
  it('reports nothing done when asked to ring Rossi also', async () => {
    expect((await follows(`${REQUEST} Also, ring Rossi.`)).status).not.toBe('success');
  });
});
