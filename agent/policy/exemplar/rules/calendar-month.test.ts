import { describe, expect, it } from 'vitest';
import type { Observation, UIElement } from '../../../core/observation.js';
import { Runner } from '../../../runner/runner.js';
import { parseMonthTitle } from '../date-parts.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { calendarsOn, groundCalendarDay, MAX_PAGES, pagerOf } from './calendar-month.js';
import { CalendarOperator } from '../../../../test/kits/exemplar/calendar-page.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';

const month = (year: number, monthNumber: number) => year * 12 + monthNumber - 1;
const dateTask = (date: string) => `Select ${date} as the date and hit submit.`;
type Look = ConstructorParameters<typeof CalendarOperator>[2];

/** The caption's month, read the way a person reads it (one text, or a month and a year side by side). */
function shownMonth(observation: Observation): number | undefined {
  const texts = observation.elements.map((element) => element.text);
  return texts.map(parseMonthTitle).find((value) => value !== undefined) ?? texts.map((text, index) => parseMonthTitle(`${text} ${texts[index + 1] ?? ''}`)).find((value) => value !== undefined);
}

/** A person with a calendar: open it, page to the wanted month with whatever pages it, click the day (its own month's), submit. */
async function recordDate(startMonth: number, date: string, look: Look = {}) {
  const [mm, dd, yyyy] = date.split('/').map(Number) as [number, number, number];
  const wanted = month(yyyy, mm);
  let submitted = false;
  return recordDemonstration(new CalendarOperator(startMonth, false, look), dateTask(date), (observation: Observation) => {
    const field = find(observation, 'textbox');
    if (field.value) {
      if (submitted) return undefined;
      submitted = true;
      return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
    }
    const title = shownMonth(observation);
    if (title === undefined) return { type: 'click', target: { elementId: field.id } };
    const buttons = observation.elements.filter((element) => element.role === 'button');
    if (title !== wanted) return { type: 'click', target: { elementId: buttons.find((element) => (title < wanted ? /Next|›/ : /Prev|‹/).test(element.text))!.id } };
    // The month's own day: the first cell with the number after the first "1".
    const days = buttons.filter((element) => /^\d+$/.test(element.text));
    const first = days.findIndex((element) => element.text === '1');
    return { type: 'click', target: { elementId: days.slice(first).find((element) => element.text === String(dd))!.id } };
  });
}

async function runOffline(memory: InMemoryExemplars, operator: CalendarOperator, task: string) {
  const policy = new ExemplarPolicy({ memory });
  const result = await new Runner({ operator, policy }).run(task);
  return { policy, result };
}

describe('calendar days (the month shown must be the task\'s)', () => {
  it('pages to the new month when the demonstration needed no paging, instead of clicking the day in the month shown', async () => {
    // Demonstrated on a calendar that opened on the wanted month: no paging to learn from, and the days carry no labels.
    const demo = await recordDate(month(2012, 6), '06/14/2012', { plainDays: true });
    const memory = new InMemoryExemplars([demo]);
    for (const { start, date } of [
      { start: month(2015, 8), date: '05/03/2015' },
      { start: month(2019, 11), date: '02/29/2020' },
    ]) {
      const operator = new CalendarOperator(start, false, { plainDays: true });
      const { result } = await runOffline(memory, operator, dateTask(date));
      // Before this rule the policy clicked day 3 of August 2015 and submitted 08/03/2015: a confident wrong action.
      expect(operator.submitted, `${date}: ${result.outcome.reason}`).toEqual([date]);
      expect(result.outcome.status).toBe('success');
    }
  });

  it('pages the other way and more times than demonstrated, with glyph-only controls, a split caption and neighbouring days', async () => {
    const look = { plainDays: true, glyphs: true, splitCaption: true, neighbourDays: true };
    const demo = await recordDate(month(2023, 11), '01/14/2024', look);
    const plan = planDemonstration(demo, dateTask('05/02/2015'));
    const day = plan.steps.find((step) => step.calendarDay);
    expect(day?.calendarDay).toMatchObject({ wanted: { year: 2015, month: 5, day: 2 }, pagers: [{ direction: 1 }] });
    const operator = new CalendarOperator(month(2015, 9), false, look);
    const { result } = await runOffline(new InMemoryExemplars([demo]), operator, dateTask('05/02/2015'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    // Day 2 of May, not the "2" of June shown after May's last day.
    expect(operator.submitted).toEqual(['05/02/2015']);
    const clicks = result.trajectory.steps.filter((step) => step.action.type === 'click').length;
    expect(clicks).toBe(1 + 4 + 1 + 1);
  });

  it('refuses when the calendar has no caption to read the month from', async () => {
    const demo = await recordDate(month(2012, 6), '06/14/2012', { plainDays: true });
    const operator = new CalendarOperator(month(2015, 8), false, { plainDays: true, noCaption: true });
    const { result } = await runOffline(new InMemoryExemplars([demo]), operator, dateTask('05/03/2015'));
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/no month and year caption/);
    expect(operator.submitted).toEqual([]);
  });

  it('refuses when a page does not bring the month closer (a control that goes the wrong way)', async () => {
    const demo = await recordDate(month(2012, 6), '06/14/2012', { plainDays: true });
    const operator = new CalendarOperator(month(2015, 8), true, { plainDays: true });
    const { result } = await runOffline(new InMemoryExemplars([demo]), operator, dateTask('05/03/2015'));
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/did not bring the calendar closer/);
    expect(operator.submitted).toEqual([]);
  });
});

