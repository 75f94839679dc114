/**
 * Review probes (session 34, review34) of rules/date-formats.ts: a time said with am / pm and no colon ("4.30pm",
 * "10am") is a time, and a time shown as a range ("11:30–12:30") moves whole. Followed end to end on a slot picker of
 * range buttons and a Confirm button; hostile: slots of bare hours ("10–11"), slots of another length, a time said
 * without am / pm, a price beside the time. `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { dateTimeBindings, timeOf } from './date-formats.js';

const picker = (slots: string[]): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Pottery taster — pick a slot' },
  ...slots.map((slot) => ({ key: slot, role: 'button', text: slot, attributes: { class: 'slot' } })),
  { key: 'confirm', role: 'button', text: 'Confirm', attributes: { id: 'confirm' } },
];
const tap = (caption: string): WidgetMove => (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.text === caption)!.id } });

async function follow(slots: string[], demoTask: string, demoSlot: string, task: string) {
  const demo = await demonstrateOnWidgets(picker(slots), demoTask, [tap(demoSlot), tap('Confirm')]);
  const run = await followOnWidgets(picker(slots), demo, task);
  return { ...run, slots: run.operator.clicks.filter((key) => key !== 'confirm'), confirmed: run.operator.clicks.includes('confirm') };
}
const HOURLY = ['9:30–10:30', '11:30–12:30', '14:30–15:30', '15:30–16:30', '16:30–17:30'];

describe('times and ranges, followed: review34 probes that hold', () => {
  it('books "16:30–17:30" for "4.30pm" after a demonstration on "11:30"', async () => {
    const run = await follow(HOURLY, 'Book the 11:30 pottery taster.', '11:30–12:30', 'Book the 4.30pm pottery taster.');
    expect(run.status, run.reason).toBe('success');
    expect(run.slots).toEqual(['16:30–17:30']);
  });
  it('never books the slot ending at 16:30 for "4.30pm"', async () => {
    const run = await follow(['9:30–10:30', '11:30–12:30', '15:30–16:30'], 'Book the 11:30 pottery taster.', '11:30–12:30', 'Book the 4.30pm pottery taster.');
    expect(run.slots, run.reason).not.toContain('15:30–16:30');
  });
  it('books nothing for "4.30" without am / pm (4:30 or 16:30 is a guess)', async () => {
    const run = await follow(HOURLY, 'Book the 11:30 pottery taster.', '11:30–12:30', 'Book the 4.30 pottery taster.');
    expect(run.confirmed, run.reason).toBe(false);
  });
  it('never books 14:30 for "2.30pm-ish"', async () => {
    const run = await follow(HOURLY, 'Book the 11:30 pottery taster.', '11:30–12:30', 'Book the pottery taster at 2.30pm-ish, or whatever is near.');
    expect(run.confirmed, run.reason).toBe(false);
  });
});

describe('times and ranges, followed: review34 hostile pages', () => {
  // Slots of bare hours ("10–11"): the demonstration asked "10am" and clicked "10–11"; the task asks "2pm". The time
  // reading binds nothing (dateTimeBindings('10am', '2pm', ['10–11']) is no binding), so the step's "10–11" is kept.
  it('never books "10–11" for "2pm" on a page of bare-hour slots', async () => {
    const run = await follow(['9–10', '10–11', '14–15', '15–16'], 'Book the 10am pottery taster.', '10–11', 'Book the 2pm pottery taster.');
    expect(run.slots, run.reason).not.toContain('10–11');
  });
  it('binds nothing sure for "2pm" on a bare-hour range (none, or "14–15")', () => {
    const read = dateTimeBindings('10am', '2pm', ['10–11']);
    const bindings = read && 'bindings' in read ? read.bindings : [];
    expect(bindings.every((binding) => binding.new === '14–15'), JSON.stringify(read)).toBe(true);
  });
  // Slots of 90 minutes here, 60 on the demonstration's page: the range made ("16:30–17:30") is not on the page.
  it('books only a slot starting at 16:30 for "4.30pm" where slots last 90 minutes here (or refuses)', async () => {
    const demo = await demonstrateOnWidgets(picker(HOURLY), 'Book the 11:30 pottery taster.', [tap('11:30–12:30'), tap('Confirm')]);
    const run = await followOnWidgets(picker(['10:00–11:30', '13:00–14:30', '16:30–18:00']), demo, 'Book the 4.30pm pottery taster.');
    // Refusing is the safe answer here (the slot's length differs); never a slot not starting at 16:30.
    expect(run.operator.clicks.filter((key) => key !== 'confirm' && key !== '16:30–18:00'), run.reason).toEqual([]);
  });
  it('reads "12.30am" as half past midnight and "12pm"-style noon right, and no "4.60pm"', () => {
    expect(timeOf('12.30am')).toEqual({ hour: 0, minute: 30 });
    expect(timeOf('12pm')).toEqual({ hour: 12, minute: 0 });
    expect(timeOf('4.60pm')).toBeUndefined();
  });
  // A price written like a time beside the slot time: "£11.30" is no time and binds nothing.
  it('never rewrites a price "£11.30" as a time', () => {
    const read = dateTimeBindings('11:30', '5pm', ['£11.30', '11:30']);
    expect(read && 'bindings' in read ? read.bindings.map((binding) => binding.old) : [], JSON.stringify(read)).not.toContain('£11.30');
  });
});
