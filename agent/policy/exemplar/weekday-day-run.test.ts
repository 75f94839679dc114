/**
 * A day picked from a list by its weekday and day of the month ("on Tue the 11th" chose "Tue, 11 Mar"): a new task
 * that names another such day ("on Wed the 5th") picks the one option that shows both, and a day no option shows
 * whole — its weekday on another date, or a date the list does not offer — is refused, never picked by half.
 */
import { describe, expect, it } from 'vitest';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { Runner } from '../../runner/runner.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const days = ['Mon, 3 Mar', 'Tue, 4 Mar', 'Wed, 5 Mar', 'Thu, 6 Mar', 'Mon, 10 Mar', 'Tue, 11 Mar', 'Wed, 12 Mar'];
const page = (): WidgetSpec[] => [
  { key: 'depart', role: 'combobox', label: 'Depart', options: days },
  { key: 'search', role: 'button', text: 'Search flights' },
];
const task = (day: string) => `I'm flying to Madrid on ${day} - see what's available.`;

async function demonstration() {
  return recordDemonstration(new WidgetPageOperator(page()), task('Tue the 11th'), (observation, step) =>
    [
      { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Tue, 11 Mar' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Search flights').id } },
    ][step],
  );
}

async function run(day: string) {
  const operator = new WidgetPageOperator(page());
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstration()]) }) }).run(task(day));
  return { result, chosen: operator.values.get('depart') };
}

describe('a weekday with its day of the month, chosen from a list of days', () => {
  it('picks the option that shows the new weekday and day ("Wed the 5th" → "Wed, 5 Mar")', async () => {
    const { result, chosen } = await run('Wed the 5th');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(chosen).toBe('Wed, 5 Mar');
  });

  it('refuses a weekday on a date that is not that weekday ("Wed the 11th": the 11th is a Tuesday here)', async () => {
    const { result, chosen } = await run('Wed the 11th');
    expect(result.outcome.status).not.toBe('success');
    expect(chosen).toBeUndefined();
  });

  it('refuses a day the list does not offer ("Fri the 7th")', async () => {
    const { result, chosen } = await run('Fri the 7th');
    expect(result.outcome.status).not.toBe('success');
    expect(chosen).toBeUndefined();
  });
});
