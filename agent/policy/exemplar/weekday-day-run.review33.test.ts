/**
 * Review probes (session 33, review33) of task-tokens' weekday with its day of the month as one token ("Tue the
 * 11th"), run whole on the list of days of weekday-day-run.test.ts (March only): the demonstration chose "Tue, 11 Mar"
 * for "on Tue the 11th". A new day said with its month — a month the list does not offer — must not be picked by
 * its weekday and day alone. `it.fails` marks a wrong action (one line: what it did).
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
  return { status: result.outcome.status, reason: result.outcome.reason, chosen: operator.values.get('depart'), searched: operator.clicks.includes('search') };
}

describe('a weekday with its day of the month, run whole: review33 probes that hold', () => {
  it('picks "Wed, 5 Mar" for "Wednesday the 5th" and "Wed, 12 Mar" for "Wed 12"', async () => {
    for (const [day, option] of [['Wednesday the 5th', 'Wed, 5 Mar'], ['Wed 12', 'Wed, 12 Mar']]) {
      const done = await run(day!);
      expect(done.status, `${day}: ${done.reason}`).toBe('success');
      expect(done.chosen).toBe(option);
    }
  });
  it('searches nothing for two days, a choice, a denial, "or thereabouts" or a day without its weekday', async () => {
    for (const day of ['Wed the 5th, back Mon the 10th', 'Mon the 10th or Tue the 11th', 'Wed the 5th, not Tue the 4th', 'Wed the 5th or thereabouts', 'the 5th']) {
      expect((await run(day)).searched, day).toBe(false);
    }
  });
});

describe('a weekday with its day of the month, run whole: review33 wrong actions', () => {
  // Wrong action: "Wed the 5th of April" picks "Wed, 5 Mar" (the month unread) and searches.
  it('picks no March day for "Wed the 5th of April"', async () => {
    expect((await run('Wed the 5th of April')).searched).toBe(false);
  });
  // Wrong action: "Wed the 5th April" picks "Wed, 5 Mar" and searches.
  it('picks no March day for "Wed the 5th April"', async () => {
    expect((await run('Wed the 5th April')).searched).toBe(false);
  });
});
