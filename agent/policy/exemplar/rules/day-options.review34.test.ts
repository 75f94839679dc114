/**
 * Review probes (session 34, review34) of rules/day-options.ts redatedOptionFor, followed end to end on a booking
 * form whose Day drop-down writes each day with its weekday ("Mon, 17 Mar"; March 3, 2025 a Monday): the option
 * showing the task's date is chosen whatever weekday the demonstrated option showed. Hostile: a task that keeps the
 * demonstration's weekday word beside a date of another weekday (a contradiction a person would ask about), a date
 * past the list, a number that is no day. `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { redatedOptionFor } from './day-options.js';

const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MARCH = Array.from({ length: 21 }, (_, index) => `${WEEK[index % 7]}, ${index + 3} Mar`);
const form = (): WidgetSpec[] => [
  { key: 'day', role: 'combobox', label: 'Day', options: ['Choose a day', ...MARCH], value: 'Choose a day', attributes: { id: 'day' } },
  { key: 'book', role: 'button', text: 'Book', attributes: { id: 'book' } },
];
const choose = (option: string): WidgetMove => (observation) => ({ type: 'select', target: { elementId: observation.elements.find((element) => element.label === 'Day')!.id }, option });
const press: WidgetMove = (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.role === 'button')!.id } });

async function follow(demoTask: string, task: string) {
  const demo = await demonstrateOnWidgets(form(), demoTask, [choose('Mon, 17 Mar'), press]);
  const run = await followOnWidgets(form(), demo, task);
  return { ...run, day: run.operator.values.get('day'), booked: run.operator.clicks.includes('book') };
}

describe('redated day option, followed: review34 probes', () => {
  it('chooses "Wed, 19 Mar" for March 19 after a demonstration on March 17', async () => {
    const run = await follow('Book a table on March 17.', 'Book a table on March 19.');
    expect(run.status, run.reason).toBe('success');
    expect(run.day).toBe('Wed, 19 Mar');
  });
  // The demonstration said the weekday; the task keeps "Monday" and moves the date to the 19th, a Wednesday. A person
  // asks which is meant; booking Wednesday drops the weekday the task said.
  // Wrong action: "Wed, 19 Mar" chosen and Book pressed, done — "Monday", said by both tasks, is aligned as shared
  // wording, so no binding holds a weekday and redatedOptionFor drops the weekday the task said.
  it.fails('wrong action: never books Wednesday 19 March for "Monday 19 March" (the weekday word shared, not bound)', async () => {
    const run = await follow('Book a table on Monday 17 March.', 'Book a table on Monday 19 March.');
    expect(run.booked && run.day === 'Wed, 19 Mar', run.reason).toBe(false);
  });
  it('never books a day for "March 30" (past the list)', async () => {
    const run = await follow('Book a table on March 17.', 'Book a table on March 30.');
    expect(run.booked, run.reason).toBe(false);
  });
  it('never reads the party size as the day ("for 19 people" beside an unchanged date)', async () => {
    const run = await follow('Book a table on March 17 for 4 people.', 'Book a table on March 17 for 19 people.');
    expect(['Choose a day', 'Mon, 17 Mar'], run.reason).toContain(run.day);
  });
  it('never redates for "the 19th or the 20th"', async () => {
    const run = await follow('Book a table on March 17.', 'Book a table on March 19 or 20.');
    expect(run.booked, run.reason).toBe(false);
  });
  // Pure: a made option whose weekday the task said anew ("Wed") — never redated to another date's weekday.
  it('redates nothing where the made text holds a weekday the bindings wrote', () => {
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 19 Mar', [{ old: '17', new: '19' }, { old: 'Mon', new: 'Mon' }], MARCH)).toBeUndefined();
  });
});
