/**
 * review29c probes (clock-hour, typed-values): a list of 1–12 that counts something other than hours (guests,
 * a duration, a month) is no hour list because a time's hour happens to match its chosen number; and a typed or chosen
 * number is no task value because it happens to be a task time's hour. Each test fails where the policy would act wrongly.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { groundStep } from '../ground-step.js';
import { clockHourFor } from './clock-hour.js';
import { typedValueProblem } from './typed-values.js';

const TWELVE = Array.from({ length: 12 }, (_, index) => String(index + 1));
const MINUTES = ['00', '15', '30', '45'];
const select = (id: number, label: string, options: string[], value: string): UIElement =>
  ({ id, role: 'combobox', tag: 'select', text: value, label, options, value, states: {}, box: { x: 40, y: 20 * id, width: 60, height: 20 }, source: 'dom', interactive: true, attributes: { 'aria-label': label } }) as UIElement;
const half = (id: number, text: string, checked: boolean): UIElement =>
  ({ id, role: 'button', tag: 'button', text, states: { checked }, box: { x: 120 + 20 * id, y: 40, width: 18, height: 16 }, source: 'dom', interactive: true }) as UIElement;
/** A table-booking form: Guests 1–12, then the time as Hour 1–12, Minutes and an AM / PM pair. */
const form = (guests: string, hour: string, pm: boolean): UIElement[] => [
  select(3, 'Guests', TWELVE, guests),
  select(5, 'Hour', TWELVE, hour),
  select(6, 'Minutes', MINUTES, '00'),
  half(8, 'AM', !pm),
  half(9, 'PM', pm),
];

describe('review29c: a 1–12 list of guests is no hour list', () => {
  // Demonstrated: "Book a table for 2 people at 2:30 PM." — "2" chosen in Guests (then the time set).
  const demoPage = form('1', '12', false);
  const chooseGuests: Step = { index: 0, observation: { text: '', elements: demoPage }, action: { type: 'select', target: { elementId: 3 }, option: '2' }, targets: [{ ...demoPage[0]! }], timings: {} } as Step;
  const demoTask = 'Book a table for 2 people at 2:30 PM.';
  // New task: "Book a table for 4 people at 7:30 PM." — the bindings the plan holds.
  const bindings = [{ old: '2:30 PM', new: '7:30 PM' }, { old: '2', new: '4' }];

  it('clockHourFor leaves the Guests list alone (its "2" is a number of people, not the hour of 2:30 PM)', () => {
    const page = form('1', '12', false);
    expect(clockHourFor('2', TWELVE, bindings, page[0]!, page)).toBeUndefined();
  });
  it('groundStep chooses 4 guests, never 7 (nor presses PM for the Guests step)', () => {
    const page = form('1', '12', false);
    const grounding = groundStep({ sourceIndex: 0, step: chooseGuests, bindings }, page, demoTask);
    expect(grounding.ok && 'action' in grounding ? grounding.action : grounding).not.toMatchObject({ type: 'select', option: '7' });
  });
  it('a duration list of 1–12 hours is no clock either ("for 3 hours" at 3:00 PM → "for 2 hours" at 10:00 AM)', () => {
    const page = [select(4, 'Duration (hours)', TWELVE, '1'), ...form('2', '9', false).slice(1)];
    expect(clockHourFor('3', TWELVE, [{ old: '3:00 PM', new: '10:00 AM' }, { old: '3', new: '2' }], page[0]!, page)).toBeUndefined();
  });
});

describe('review29c: a number the task does not give is not given by a task time whose hour it happens to be', () => {
  it('"3" guests typed from the demonstration\'s task is refused when the new task only says "15:00"', () => {
    // The demonstration typed 3 into Guests from "for 3 guests"; the new task gives no guest count, only the time 15:00.
    const problem = typedValueProblem({ demonstrated: '3', demoTask: 'Book a table for 3 guests at 19:30.', text: '3', task: 'Book a table at 15:00.', elements: [] });
    expect(problem).toMatch(/does not give/);
  });
});
