/**
 * The offline policy on tasks whose demonstration holds a decision, not just
 * a template: a month navigation whose length and direction depend on the
 * date (a calendar), and a superlative choice among rows ("the cheapest").
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/observation.js';
import { Runner } from '../../runner/runner.js';
import { parseMonthTitle } from './date-parts.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { planDemonstration } from './plan-demonstration.js';
import { CalendarOperator } from '../../../test/kits/exemplar/calendar-page.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const month = (year: number, monthNumber: number) => year * 12 + monthNumber - 1;
const dateTask = (date: string) => `Select ${date} as the date and hit submit.`;

/** A person with a calendar: open it, step month by month to the wanted one, click the day, submit. */
async function recordDate(startMonth: number, date: string) {
  const [mm, dd, yyyy] = date.split('/').map(Number) as [number, number, number];
  const wanted = month(yyyy, mm);
  let submitted = false;
  return recordDemonstration(new CalendarOperator(startMonth), dateTask(date), (observation: Observation) => {
    const field = find(observation, 'textbox');
    if (field.value) {
      if (submitted) return undefined;
      submitted = true;
      return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
    }
    const title = observation.elements.map((element) => parseMonthTitle(element.text)).find((value) => value !== undefined);
    if (title === undefined) return { type: 'click', target: { elementId: field.id } };
    if (title < wanted) return { type: 'click', target: { elementId: find(observation, 'button', 'Next >').id } };
    if (title > wanted) return { type: 'click', target: { elementId: find(observation, 'button', '< Prev').id } };
    return { type: 'click', target: { elementId: find(observation, 'button', String(dd)).id } };
  });
}

async function runOffline(memory: InMemoryExemplars, operator: CalendarOperator | WidgetPageOperator, task: string) {
  const policy = new ExemplarPolicy({ memory });
  const result = await new Runner({ operator, policy }).run(task);
  return { policy, result };
}

describe('date slots and month navigation', () => {
  it('plans a demonstrated run of "Next" clicks as a navigation to the new date\'s month', async () => {
    const demo = await recordDate(month(2023, 11), '01/14/2024');
    const plan = planDemonstration(demo, dateTask('05/03/2015'));
    expect(plan.unusedSlots).toEqual([]);
    // The run of "Next" clicks and the day click become one calendar step for the new date (rules/calendar-month.ts).
    const navigation = plan.steps.find((step) => step.calendarDay);
    expect(navigation?.calendarDay).toMatchObject({ pagers: [{ direction: 1, control: { text: 'Next >' } }], wanted: { year: 2015, month: 5, day: 3 } });
    expect(plan.steps.filter((step) => step.step.action.type === 'click').length).toBe(3);
    expect(plan.steps[0]!.bindings).toEqual(expect.arrayContaining([{ old: 'January', new: 'May' }, { old: '14', new: '3' }, { old: '2024', new: '2015' }]));
  });

  it('reaches a month the other way than demonstrated, and prefers the demonstration that navigated', async () => {
    const noNavigation = await recordDate(month(2012, 6), '06/04/2012');
    const forward = await recordDate(month(2023, 11), '01/14/2024');
    const memory = new InMemoryExemplars([noNavigation, forward]);
    const cases = [
      { start: month(2015, 8), date: '05/03/2015' },
      { start: month(2019, 12), date: '02/29/2020' },
      { start: month(2030, 1), date: '01/31/2030' },
      // The same month name as demonstrated, so only the day and year change: February's 16th must not do.
      { start: month(2017, 2), date: '01/16/2017' },
    ];
    for (const { start, date } of cases) {
      const operator = new CalendarOperator(start);
      const { policy, result } = await runOffline(memory, operator, dateTask(date));
      expect(result.outcome.status, `${date}: ${result.outcome.reason}`).toBe('success');
      expect(operator.submitted).toEqual([date]);
      expect(policy.usage().modelCalls).toBe(0);
    }
  });

  it('refuses when a click does not bring the month closer, instead of clicking on', async () => {
    const forward = await recordDate(month(2023, 11), '01/14/2024');
    const operator = new CalendarOperator(month(2015, 8), true);
    const { result } = await runOffline(new InMemoryExemplars([forward]), operator, dateTask('05/03/2015'));
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/did not bring the calendar closer/);
    expect(operator.submitted).toEqual([]);
  });
});

