/**
 * A count the task gives with what it counts goes into the field that noun
 * labels — never into another noun's field, even when both fields took the
 * same number in the demonstration; a count whose noun labels no field, or
 * two, is refused.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../core/observation.js';
import { type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';
import { planDemonstration } from '../plan-demonstration.js';

const form = (labels: [string, string] = ['Adults', 'Children']): WidgetSpec[] => [
  { key: 'adults', role: 'textbox', label: labels[0], value: '1' },
  { key: 'children', role: 'textbox', label: labels[1], value: '0' },
  { key: 'ok', role: 'button', text: 'OK' },
];

const by = (observation: Observation, test: (element: Observation['elements'][number]) => boolean) => observation.elements.find(test)!;
/** Types into the first or second field, whatever its label. */
const type = (key: 'adults' | 'children', text: string): Move => (observation) => ({ type: 'type', target: { elementId: observation.elements.filter((element) => element.role === 'textbox')[key === 'adults' ? 0 : 1]!.id }, text, replace: true });
const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: by(observation, (element) => element.text === text).id } });

describe('counted fields', () => {
  it('types each count into the field its noun labels, the list read item by item ("4 adults and 1 children")', async () => {
    const demo = await demonstrate(form(), 'Book for 4 adults and 1 children, then press OK.', [type('adults', '4'), type('children', '1'), click('OK')]);
    const { operator, status } = await follow(form(), demo, 'Book for 1 adults and 2 children, then press OK.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ adults: '1', children: '2' });
  });

  it('tells fields that took the same number apart by their labels, in any order and wording', async () => {
    const demo = await demonstrate(form(), 'Book for 2 adults and 2 children, then press OK.', [type('adults', '2'), type('children', '2'), click('OK')]);
    const { operator, status } = await follow(form(), demo, 'Book for 1 child and three adults, then press OK.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ adults: '3', children: '1' });
    const plan = planDemonstration(demo, 'Book for adults: 5, children: 2, then press OK.', undefined);
    // Adults 2 → 5; the children's 2 stays 2 (no binding rewrites it).
    expect(plan.steps.filter((planned) => planned.step.action.type === 'type').map((planned) => planned.bindings)).toEqual([[{ old: '2', new: '5' }], []]);
  });

  it('refuses a count whose noun labels no field the demonstration filled, and never types it elsewhere', async () => {
    const demo = await demonstrate(form(), 'Book for 2 adults and 2 children, then press OK.', [type('adults', '2'), type('children', '2'), click('OK')]);
    const plan = planDemonstration(demo, 'Book for 2 adults and 3 kids, then press OK.', undefined);
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
    const { operator, status } = await follow(form(), demo, 'Book for 2 adults and 3 kids, then press OK.');
    expect(status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
    expect(operator.values.get('children')).not.toBe('3');
  });

  it('refuses a field whose label names two counted nouns', async () => {
    const labels: [string, string] = ['Adults', 'Adults and children'];
    const demo = await demonstrate(form(labels), 'Book for 2 adults and 4 children, then press OK.', [type('adults', '2'), type('children', '4'), click('OK')]);
    const plan = planDemonstration(demo, 'Book for 3 adults and 5 children, then press OK.', undefined);
    expect(plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text).join(' ')).toMatch(/names "adults" and "children"/);
  });

  it('leaves the plain bindings where no field is labelled by what the task counts ("Order 3 mugs" into Quantity)', async () => {
    const widgets: WidgetSpec[] = [{ key: 'quantity', role: 'textbox', label: 'Quantity', value: '1' }, { key: 'ok', role: 'button', text: 'OK' }];
    const demo = await demonstrate(widgets, 'Order 3 mugs, then press OK.', [(observation) => ({ type: 'type', target: { elementId: by(observation, (element) => element.label === 'Quantity').id }, text: '3', replace: true }), click('OK')]);
    const { operator, status } = await follow(widgets, demo, 'Order 5 mugs, then press OK.');
    expect(status).toBe('success');
    expect(operator.values.get('quantity')).toBe('5');
  });
});

describe('a count the demonstration left as it was', () => {
  it('is unused, not carried out by the place of the button pressed (the 1st button for "1 adults")', async () => {
    const demo = await demonstrate(form(), 'Book for 1 adults and 0 children, then press OK.', [click('OK')]);
    const plan = planDemonstration(demo, 'Book for 2 adults and 0 children, then press OK.', undefined);
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
    // On a page: the field its noun labels, left showing 1, is typed over (rules/left-fields.ts) — never the 1st button pressed.
    const { operator, status } = await follow(form(), demo, 'Book for 2 adults and 0 children, then press OK.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ adults: '2', children: '0' });
    expect(operator.clicks).toEqual(['ok']);
  });

  it('reads nouns swapped by the sentence order ("Set Adults …, set Children …" / "Set Children …, set Adults …") as each count by its noun, no renamed field', async () => {
    const demo = await demonstrate(form(), 'Set Adults to 4 and set Children to 1, then press OK.', [type('adults', '4'), type('children', '1'), click('OK')]);
    const { operator, status } = await follow(form(), demo, 'Set Children to 2 and set Adults to 3, then press OK.');
    expect(status).toBe('success');
    expect(Object.fromEntries(operator.values)).toMatchObject({ adults: '3', children: '2' });
    // A noun the new task counts that no field is labelled by is still no swap: refused, never typed into Children.
    const plan = planDemonstration(demo, 'Set Kids to 2 and set Adults to 3, then press OK.', undefined);
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
  });
});
