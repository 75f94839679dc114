/**
 * Review 29b probe (seen on development page pantry-stock, seeds 13 and 14 of /tmp/review29b-run1; it fails on
 * trial29c and on 3028d45 before the branches under review): "Three fewer peppers and add three more apples, then click
 * Update." followed with the demonstration "Add two more apples, then click Update." was judged the same kind of task
 * (fit 0.82, one slot "two" → "three"), so the policy pressed apples "+" three times and "Update" — the peppers clause
 * dropped unsaid, a basket the page scored −1. A person asked two changes makes both or asks how. Refused since by
 * rules/unplanned-item.ts (a row the task names that no step acts on); the near cases below hold it both ways.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/observation.js';
import { planDemonstration } from './plan-demonstration.js';
import { recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

/** A pantry list as pantry-stock shows it: per row "<Food>", "−", the count, "+"; an "Update" button under it. */
const pantry = (rows: [string, number][]): WidgetSpec[] => [
  ...rows.flatMap(([name, count]): WidgetSpec[] => {
    const key = name.toLowerCase();
    return [
      { key, role: 'group', text: `${name} − ${count} +` },
      { key: `${key}-name`, role: 'text', text: name, parent: key, attributes: { class: 'item' } },
      { key: `${key}-less`, role: 'button', text: '−', parent: key, x: 100, attributes: { class: 'less', type: 'button' } },
      { key: `${key}-count`, role: 'text', text: String(count), parent: key, x: 120, attributes: { class: 'count' } },
      { key: `${key}-more`, role: 'button', text: '+', parent: key, x: 136, attributes: { class: 'more', type: 'button' } },
    ];
  }),
  { key: 'confirm', role: 'button', text: 'Update', attributes: { id: 'confirm', type: 'button' } },
];
const plus = (observation: Observation, row: string) => {
  const group = observation.elements.find((element) => element.role === 'group' && element.text.startsWith(row))!;
  return observation.elements.find((element) => element.parentId === group.id && element.text === '+')!.id;
};

describe('review29b: a task clause the demonstration has no step for', () => {
  const rows: [string, number][] = [['Apples', 4], ['Peppers', 4], ['Carrots', 6], ['Onions', 4], ['Lemons', 5]];
  const addApples = (demoTask: string) =>
    recordDemonstration(new WidgetPageOperator(pantry(rows)), demoTask, (observation, step) => {
      if (step < 2) return { type: 'click', target: { elementId: plus(observation, 'Apples') } };
      if (step === 2) return { type: 'click', target: { elementId: observation.elements.find((element) => element.text === 'Update')!.id } };
      return undefined;
    });
  const planOn = async (demoTask: string, task: string) => {
    const page = await new WidgetPageOperator(pantry([['Carrots', 3], ['Peppers', 5], ['Apples', 2], ['Lemons', 4], ['Onions', 6]])).observe();
    return planDemonstration(await addApples(demoTask), task, page.elements, page.page);
  };
  const blocking = (plan: Awaited<ReturnType<typeof planOn>>) => plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text);

  // Was it.fails on main 7be0407 (pantry-stock seeds 13, 14): now refused by rules/unplanned-item.ts, naming the peppers.
  it('"Three fewer peppers and add three more apples" is not planned as "add three more apples" alone', async () => {
    const plan = await planOn('Add two more apples, then click Update.', 'Three fewer peppers and add three more apples, then click Update.');
    expect(blocking(plan)).toContain('the task also asks about "peppers", which no step of the demonstration acts on');
  });

  it('"Add three more apples, then click Update." still plans: three presses of the apples "+", then Update', async () => {
    const plan = await planOn('Add two more apples, then click Update.', 'Add three more apples, then click Update.');
    expect(blocking(plan)).toEqual([]);
    expect(plan.fit).toBeGreaterThanOrEqual(0.5);
    expect(plan.notes.join(' ')).toContain('clicks 3 times');
  });

  it('"Remove the peppers and add one apple" is refused after a demonstration that only added', async () => {
    const plan = await planOn('Add two more apples, then click Update.', 'Remove the peppers and add one apple, then click Update.');
    expect(blocking(plan).length).toBeGreaterThan(0);
    expect(blocking(plan).join(' ')).toContain('peppers');
  });

  // Each alone would press apples "+" three times and Update: the peppers' clause, capitalised or singular, said after.
  it.each([
    ['Add three more apples, then click Update. Peppers: two fewer.', 'peppers'],
    ['Add three more apples, two fewer peppers, then click Update.', 'peppers'],
    ['Add three more apples and one less pepper, then click Update.', 'pepper'],
    // pantry-stock seed 14 on main 7be0407 (there "then click Save"): apples → carrots bound, the peppers left as they were (−1).
    ['Three fewer peppers and add three carrots, then click Update.', 'peppers'],
  ])('%s is refused, naming the row no step acts on', async (task, row) => {
    const plan = await planOn('Add two more apples, then click Update.', task);
    expect(blocking(plan)).toEqual([`the task also asks about "${row}", which no step of the demonstration acts on`]);
  });

  it('a row both texts name ("but leave the peppers") is no unplanned item', async () => {
    const plan = await planOn('Add two more apples but leave the peppers, then click Update.', 'Add three more apples but leave the peppers, then click Update.');
    expect(blocking(plan).filter((text) => text.includes('peppers'))).toEqual([]);
  });
});
