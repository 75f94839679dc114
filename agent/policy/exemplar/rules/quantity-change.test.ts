import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { changeAsked } from './quantity-change.js';
import { changeWords } from './change-words.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** A cart line: a caption with the price, a quantity field holding a number, a confirm button. */
function cart(quantity: number, caption = 'Update'): WidgetPageOperator {
  const widgets: WidgetSpec[] = [
    { key: 'item', role: 'text', text: 'Seats (12 €)' },
    { key: 'qty', role: 'textbox', label: 'Qty', inputType: 'number' },
    { key: 'confirm', role: 'button', text: caption },
  ];
  const page = new WidgetPageOperator(widgets);
  page.values.set('qty', String(quantity));
  return page;
}

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

const asked = (task: string) => changeAsked(task, changeWords(task));

describe('a quantity change worded differently from the demonstration', () => {
  it('reads what a task asks of the quantity only when it says one thing plainly', () => {
    expect(asked('I need 6 seats. Change the quantity and press OK.')).toEqual({ kind: 'to', value: 6, text: '6' });
    expect(asked('Set the number of lamps to twelve and click OK.')).toMatchObject({ kind: 'to', value: 12 });
    expect(asked('Add 3 more tickets to the order, then click Update.')).toMatchObject({ kind: 'plus', value: 3 });
    expect(asked('Remove two of the mugs, then click OK.')).toMatchObject({ kind: 'minus', value: 2 });
    // An amount after "by" with a target word, two numbers, or mixed words: nothing plain.
    expect(asked('Change the quantity by 2 and press OK.')).toBeUndefined();
    expect(asked('Add 2 more and remove 1, then click OK.')).toBeUndefined();
    expect(asked('Set 3 seats to 5 and click OK.')).toBeUndefined();
  });

  it('types the number a task names as its target ("I need 6") after a demonstration that worked its number out', async () => {
    const demo = await demonstrate(cart(8), 'Lower the quantity by 2 and press Update.', '6');
    const plan = planDemonstration(demo, 'I need 11 seats. Change the quantity and press Update.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.typeText).toBe('11');
    const page = cart(3);
    const result = await run(demo, page, 'I need 11 seats. Change the quantity and press Update.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('11');
    expect(page.clicks.at(-1)).toBe('confirm');
  });

  it('adds where the demonstration took away, when each task says so plainly', async () => {
    const demo = await demonstrate(cart(5), 'Increase the quantity by 2 and press Update.', '7');
    const page = cart(9);
    const result = await run(demo, page, 'Lower the quantity by 4 and press Update.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('5');
  });

  it('works out a change after a demonstration that typed its target ("Set … to 9")', async () => {
    const demo = await demonstrate(cart(4), 'Set the quantity to 9 and press Update.', '9');
    const plan = planDemonstration(demo, 'Set the quantity to 3, adding 2 more, and press Update.');
    // Two numbers in the new task: nothing plain, the step is no worked-out number.
    expect(plan.steps[0]!.derived).toBeUndefined();

    const added = planDemonstration(demo, 'Increase the quantity by 2 and press Update.');
    expect(added.steps[0]!.derived).toMatchObject({ operation: 'plus', operand: { new: 2 }, page: { field: true } });
    const page = cart(6);
    const result = await run(demo, page, 'Increase the quantity by 2 and press Update.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.values.get('qty')).toBe('8');
  });

  it('refuses a demonstration whose arithmetic its own words do not explain, for a task worded another way', async () => {
    // "Increase" but typed 3 = 5 − 2: the words were not understood, so "Lower" is not followed either.
    const demo = await demonstrate(cart(5), 'Increase the quantity by 2 and press Update.', '3');
    const page = cart(9);
    const result = await run(demo, page, 'Lower the quantity by 4 and press Update.');
    expect(result.outcome.status).not.toBe('success');
    expect(page.values.get('qty')).toBe('9');
    expect(page.clicks).toEqual([]);
  });
});
