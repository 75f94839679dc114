import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { derivationOf, taskNumbers } from './derived-values.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** A cart line: a caption with the price, a quantity field that holds a number, a confirm button, a total. */
function cart(quantity: number, caption = 'Update', price = 31): WidgetPageOperator {
  const widgets: WidgetSpec[] = [
    { key: 'item', role: 'text', text: `Tickets (${price} €)` },
    { key: 'qty', role: 'textbox', label: 'Qty', inputType: 'number' },
    { key: 'confirm', role: 'button', text: caption },
    { key: 'total', role: 'text', text: `Total: ${quantity * price} €` },
  ];
  const page = new WidgetPageOperator(widgets);
  page.values.set('qty', String(quantity));
  return page;
}

/** A person who types `typed` over the field and confirms. */
function demonstrate(page: WidgetPageOperator, task: string, typed: string, caption = 'Update') {
  return recordDemonstration(page, task, (observation, step) =>
    [
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Qty').id }, text: typed, replace: true },
      { type: 'click' as const, target: { elementId: find(observation, 'button', caption).id } },
    ][step],
  );
}

async function run(demo: Awaited<ReturnType<typeof demonstrate>>, page: WidgetPageOperator, task: string) {
  return new Runner({ operator: page, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
}

describe('numbers a demonstration worked out from the page and the task', () => {
  it('reads the numbers a task writes, in digits or as small number words', () => {
    expect(taskNumbers('Add 3 more tickets, then two mugs.')).toEqual([
      { text: '3', value: 3 },
      { text: 'two', value: 2 },
    ]);
  });

  it('finds typed = field value + task number, and recomputes it on a new page', async () => {
    const demo = await demonstrate(cart(4), 'Add 3 more tickets to the order, then click Update.', '7');
    const found = derivationOf(demo.steps[0]!, demo.task);
    expect(found).toMatchObject({ derived: { operation: 'plus', operand: { old: 3 }, page: { field: true }, demonstrated: { page: 4, typed: 7 } } });
    const plan = planDemonstration(demo, 'Add 5 more tickets to the order, then click OK.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.derived).toMatchObject({ operation: 'plus', operand: { new: 5 } });

    const page = cart(6, 'OK');
    const result = await run(demo, page, 'Add 5 more tickets to the order, then click OK.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('11');
    expect(page.clicks.at(-1)).toBe('confirm');
  });

  it('finds a decrease and a product, each from the field value', async () => {
    const lower = await demonstrate(cart(8), 'Lower the quantity by 2 and press Update.', '6');
    expect(derivationOf(lower.steps[0]!, lower.task)).toMatchObject({ derived: { operation: 'minus', operand: { old: 2 } } });
    const page = cart(9);
    const result = await run(lower, page, 'Lower the quantity by 4 and press Update.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('5');

    const times = await demonstrate(cart(4), 'Make it 3 times the quantity and press Update.', '12');
    expect(derivationOf(times.steps[0]!, times.task)).toMatchObject({ derived: { operation: 'times', operand: { old: 3 } } });
  });

  it('reads the page number from another text when the field explains nothing', async () => {
    // The field holds 0, which explains nothing; "Tickets (31 €)" shows the number the typed 34 was worked out from.
    const demo = await demonstrate(cart(0, 'Update', 31), 'Type the price plus 3 and press Update.', '34');
    const found = derivationOf(demo.steps[0]!, demo.task);
    expect(found).toMatchObject({ derived: { operation: 'plus', demonstrated: { page: 31, typed: 34 } } });
    expect(found && 'derived' in found && 'source' in found.derived.page ? found.derived.page.source.element.text : undefined).toBe('Tickets (31 €)');
  });

  it('does not read a number far from the field, and does not work out a number the page shows as it is', async () => {
    const far = new WidgetPageOperator([
      { key: 'qty', role: 'textbox', label: 'Qty' },
      { key: 'confirm', role: 'button', text: 'Update' },
      ...['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, role: 'text', text: '—' })),
      { key: 'stock', role: 'text', text: 'Stock: 31' },
    ]);
    const farDemo = await demonstrate(far, 'Type the stock plus 3 and press Update.', '34');
    expect(derivationOf(farDemo.steps[0]!, farDemo.task)).toBeUndefined();

    const withSeven = new WidgetPageOperator([{ key: 'hint', role: 'text', text: '7' }, { key: 'qty', role: 'textbox', label: 'Qty' }, { key: 'confirm', role: 'button', text: 'Update' }]);
    withSeven.values.set('qty', '4');
    const demo = await demonstrate(withSeven, 'Add 3 more tickets to the order, then click Update.', '7');
    const found = derivationOf(demo.steps[0]!, demo.task);
    expect(found && 'ambiguous' in found ? found.ambiguous : '').toMatch(/shown as it is on its page and also 4 \(the field's value\) \+ 3/);
  });

  it('refuses when two relations fit (2 + 2 and 2 × 2), naming both', async () => {
    const demo = await demonstrate(cart(2), 'Add 2 more tickets to the order, then click Update.', '4');
    const found = derivationOf(demo.steps[0]!, demo.task);
    expect(found && 'ambiguous' in found ? found.ambiguous : '').toMatch(/2 \(the field's value\) \+ 2 and also 2 \(the field's value\) × 2/);
    const page = cart(5);
    const result = await run(demo, page, 'Add 3 more tickets to the order, then click Update.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/how it was worked out is unclear/);
    expect(page.clicks).toEqual([]);
    expect(page.values.get('qty')).toBe('5');
  });

  it('refuses when the typed number is both the task\'s number and worked out from the page (a field that held 0)', async () => {
    const demo = await demonstrate(cart(0), 'Add 3 more tickets to the order, then click Update.', '3');
    const page = cart(4);
    const result = await run(demo, page, 'Add 5 more tickets to the order, then click Update.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/whether to type the task's number or work it out is unclear/);
    expect(page.values.get('qty')).toBe('4');
  });

  it('refuses when the new task words the change differently and not plainly ("Change … by 2" for "Increase … by 2")', async () => {
    // A plain other wording ("Lower … by 2", "I need 6") is followed: quantity-change.test.ts.
    const demo = await demonstrate(cart(5), 'Increase the quantity by 2 and press Update.', '7');
    const page = cart(5);
    const result = await run(demo, page, 'Change the quantity by 2 and press Update.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/words the change differently/);
    expect(page.values.get('qty')).toBe('5');
    expect(page.clicks).toEqual([]);
  });

  it('refuses when the field holds no number on the new page', async () => {
    const demo = await demonstrate(cart(4), 'Add 3 more tickets to the order, then click Update.', '7');
    const page = cart(4);
    page.values.set('qty', '');
    const result = await run(demo, page, 'Add 5 more tickets to the order, then click Update.');
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/holds no number now/);
    expect(page.clicks).toEqual([]);
  });

  it('leaves a number the task gives outright to the usual rewriting', async () => {
    const demo = await demonstrate(cart(4), 'Set the number of tickets to 9 and click Update.', '9');
    expect(derivationOf(demo.steps[0]!, demo.task)).toBeUndefined();
    const page = cart(2);
    const result = await run(demo, page, 'Set the number of tickets to 12 and click Update.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('12');
  });
});
