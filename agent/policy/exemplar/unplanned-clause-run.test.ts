/**
 * Review 29b probe (seen on development page pantry-stock, seeds 13 and 14 of /tmp/review29b-run1; it fails on
 * trial29c and on 3028d45 before the branches under review): "Three fewer peppers and add three more apples, then click
 * Update." followed with the demonstration "Add two more apples, then click Update." was judged the same kind of task
 * (fit 0.82, one slot "two" → "three"), so the policy pressed apples "+" three times and "Update" — the peppers clause
 * dropped unsaid, a basket the page scored −1. A person asked two changes makes both or asks how.
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
  // Open (it.fails): a wrong action found by review 29b on main 08e3f96 as well (pantry-stock seeds 13, 14): see the closing note.
  it.fails('"Three fewer peppers and add three more apples" is not planned as "add three more apples" alone', async () => {
    const rows: [string, number][] = [['Apples', 4], ['Peppers', 4], ['Carrots', 6], ['Onions', 4], ['Lemons', 5]];
    const demo = await recordDemonstration(new WidgetPageOperator(pantry(rows)), 'Add two more apples, then click Update.', (observation, step) => {
      if (step < 2) return { type: 'click', target: { elementId: plus(observation, 'Apples') } };
      if (step === 2) return { type: 'click', target: { elementId: observation.elements.find((element) => element.text === 'Update')!.id } };
      return undefined;
    });
    const page = await new WidgetPageOperator(pantry([['Carrots', 3], ['Peppers', 5], ['Apples', 2], ['Lemons', 4], ['Onions', 6]])).observe();
    const plan = planDemonstration(demo, 'Three fewer peppers and add three more apples, then click Update.', page.elements, page.page);
    if (process.env['REVIEW_DEBUG']) console.log(JSON.stringify({ fit: plan.fit, score: plan.alignment?.score, notes: plan.notes, problems: plan.problems }));
    expect(plan.fit < 0.5 || plan.problems.some((problem) => problem.blocking)).toBe(true);
  });
});
