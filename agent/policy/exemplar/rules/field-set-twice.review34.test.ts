/**
 * Review probes (session 34, review34) of rules/field-set-twice.ts and typed-not-place's reading of a chosen option
 * as a value, followed end to end on a party form of two 0–9 drop-downs (Adults, Children) and a closing button:
 * the demonstration "Set Children to 0 and set Adults to 1, then press Go." Hostile: equal values, fields shown in
 * the other order, a third field, a count the task gives for one field only. `it.fails` marks a wrong action or a
 * false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const OPTIONS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const adults = (at: string): WidgetSpec => ({ key: 'adults', role: 'combobox', label: 'Adults', options: OPTIONS, value: at, attributes: { id: 'adults' } });
const children = (at: string): WidgetSpec => ({ key: 'children', role: 'combobox', label: 'Children', options: OPTIONS, value: at, attributes: { id: 'children' } });
const infants = (at: string): WidgetSpec => ({ key: 'infants', role: 'combobox', label: 'Infants', options: OPTIONS, value: at, attributes: { id: 'infants' } });
const go = (caption: string): WidgetSpec => ({ key: 'go', role: 'button', text: caption, attributes: { id: 'done' } });
const choose = (label: string, option: string): WidgetMove => (observation) => ({
  type: 'select',
  target: { elementId: observation.elements.find((element) => element.label === label)!.id },
  option,
});
const press: WidgetMove = (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.role === 'button')!.id } });

async function follow(task: string, page: WidgetSpec[]) {
  const demo = await demonstrateOnWidgets([adults('3'), children('2'), go('Go')], 'Set Children to 0 and set Adults to 1, then press Go.', [choose('Adults', '1'), choose('Children', '0'), press]);
  const run = await followOnWidgets(page, demo, task);
  return { ...run, values: Object.fromEntries(run.operator.values), pressed: run.operator.clicks.includes('go') };
}

describe('field set twice, followed: review34 probes', () => {
  it('sets the same count into both fields ("2 and 2")', async () => {
    const run = await follow('Set Adults to 2 and set Children to 2, then press Done.', [adults('0'), children('0'), go('Done')]);
    expect(run.status, run.reason).toBe('success');
    expect(run.values).toMatchObject({ adults: '2', children: '2' });
  });
  it('sets each count into its own field when the page shows Children above Adults', async () => {
    const run = await follow('Set Adults to 2 and set Children to 1, then press Done.', [children('0'), adults('0'), go('Done')]);
    expect(run.pressed ? run.values : { adults: '2', children: '1' }, run.reason).toMatchObject({ adults: '2', children: '1' });
  });
  it('never presses Done with a count in the wrong field when a field that was 1 on the demonstration is the new value', async () => {
    // The new Adults value is the old Children value and back: 1 → 0, 0 → 1.
    const run = await follow('Set Children to 1 and set Adults to 0, then press Done.', [adults('3'), children('2'), go('Done')]);
    expect(run.pressed ? run.values : { adults: '0', children: '1' }, run.reason).toMatchObject({ adults: '0', children: '1' });
  });
  it('never sets Infants for a count the demonstration put in Children', async () => {
    const run = await follow('Set Infants to 1 and set Adults to 2, then press Done.', [adults('0'), children('0'), infants('0'), go('Done')]);
    expect(run.values.infants === '1' && run.values.children === '1', run.reason).toBe(false);
    if (run.pressed) expect(run.values).toMatchObject({ adults: '2', infants: '1', children: '0' });
  });
  it('presses nothing when the task gives only the Adults count and Children shows 3', async () => {
    const run = await follow('Set Adults to 2, then press Done.', [adults('0'), children('3'), go('Done')]);
    if (run.pressed) expect(run.values.adults, run.reason).toBe('2');
    expect(run.values.children === '1' || run.values.children === '2').toBe(false);
  });
  // The values said as words: each still into its own field.
  it('sets "two adults and one child" said in words, each into its own field', async () => {
    const run = await follow('Set Adults to two and set Children to one, then press Done.', [adults('0'), children('0'), go('Done')]);
    expect(run.pressed ? run.values : { adults: '2', children: '1' }, run.reason).toMatchObject({ adults: '2', children: '1' });
  });
});
