/**
 * A count the demonstration's task wrote in digits ("for 2 of us", which chose "2 adults") and the new task writes as a
 * word ("for three of us"): the option is read in digits, "3 adults". A count the list has no option for is refused.
 */
import { describe, expect, it } from 'vitest';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { Runner } from '../../runner/runner.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const page = (): WidgetSpec[] => [
  { key: 'passengers', role: 'combobox', label: 'Passengers', options: ['1 adult', '2 adults', '3 adults', '4 adults'] },
  { key: 'search', role: 'button', text: 'Search flights' },
];
const task = (count: string) => `I'm flying to Madrid for ${count} of us - see what's available.`;

async function run(count: string) {
  const demo = await recordDemonstration(new WidgetPageOperator(page()), task('2'), (observation, step) =>
    [
      { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: '2 adults' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Search flights').id } },
    ][step],
  );
  const operator = new WidgetPageOperator(page());
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task(count));
  return { status: result.outcome.status, reason: result.outcome.reason, chosen: operator.values.get('passengers'), clicks: operator.clicks };
}

describe('a count written as a word where the demonstration wrote digits', () => {
  it('"for three of us" chooses "3 adults"', async () => {
    const { status, reason, chosen } = await run('three');
    expect(status, reason).toBe('success');
    expect(chosen).toBe('3 adults');
  });

  it('"for seven of us" chooses nothing and searches nothing: no option shows 7', async () => {
    const { status, chosen, clicks } = await run('seven');
    expect({ status, chosen, clicks }).toEqual({ status: 'failed', chosen: undefined, clicks: [] });
  });
});