describe('reading a calendar', () => {
  async function shown(look: Look, start = month(2015, 8)) {
    const operator = new CalendarOperator(start, false, look);
    await operator.execute({ type: 'click', target: { elementId: (await operator.observe()).elements.find((element) => element.role === 'textbox')!.id } });
    return operator.observe();
  }

  it('finds the grid, its caption (whole or split) and the month\'s own days among the neighbours\'', async () => {
    const observation = await shown({ splitCaption: true, neighbourDays: true, glyphs: true });
    const [view, ...others] = calendarsOn(observation.elements);
    expect(others).toEqual([]);
    expect(view!.shown).toBe(month(2015, 8));
    expect(view!.caption.map((element) => element.text)).toEqual(['August', '2015']);
    expect(view!.own.map((cell) => cell.text)).toEqual(Array.from({ length: 31 }, (_, index) => String(index + 1)));
    expect(view!.cells.length).toBe(3 + 31 + 6);
    expect(pagerOf(view!, observation.elements, 1)?.text).toBe('›');
    expect(pagerOf(view!, observation.elements, -1)?.text).toBe('‹');
  });

  it('prefers a month control over a year control, and finds wordless controls by their place beside the caption', async () => {
    const observation = await shown({ glyphs: true });
    const view = calendarsOn(observation.elements)[0]!;
    const yearBack: UIElement = { ...observation.elements.find((element) => element.text === '‹')!, id: 9999, text: '«', box: { x: 2, y: 82, width: 2, height: 15 } };
    expect(pagerOf(view, [...observation.elements, yearBack], -1)?.text).toBe('‹');
    const wordless = observation.elements.map((element) => (element.text === '‹' || element.text === '›' ? { ...element, text: '' } : element));
    const plain = calendarsOn(wordless)[0]!;
    expect(pagerOf(plain, wordless, -1)?.box.x).toBe(4);
    expect(pagerOf(plain, wordless, 1)?.box.x).toBe(135);
  });

  it('is no calendar without a month of day numbers, and gives up after the page bound', async () => {
    const closed = await new CalendarOperator(month(2015, 8)).observe();
    expect(calendarsOn(closed.elements)).toEqual([]);
    const observation = await shown({});
    const wanted = { year: 2019, month: 1, day: 1 };
    const far = groundCalendarDay({ wanted, pagers: [] }, observation.elements, Array.from({ length: MAX_PAGES }, (_, index) => 100 + index), 'cal:0:');
    expect(far.grounding.ok).toBe(false);
    expect(far.grounding.reason).toMatch(/paged the calendar 36 times/);
    const next = groundCalendarDay({ wanted, pagers: [] }, observation.elements, [], 'cal:0:');
    expect(next).toMatchObject({ paging: true, visitKey: `cal:0:${month(2019, 1) - month(2015, 8)}` });
  });
});
