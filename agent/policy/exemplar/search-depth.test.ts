/**
 * Searches of any depth (issue 11 §3): a row the task names is looked for by
 * paging or scrolling as the demonstration did, as far as it takes within a
 * bound, and the search refuses — never clicking anything else — when the
 * row does not come.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

/** Three rows per page, a "Next" button, and a button that must never be pressed by a search. */
const pagedList = (rows: string[]): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Results' },
  ...rows.map((row, index) => ({ key: `row:${row}`, role: 'link', text: row, onPage: Math.floor(index / 3) })),
  { key: 'clear', role: 'button', text: 'Clear all' },
  { key: 'next', role: 'button', text: 'Next', nextPage: true },
];
const task = (row: string) => `Find "${row}" in the results and open it.`;
const rows = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

async function demonstration() {
  // The demonstrator turns one page, then opens the row.
  const list = rows('d', 6);
  return recordDemonstration(new WidgetPageOperator(pagedList(list)), task('d4'), (observation, step) =>
    step === 0
      ? { type: 'click', target: { elementId: find(observation, 'button', 'Next').id } }
      : step === 1
        ? { type: 'click', target: { elementId: find(observation, 'link', 'd4').id } }
        : undefined,
  );
}

async function runOffline(memory: InMemoryExemplars, widgets: WidgetSpec[], text: string) {
  const operator = new WidgetPageOperator(widgets);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }), budgets: { maxSteps: 60 } }).run(text);
  return { operator, result };
}

describe('searching as deep as it takes', () => {
  it('pages on until the named row shows, further than the demonstration paged', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const list = rows('r', 30);
    const { operator, result } = await runOffline(memory, pagedList(list), task('r25'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual([...Array.from({ length: 8 }, () => 'next'), 'row:r25']);
  });

  it('refuses when the row never shows, having pressed nothing but the pager', async () => {
    const memory = new InMemoryExemplars([await demonstration()]);
    const { operator, result } = await runOffline(memory, pagedList(rows('r', 9)), task('zz'));
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks.every((key) => key === 'next')).toBe(true);
    expect(result.outcome.reason).toMatch(/turned 4 page\(s\) with "Next" until they showed nothing new; still: .*"zz"/);
  });

  /** A list whose item N shows after N scrolls. */
  const longList = (length: number, position: number, item: string): WidgetSpec[] => [
    { key: 'list', role: 'list', text: '' },
    ...Array.from({ length }, (_, index) => ({ key: `item${index}`, role: 'button', text: index === position ? item : `filler${index}`, parent: 'list', afterScrolls: index })),
  ];
  const scrollTask = (item: string) => `Scroll down the list to find "${item}" and click it.`;
  const scrollDemonstration = () =>
    recordDemonstration(new WidgetPageOperator(longList(6, 2, 'lemon')), scrollTask('lemon'), (observation, step) =>
      step < 2 ? { type: 'scroll', target: { elementId: find(observation, 'list').id }, deltaX: 0, deltaY: 60 } : step === 2 ? { type: 'click', target: { elementId: find(observation, 'button', 'lemon').id } } : undefined,
    );

  it('scrolls far deeper than the demonstration did', async () => {
    const memory = new InMemoryExemplars([await scrollDemonstration()]);
    const { operator, result } = await runOffline(memory, longList(40, 35, 'tiger'), scrollTask('tiger'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['item35']);
    expect(operator.executed.filter((action) => action.type === 'scroll')).toHaveLength(35);
  });

  it('stops scrolling where the list ends and refuses, clicking nothing', async () => {
    const memory = new InMemoryExemplars([await scrollDemonstration()]);
    const { operator, result } = await runOffline(memory, longList(8, -1, 'tiger'), scrollTask('tiger'));
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.reason).toMatch(/the last ones moving nothing \(the end of the list\); still: .*"tiger"/);
    // Seven scrolls show the whole list; two more that move nothing end the search.
    expect(operator.executed.filter((action) => action.type === 'scroll').length).toBeLessThanOrEqual(10);
  });
});
