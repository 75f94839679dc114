import { describe, expect, it } from 'vitest';
import { planDemonstration, refineBinding } from './plan-demonstration.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const formPage = (): WidgetSpec[] => [
  { key: 'name', role: 'textbox', label: 'Name' },
  { key: 'email', role: 'textbox', label: 'Email' },
  { key: 'department', role: 'combobox', label: 'Department', options: ['Press', 'Legal', 'Sales'] },
  { key: 'send', role: 'button', text: 'Send' },
];
const formTask = (name: string, email: string, department: string) => `Send the form as ${name}, ${email}, department ${department}.`;

describe('planDemonstration', () => {
  it('binds a tuple item by item when the demonstration did different things with each item', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(formPage()), formTask('Lena Tanaka', 'lena@example.org', 'Press'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Name').id }, text: 'Lena Tanaka' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Email').id }, text: 'lena@example.org' },
        { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Press' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Send').id } },
      ][step],
    );
    const plan = planDemonstration(demo, formTask('Nadia Patel', 'nadia@example.org', 'Legal'));
    expect(plan.steps).toHaveLength(4);
    expect(plan.steps[0]!.bindings).toEqual(
      expect.arrayContaining([
        { old: 'Lena Tanaka', new: 'Nadia Patel' },
        { old: 'lena@example.org', new: 'nadia@example.org' },
        { old: 'Press', new: 'Legal' },
      ]),
    );
    expect(plan.notes.join(' ')).not.toContain('repeats');
    expect(plan.unusedSlots).toEqual([]);
    expect(plan.fit).toBeGreaterThan(0.7);
  });

  it('lowers the fit of a demonstration that never used a slot', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator([{ key: 'ok', role: 'button', text: 'OK' }]), 'Greet "Ann" then press OK.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'OK').id } } : undefined,
    );
    const plan = planDemonstration(demo, 'Greet "Bob" then press OK.');
    expect(plan.unusedSlots.map((slot) => slot.old)).toEqual([['Ann']]);
    expect(plan.fit).toBeCloseTo(plan.alignment.score * 0.5, 5);
  });
});

describe('refineBinding', () => {
  it('drops the words both values share at their ends', () => {
    expect(refineBinding('department Press', 'department Legal')).toEqual({ old: 'Press', new: 'Legal' });
    expect(refineBinding('New York', 'New Delhi')).toEqual({ old: 'York', new: 'Delhi' });
    expect(refineBinding('Ann', 'Bob')).toEqual({ old: 'Ann', new: 'Bob' });
  });
});
