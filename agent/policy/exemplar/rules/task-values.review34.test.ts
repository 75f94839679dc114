/**
 * Review probes (session 34, review34) of rules/task-values.ts's count-word guard (a count written as a word that the
 * alignment left as wording is a value with no counterpart; only where the demonstration's task has no number the
 * slots leave free), followed end to end on a flight search: the demonstration typed the city and pressed Search,
 * leaving Passengers as the page preset it ("2 adults"). Hostile: the new page presets another count, the count said
 * as a word or in digits, the demonstration's own number free beside it. `it.fails` marks a wrong action.
 */
import { describe, expect, it } from 'vitest';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

const PASSENGERS = ['1 adult', '2 adults', '3 adults', '4 adults'];
const form = (preset: string): WidgetSpec[] => [
  { key: 'to', role: 'textbox', label: 'To', attributes: { id: 'to' } },
  { key: 'passengers', role: 'combobox', label: 'Passengers', options: PASSENGERS, value: preset, attributes: { id: 'passengers' } },
  { key: 'search', role: 'button', text: 'Search', attributes: { id: 'search' } },
];
const typeTo = (text: string): WidgetMove => (observation) => ({ type: 'type', target: { elementId: observation.elements.find((element) => element.label === 'To')!.id }, text });
const press: WidgetMove = (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.role === 'button')!.id } });

async function follow(demoTask: string, task: string, preset = '1 adult') {
  const demo = await demonstrateOnWidgets(form('2 adults'), demoTask, [typeTo('Rome'), press]);
  const run = await followOnWidgets(form(preset), demo, task);
  return { ...run, searched: run.operator.clicks.includes('search'), passengers: run.operator.values.get('passengers') };
}

describe('count words the demonstration never set, followed: review34 probes', () => {
  const check = async (demoTask: string, task: string) => {
    const run = await follow(demoTask, task);
    expect(run.searched && run.passengers !== '3 adults', `${run.passengers} to=${run.operator.values.get('to')}: ${run.reason}`).toBe(false);
  };
  for (const [demoTask, task] of [
    ['Search flights to Rome for 2 of us.', 'Search flights to Paris for three of us.'],
    ['Search flights to Rome for 2 of us.', 'Search flights to Paris for 3 of us.'],
    ['Search flights to Rome for the 2 of us.', 'Search flights to Paris for the three of us.'],
  ] as const) {
    it(`never searches for the preset "1 adult" for "${task}" after "${demoTask}"`, () => check(demoTask, task));
  }
  // Wrong actions: "Paris for three of us" typed into To (the city slot, last in the demonstration's sentence, takes the
  // words after it) and Search pressed with the preset "1 adult", done. The count-word guard never sees "three": it is
  // inside a slot's value, not wording left over; the same with digits ("3 of us"), and beside a free "2 bags".
  for (const [demoTask, task] of [
    ['Search flights to Rome.', 'Search flights to Paris for three of us.'],
    ['Search flights to Rome.', 'Search flights to Paris for 3 of us.'],
    ['Search flights to Rome, 2 bags.', 'Search flights to Paris for three of us, 2 bags.'],
  ] as const) {
    it.fails(`wrong action: never searches for the preset "1 adult" for "${task}" after "${demoTask}"`, () => check(demoTask, task));
  }
  it('searches for "Paris" with the preset count kept where neither task says a count', async () => {
    const run = await follow('Search flights to Rome.', 'Search flights to Paris.');
    expect(run.status, run.reason).toBe('success');
    expect(run.operator.values.get('to')).toBe('Paris');
  });
});
