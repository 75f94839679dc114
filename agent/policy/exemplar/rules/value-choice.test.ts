import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

/** A list group of folders, each a link whose caption ends with its unread count ("Work11"). */
const folders = (counts: Record<string, number>): WidgetSpec[] => [
  { key: 'list', role: 'list' },
  ...Object.entries(counts).map(([name, count]) => ({ key: name, role: 'link', text: `${name}${count}`, parent: 'list', attributes: { class: 'list-group-item' } })),
];

const FEWEST = 'Open the folder with the fewest unread messages.';
const SHOWS = (count: number) => `Open the folder with ${count} unread messages.`;

async function demonstrateFewest() {
  return recordDemonstration(new WidgetPageOperator(folders({ Inbox: 42, Work: 11, Travel: 14, Family: 23 })), FEWEST, (observation, step) => {
    const work = observation.elements.find((element) => element.text === 'Work11')!;
    return step === 0 ? { type: 'click', target: { elementId: work.id } } : undefined;
  });
}

async function run(counts: Record<string, number>, task: string) {
  const demo = await demonstrateFewest();
  const page = new WidgetPageOperator(folders(counts));
  const result = await new Runner({ operator: page, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { page, result };
}

describe('a row chosen by a value the task names, from a demonstration that chose by comparison', () => {
  it('plans a choice by value in place of the comparison', async () => {
    const plan = planDemonstration(await demonstrateFewest(), SHOWS(14));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps[0]!.extremePick).toBeUndefined();
    expect(plan.steps[0]!.valuePick).toMatchObject({ quantity: 'number', value: 14, replaces: 'the fewest' });
  });

  it('clicks the one folder that shows the number, not the fewest nor the demonstrated place', async () => {
    const { page, result } = await run({ Work: 3, Projects: 30, Receipts: 17, Archive: 9, Friends: 21 }, SHOWS(17));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(page.clicks).toEqual(['Receipts']);
  });

  it('refuses when no folder shows the number, or two do', async () => {
    for (const counts of [{ Work: 3, Projects: 30, Archive: 9 }, { Work: 17, Projects: 30, Archive: 17 }]) {
      const { page, result } = await run(counts, SHOWS(17));
      expect(result.outcome.status).not.toBe('success');
      expect(result.outcome.reason).toMatch(/no row of 3 shows 17|2 rows show 17/);
      expect(page.clicks).toEqual([]);
    }
  });

  it('a number glued to a longer number is not the number ("Work117" does not show 17)', async () => {
    const { page, result } = await run({ Work: 117, Projects: 30, Archive: 9 }, SHOWS(17));
    expect(result.outcome.status).not.toBe('success');
    expect(result.outcome.reason).toMatch(/no row of 3 shows 17 \(117, 30, 9\)/);
    expect(page.clicks).toEqual([]);
  });

  it('reads no bound and no count of another measure as the number a row shows: refuses, clicks nothing', async () => {
    for (const task of ['Open the folder with fewer than 17 unread messages.', 'Open the folder with more than 17 unread messages.', 'Open the folder that has 17 read messages.']) {
      const { page, result } = await run({ Work: 3, Projects: 30, Receipts: 17, Archive: 9, Friends: 21 }, task);
      expect(result.outcome.status, task).not.toBe('success');
      expect(page.clicks, task).toEqual([]);
    }
  });

  it('keeps comparing when the new task chooses by comparison too', async () => {
    const plan = planDemonstration(await demonstrateFewest(), 'Open the folder with the most unread messages.');
    expect(plan.steps[0]!.valuePick).toBeUndefined();
    expect(plan.steps[0]!.extremePick).toBeDefined();
  });
});
