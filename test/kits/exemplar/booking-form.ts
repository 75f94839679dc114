/**
 * The table-booking form of the booking review probes — a name, a count of guests, a time chosen from a drop-down, a
 * seating radio, a last press ("Book" when demonstrated, "Reserve" when followed) — with the demonstration "Book a
 * table for Lopez, 4 guests at 7 pm, outdoor seating." recorded on it, and a new task followed on it.
 */
import type { Observation } from '../../../agent/core/observation.js';
import type { WidgetSpec } from './widget-page.js';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from './widget-runs.js';

export const bookingForm = (sender: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Reserve a table' },
  { key: 'name', role: 'textbox', label: 'Name', attributes: { id: 'r-name' } },
  { key: 'guests', role: 'textbox', label: 'Guests', attributes: { id: 'r-guests' } },
  { key: 'time', role: 'combobox', label: 'Time', options: ['Choose…', '6 pm', '7 pm', '8 pm', '9 pm'], value: 'Choose…', attributes: { id: 'r-time' } },
  { key: 'indoor', role: 'radio', text: 'Indoor', group: 'Seating' },
  { key: 'outdoor', role: 'radio', text: 'Outdoor', group: 'Seating' },
  { key: 'go', role: 'button', text: sender },
];
const find = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
const type = (label: string, text: string): WidgetMove => (observation) => ({ type: 'type', target: { elementId: find(observation, (element) => element.label === label).id }, text });
const choose = (option: string): WidgetMove => (observation) => ({ type: 'select', target: { elementId: find(observation, (element) => element.role === 'combobox').id }, option });
const click = (text: string): WidgetMove => (observation) => ({ type: 'click', target: { elementId: find(observation, (element) => element.text === text).id } });

export const BOOKING_DEMO = 'Book a table for Lopez, 4 guests at 7 pm, outdoor seating.';
const moves = [type('Name', 'Lopez'), type('Guests', '4'), choose('7 pm'), click('Outdoor'), click('Book')];

/** The demonstration recorded, then `task` followed on the form: the run's status and reason, whether the form was sent, the values it holds. */
export async function followBooking(task: string) {
  const demo = await demonstrateOnWidgets(bookingForm('Book'), BOOKING_DEMO, moves);
  const { operator, status, reason } = await followOnWidgets(bookingForm('Reserve'), demo, task);
  return { status, reason, sent: operator.clicks.includes('go'), values: Object.fromEntries(operator.values) };
}