// ---- rows compared by a superlative ----

function flightPage(rows: readonly string[]): WidgetSpec[] {
  return [
    ...rows.flatMap((row, index) => [
      { key: `row:${index}`, role: 'group', text: '' },
      { key: `info:${index}`, role: 'text', text: row, parent: `row:${index}` },
      { key: `book:${index}`, role: 'button', text: 'Book', parent: `row:${index}` },
    ]),
  ];
}
const flightTask = (criterion: string) => `Book the ${criterion} flight.`;

/** A person comparing the rows: the cheapest by price, the shortest by duration. */
async function recordFlight(rows: string[], criterion: 'cheapest' | 'shortest') {
  const read = (row: string) => {
    const match = /(\d+)h (\d+)m · \$(\d+)/.exec(row)!;
    return criterion === 'cheapest' ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2]);
  };
  const best = rows.reduce((bestIndex, row, index) => (read(row) < read(rows[bestIndex]!) ? index : bestIndex), 0);
  return recordDemonstration(new WidgetPageOperator(flightPage(rows)), flightTask(criterion), (observation, step) => {
    if (step > 0) return undefined;
    const info = find(observation, 'text', rows[best]);
    return { type: 'click', target: { elementId: observation.elements.find((element) => element.role === 'button' && element.parentId === info.parentId)!.id } };
  });
}

describe('superlative choices', () => {
  it('picks the row the new superlative names, by the quantity it compares', async () => {
    const demo = await recordFlight(['09:30 · 1h 30m · $89', '17:30 · 2h 0m · $268', '15:00 · 3h 15m · $171'], 'cheapest');
    const memory = new InMemoryExemplars([demo]);
    const rows = ['08:00 · 2h 45m · $120', '10:15 · 1h 10m · $240', '12:45 · 3h 0m · $99', '19:00 · 1h 50m · $150'];
    const cheapest = new WidgetPageOperator(flightPage(rows));
    const first = await runOffline(memory, cheapest, flightTask('cheapest'));
    expect(first.result.outcome.status, first.result.outcome.reason).toBe('success');
    expect(cheapest.clicks).toEqual(['book:2']);
    const shortest = new WidgetPageOperator(flightPage(rows));
    const second = await runOffline(memory, shortest, flightTask('shortest'));
    expect(second.result.outcome.status, second.result.outcome.reason).toBe('success');
    expect(shortest.clicks).toEqual(['book:1']);
  });

  it('refuses when the rows tie, or the new word names no known comparison', async () => {
    const demo = await recordFlight(['09:30 · 1h 30m · $89', '17:30 · 2h 0m · $268'], 'shortest');
    const memory = new InMemoryExemplars([demo]);
    const tie = new WidgetPageOperator(flightPage(['08:00 · 2h 45m · $120', '10:15 · 1h 10m · $120']));
    const tied = await runOffline(memory, tie, flightTask('cheapest'));
    expect(tied.result.outcome.status).toBe('failed');
    expect(tied.result.outcome.reason).toMatch(/cannot tell the cheapest row: 2 rows tie/);
    expect(tie.clicks).toEqual([]);
    const unknown = new WidgetPageOperator(flightPage(['08:00 · 2h 45m · $120', '10:15 · 1h 10m · $99']));
    const vague = await runOffline(memory, unknown, flightTask('nicest'));
    expect(vague.result.outcome.status).toBe('failed');
    expect(vague.result.outcome.reason).toMatch(/"nicest" names no comparison/);
    expect(unknown.clicks).toEqual([]);
  });
});
