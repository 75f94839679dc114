import { describe, expect, it } from 'vitest';
import { planDemonstration, refineBinding } from './plan-demonstration.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { Runner } from '../../runner/runner.js';
import { numberWordValue, numberWordsIn } from './number-words.js';
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

describe('planDemonstration: a name typed as its parts', () => {
  it('binds a full name word by word when the demonstration typed forename and surname apart', async () => {
    const page: WidgetSpec[] = [
      { key: 'forename', role: 'textbox', label: 'Forename' },
      { key: 'surname', role: 'textbox', label: 'Surname' },
      { key: 'join', role: 'button', text: 'Join' },
    ];
    const task = (name: string) => `Register ${name} today.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page), task('Ingrid Kowal'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Forename').id }, text: 'Ingrid' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Surname').id }, text: 'Kowal' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Join').id } },
      ][step],
    );
    const plan = planDemonstration(demo, task('Sofia Ferrara'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.bindings).toEqual(expect.arrayContaining([{ old: 'Ingrid', new: 'Sofia' }, { old: 'Kowal', new: 'Ferrara' }]));
    // A name of another length has no part-by-part counterpart: still unused.
    expect(planDemonstration(demo, task('Sofia Maria Ferrara')).unusedSlots).toHaveLength(1);
  });

  it('binds the name of a "name, e-mail" pair word by word too, and types both into the fields (comma-joined values of two kinds)', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'first', role: 'textbox', label: 'First name' },
      { key: 'last', role: 'textbox', label: 'Last name' },
      { key: 'email', role: 'textbox', label: 'Email' },
      { key: 'join', role: 'button', text: 'Join' },
    ];
    const task = (who: string) => `Please sign me up. I'm ${who} - thanks.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('Kenji Pike, kenji.pike@posteo.net'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'First name').id }, text: 'Kenji' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Last name').id }, text: 'Pike' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Email').id }, text: 'kenji.pike@posteo.net' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Join').id } },
      ][step],
    );
    const next = task('Tariq Osei, tariq.osei@example.org');
    const plan = planDemonstration(demo, next);
    expect(plan.unusedSlots).toEqual([]);
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const operator = new WidgetPageOperator(page());
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(next);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect([operator.values.get('first'), operator.values.get('last'), operator.values.get('email')]).toEqual(['Tariq', 'Osei', 'tariq.osei@example.org']);
    // A name of another length has no part-by-part counterpart: the pair stays unused, never half-typed.
    expect(planDemonstration(demo, task('Tariq Ali Osei, tariq.osei@example.org')).unusedSlots).toHaveLength(1);
  });
});

describe('planDemonstration: a value of several words bound word by word', () => {
  const page = (): WidgetSpec[] => [
    { key: 'count', role: 'textbox', label: 'How many' },
    { key: 'small', role: 'radio', text: 'Small', parent: 'size' },
    { key: 'medium', role: 'radio', text: 'Medium', parent: 'size', checked: true },
    { key: 'large', role: 'radio', text: 'Large', parent: 'size' },
    { key: 'order', role: 'button', text: 'Order' },
  ];
  const task = (what: string) => `Order ${what} for the party.`;

  it('types the digits of a number word and clicks the new size (count typed, size clicked)', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('4 large pizzas'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: '4' },
        { type: 'click' as const, target: { elementId: find(observation, 'radio', 'Large').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Order').id } },
      ][step],
    );
    const plan = planDemonstration(demo, task('one small pizza'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.bindings).toEqual(expect.arrayContaining([{ old: '4', new: '1' }, { old: 'large', new: 'small' }]));
    const operator = new WidgetPageOperator(page());
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task('one small pizza'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('count')).toBe('1');
    expect(operator.checked.has('small')).toBe(true);
  });

  it('leaves the value unused when a differing word was never acted on (the size was preselected)', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('4 medium pizzas'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: '4' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Order').id } },
      ][step],
    );
    const plan = planDemonstration(demo, task('two small pizzas'));
    // The count is read apart from the size (count-slots.ts): the size the demonstration never chose stays unused.
    expect(plan.unusedSlots.map((slot) => slot.new)).toEqual([['small']]);
    expect(plan.problems.some((problem) => problem.blocking)).toBe(true);
  });

  it('reads small number words as digits', () => {
    expect(numberWordValue('Five')).toBe('5');
    expect(numberWordValue('fifty')).toBeUndefined();
    expect(numberWordsIn('send one pizza to two people, someone said')).toEqual(['1', '2']);
  });
});

describe('refineBinding', () => {
  it('drops the words both values share at their ends', () => {
    expect(refineBinding('department Press', 'department Legal')).toEqual({ old: 'Press', new: 'Legal' });
    expect(refineBinding('New York', 'New Delhi')).toEqual({ old: 'York', new: 'Delhi' });
    expect(refineBinding('Ann', 'Bob')).toEqual({ old: 'Ann', new: 'Bob' });
  });
});
