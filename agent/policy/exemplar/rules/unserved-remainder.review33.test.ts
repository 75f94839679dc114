/**
 * Review probes (session 33, review33) of rules/unserved-remainder.ts's request opening, followed end to end on the
 * table booking of form-fill-booking.review.test.ts: the demonstrated request ("Book a table for Lopez, 4 guests at
 * 7 pm, outdoor seating.") said again with a second deed in a sentence of its own, which no step does. A request
 * whose verb is followed by a name rather than an article or pronoun ("Email Rossi a copy.", "Invite Rossi too."),
 * or opened by "Afterwards," is no request to the reading: the table is booked and the run reported done with the
 * second deed undone. `it.fails` marks a wrong action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';

const bookingForm = (sender: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Reserve a table' },
  { key: 'name', role: 'textbox', label: 'Name', attributes: { id: 'r-name' } },
  { key: 'guests', role: 'textbox', label: 'Guests', attributes: { id: 'r-guests' } },
  { key: 'time', role: 'combobox', label: 'Time', options: ['Choose…', '6 pm', '7 pm', '8 pm', '9 pm'], value: 'Choose…', attributes: { id: 'r-time' } },
  { key: 'indoor', role: 'radio', text: 'Indoor', group: 'Seating' },
  { key: 'outdoor', role: 'radio', text: 'Outdoor', group: 'Seating' },
  { key: 'go', role: 'button', text: sender },
];
const find = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const type = (label: string, text: string): Move => (observation) => ({ type: 'type', target: { elementId: find(observation, (element) => element.label === label).id }, text });
const choose = (option: string): Move => (observation) => ({ type: 'select', target: { elementId: find(observation, (element) => element.role === 'combobox').id }, option });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: find(observation, (element) => element.text === text).id } });

const DEMO = 'Book a table for Lopez, 4 guests at 7 pm, outdoor seating.';
const moves = [type('Name', 'Lopez'), type('Guests', '4'), choose('7 pm'), click('Outdoor'), click('Book')];

async function follows(task: string) {
  const demo = await demonstrate(bookingForm('Book'), DEMO, moves);
  const { operator, status, reason } = await follow(bookingForm('Reserve'), demo, task);
  return { status, reason, sent: operator.clicks.includes('go') };
}

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
