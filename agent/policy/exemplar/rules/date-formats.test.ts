import { describe, expect, it } from 'vitest';
import { dateReadings, dateTemplate, dateTimeBindings, inFieldForm, sameTimeOfDay, timeOf, timeTemplate, writesTaskDateOrTime, yearlessDate } from './date-formats.js';
import { planDemonstration } from '../plan-demonstration.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { Runner } from '../../../runner/runner.js';

describe('reading dates and times', () => {
  it('reads written, numeric and year-first dates, two readings only where both orders are valid', () => {
    expect(dateReadings('28 January 2011')).toEqual([{ year: 2011, month: 1, day: 28 }]);
    expect(dateReadings('Jan 28, 2011')).toEqual([{ year: 2011, month: 1, day: 28 }]);
    expect(dateReadings('the 28th')).toEqual([]);
    expect(dateReadings('03/04/2011')).toHaveLength(2);
    expect(timeOf('5:07 PM')).toEqual({ hour: 17, minute: 7 });
    expect(timeOf('12:30 am')).toEqual({ hour: 0, minute: 30 });
    expect(timeOf('17:07')).toEqual({ hour: 17, minute: 7 });
    expect(timeOf('17:07 PM')).toBeUndefined();
    expect(timeOf('25:00')).toBeUndefined();
  });

  it('moves a time range whole, never its start alone, and refuses a range it cannot move', () => {
    // The wrong action seen on session-times seed 2: the demonstration clicked "11:30–12:30" for "11:30"; the task asked
    // "4.30pm"; the start alone rewritten gave "16:30–12:30", and the slot "15:30–16:30" (showing 16:30 at its end) was clicked.
    expect(dateTimeBindings('11:30', '4.30pm', ['11:30–12:30', 'Confirm'])).toEqual({ bindings: [{ old: '11:30–12:30', new: '16:30–17:30' }] });
    expect(dateTimeBindings('9:30 AM', '2:00 pm', ['9:30 AM - 10:30 AM'])).toEqual({ bindings: [{ old: '9:30 AM - 10:30 AM', new: '2:00 PM - 3:00 PM' }] });
    // A lone form elsewhere still binds, after the range.
    expect(dateTimeBindings('11:30', '16:30', ['11:30', 'Book 11:30–12:30'])).toEqual({
      bindings: [{ old: '11:30–12:30', new: '16:30–17:30' }, { old: '11:30', new: '16:30' }],
    });
    // "16:30–17:30" says nothing of padding: "9:30" as the task writes it ("9:30–10:30", as a page of one-hour slots shows it).
    expect(dateTimeBindings('16:30', '9:30', ['16:30–17:30'])).toEqual({ bindings: [{ old: '16:30–17:30', new: '9:30–10:30' }] });
    expect(dateTimeBindings('16:30', '09:30', ['16:30–17:30'])).toEqual({ bindings: [{ old: '16:30–17:30', new: '09:30–10:30' }] });
    expect(dateTimeBindings('11:30', '9:30', ['11:30–12:30'])).toEqual({ bindings: [{ old: '11:30–12:30', new: '9:30–10:30' }] });
    // Guard: the old time at a range's end, or a range pushed past midnight, says nothing sure: a problem, not a guess.
    expect(dateTimeBindings('12:30', '16:30', ['11:30–12:30'])).toHaveProperty('problem');
    expect(dateTimeBindings('11:30', '23:30', ['11:30–12:30'])).toHaveProperty('problem');
  });

  it('reads a time said with am / pm and no colon, and never a bare decimal or count', () => {
    // A festival slot asked for as "4.30pm" or "10am" where the page shows "16:30" / "10:00 AM".
    expect(timeOf('11.30am')).toEqual({ hour: 11, minute: 30 });
    expect(timeOf('4.30 p.m.')).toEqual({ hour: 16, minute: 30 });
    expect(timeOf('10am')).toEqual({ hour: 10, minute: 0 });
    expect(timeOf('12 am')).toEqual({ hour: 0, minute: 0 });
    // Guard: without am / pm a dotted number is a price or a measure ("£4.30", "4.30 kg"), a lone number a count.
    expect(timeOf('4.30')).toBeUndefined();
    expect(timeOf('10')).toBeUndefined();
    expect(timeOf('13.30pm')).toBeUndefined();
    expect(timeOf('4.3pm')).toBeUndefined();
    expect(timeOf('4.30 pmx')).toBeUndefined();
    // The demonstration asked "11.30am" and clicked the page's "11:30": the new "4.30pm" is the page's "16:30".
    expect(dateTimeBindings('11.30am', '4.30pm', ['11:30'])).toEqual({ bindings: [{ old: '11:30', new: '16:30' }] });
    expect(dateTimeBindings('11.30am', '4.30', ['11:30'])).toBeUndefined();
  });

  it('writes a new date and time the way a sample wrote the old one', () => {
    const old = { year: 2010, month: 1, day: 28 };
    const next = { year: 2012, month: 3, day: 4 };
    expect(dateTemplate('01/28/2010', old)?.(next)).toBe('03/04/2012');
    expect(dateTemplate('28.01.2010', old)?.(next)).toBe('04.03.2012');
    expect(dateTemplate('2010-01-28', old)?.(next)).toBe('2012-03-04');
    expect(dateTemplate('1/28/2010', old)?.(next)).toBe('3/4/2012');
    expect(dateTemplate('Jan 28, 2010', old)?.(next)).toBe('Mar 4, 2012');
    expect(dateTemplate('28 January 2010', old)?.(next)).toBe('4 March 2012');
    expect(dateTemplate('01282010', old)?.(next)).toBe('03042012');
    expect(dateTemplate('01/29/2010', old)).toBeUndefined();
    // Month and day alike: the separator tells the order ("." is day first).
    expect(dateTemplate('05.05.2010', { year: 2010, month: 5, day: 5 })?.(next)).toBe('04.03.2012');
    expect(dateTemplate('05/05/2010', { year: 2010, month: 5, day: 5 })?.(next)).toBe('03/04/2012');
    expect(timeTemplate('10:12 AM', { hour: 10, minute: 12 })?.({ hour: 14, minute: 5 })).toBe('2:05 PM');
    expect(timeTemplate('05:07pm', { hour: 17, minute: 7 })?.({ hour: 9, minute: 30 })).toBe('09:30am');
    expect(timeTemplate('17:07', { hour: 17, minute: 7 })?.({ hour: 9, minute: 30 })).toBe('09:30');
    expect(timeTemplate('05:07', { hour: 5, minute: 7 })?.({ hour: 9, minute: 30 })).toBe('09:30');
  });
});

describe('one time on either clock', () => {
  it('reads "2:30 PM", "2:30pm" and "14:30" as one time, and no other', () => {
    expect(sameTimeOfDay('14:30', '2:30 PM')).toBe(true);
    expect(sameTimeOfDay('2:30pm', '14:30')).toBe(true);
    expect(sameTimeOfDay('02:30', '2:30 PM')).toBe(false);
    expect(sameTimeOfDay('Thu 14:30', '2:30 PM')).toBe(false);
    expect(sameTimeOfDay('16', '16')).toBe(false);
  });
});

describe('date and time slots', () => {
  it('binds the form the demonstration typed to the new value in that form, first', () => {
    const found = dateTimeBindings('2011-11-23', 'February 17, 1972', ['23.11.2011', 'Date']);
    expect(found && 'bindings' in found ? found.bindings[0] : undefined).toEqual({ old: '23.11.2011', new: '17.02.1972' });
    const time = dateTimeBindings('10:12', '2:29 PM', ['10:12 AM']);
    expect(time && 'bindings' in time ? time.bindings : undefined).toEqual([{ old: '10:12 AM', new: '2:29 PM' }]);
  });

  it('refuses an ambiguous new date unless the demonstration fixes the order', () => {
    // The demonstration wrote 01/28/2011: month first; 03/04/2012 is then the 4th of March.
    const fixed = dateTimeBindings('01/28/2011', '03/04/2012', ['01/28/2011']);
    expect(fixed && 'dates' in fixed ? fixed.dates?.new : undefined).toEqual({ year: 2012, month: 3, day: 4 });
    // Written out in the demonstration: nothing says how the new task's 03/04/2012 is meant.
    const open = dateTimeBindings('28 January 2011', '03/04/2012', ['01/28/2011']);
    expect(open && 'problem' in open ? open.problem : '').toMatch(/can be read as March 4 or April 3/);
  });

  it('accepts a typed value that writes the task\'s date or time another way', () => {
    expect(writesTaskDateOrTime('17.02.1972', 'The viewing is on February 17, 1972 at 12:55.')).toBe(true);
    expect(writesTaskDateOrTime('12:55 PM', 'The viewing is on February 17, 1972 at 12:55.')).toBe(true);
    expect(writesTaskDateOrTime('18.02.1972', 'The viewing is on February 17, 1972 at 12:55.')).toBe(false);
    expect(writesTaskDateOrTime('1:55 PM', 'The viewing is on February 17, 1972 at 12:55.')).toBe(false);
    // A date the task gives with no year: its month and day, in any year the field took; never another year for a whole date.
    expect(writesTaskDateOrTime('2025-03-05', 'Enter 5 March as the due date.')).toBe(true);
    expect(writesTaskDateOrTime('2025-03-06', 'Enter 5 March as the due date.')).toBe(false);
    expect(writesTaskDateOrTime('2025-03-05', 'Enter March 5, 2026 as the due date.')).toBe(false);
    expect(writesTaskDateOrTime('2025-03-05', 'Enter 5 March 2026 as the due date.')).toBe(false);
  });
});

describe('dates with no year', () => {
  it('reads a month and day written either way, and nothing else', () => {
    expect(yearlessDate('Jan 5')).toEqual({ month: 1, day: 5 });
    expect(yearlessDate('5 January')).toEqual({ month: 1, day: 5 });
    expect(yearlessDate('the 5th of Jan')).toBeUndefined();
    expect(yearlessDate('5th of March')).toEqual({ month: 3, day: 5 });
    expect(yearlessDate('March 5, 2026')).toBeUndefined();
    expect(yearlessDate('Jan 45')).toBeUndefined();
  });

  it('re-grounds the typed whole date in the form and order the demonstration typed, with the year its field took', () => {
    const iso = dateTimeBindings('January 2', 'Jan 5', ['2025-01-02']);
    expect(iso && 'bindings' in iso ? iso.bindings[0] : undefined).toEqual({ old: '2025-01-02', new: '2025-01-05' });
    const dayFirst = dateTimeBindings('2nd January', 'March 5th', ['02.01.2025']);
    expect(dayFirst && 'bindings' in dayFirst ? dayFirst.bindings[0] : undefined).toEqual({ old: '02.01.2025', new: '05.03.2025' });
    // A new date that names its year keeps it.
    const named = dateTimeBindings('January 2', '5 March 2026', ['01/02/2025']);
    expect(named && 'bindings' in named ? named.bindings[0] : undefined).toEqual({ old: '01/02/2025', new: '03/05/2026' });
  });

  it('refuses a new date with no year when the demonstration\'s task named its year, and reads nothing when no whole date was typed', () => {
    const guess = dateTimeBindings('2025-01-02', 'Jan 5', ['2025-01-02']);
    expect(guess && 'problem' in guess ? guess.problem : '').toMatch(/no year/);
    expect(dateTimeBindings('January 2', 'Jan 5', ['Submit'])).toBeUndefined();
  });
});

function formPage(datePlaceholder = 'dd.mm.yyyy', timePlaceholder = 'hh:mm AM/PM'): WidgetSpec[] {
  return [
    { key: 'date', role: 'textbox', label: 'Date', attributes: { placeholder: datePlaceholder } },
    { key: 'time', role: 'textbox', label: 'Time', attributes: { placeholder: timePlaceholder } },
    { key: 'submit', role: 'button', text: 'Submit' },
  ];
}
const formTask = (date: string, time: string) => `The meeting is on ${date} at ${time}. Enter it and hit Submit.`;

describe('a form whose fields want their own forms', () => {
  it('types the new date and time in the forms the demonstration typed, whatever form the task gives', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(formPage()), formTask('2011-11-23', '17:12'), (observation, step) =>
      step === 0
        ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Date').id }, text: '23.11.2011' }
        : step === 1
          ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Time').id }, text: '5:12 PM' }
          : step === 2
            ? { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } }
            : undefined,
    );
    const plan = planDemonstration(demo, formTask('February 7, 1972', '09:05'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    const operator = new WidgetPageOperator(formPage());
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(formTask('February 7, 1972', '09:05'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('date')).toBe('07.02.1972');
    expect(operator.values.get('time')).toBe('9:05 AM');
    // Another instance whose fields want the other forms (read off their placeholders).
    const other = new WidgetPageOperator(formPage('mm/dd/yyyy', 'HH:MM'));
    const second = await new Runner({ operator: other, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(formTask('March 4, 1999', '9:05 PM'));
    expect(second.outcome.status, second.outcome.reason).toBe('success');
    expect(other.values.get('date')).toBe('03/04/1999');
    expect(other.values.get('time')).toBe('21:05');
  });
});

describe('the form a field asks for in its placeholder', () => {
  it('rewrites a date or time into it, settling two readings by the date the plan means, else refusing', () => {
    expect(inFieldForm('04.03.2012', 'mm/dd/yyyy', ['2012-03-04'])).toEqual({ text: '03/04/2012' });
    expect(inFieldForm('17.02.1972', 'MM/DD/YYYY', [])).toEqual({ text: '02/17/1972' });
    expect(inFieldForm('04.03.2012', 'mm/dd/yyyy', [])).toMatchObject({ problem: expect.stringMatching(/either of two dates/) });
    expect(inFieldForm('02/17/1972', 'mm/dd/yyyy', [])).toBeUndefined();
    expect(inFieldForm('14:05', 'hh:mm AM/PM', [])).toEqual({ text: '2:05 PM' });
    expect(inFieldForm('2:05 PM', 'HH:MM', [])).toEqual({ text: '14:05' });
    expect(inFieldForm('Lara', 'dd.mm.yyyy', [])).toBeUndefined();
    expect(inFieldForm('14:05', 'Your name', [])).toBeUndefined();
  });
});

describe('a date field the demonstration filled for a date with no year', () => {
  it('types the new task\'s month and day with the year the demonstration typed, or refuses when its task named the year', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'date', role: 'textbox', label: 'Due date', attributes: { type: 'date' } },
      { key: 'ok', role: 'button', text: 'OK' },
    ];
    const record = (task: string) =>
      recordDemonstration(new WidgetPageOperator(page()), task, (observation, step) =>
        step === 0
          ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Due date').id }, text: '2025-01-02' }
          : step === 1
            ? { type: 'click', target: { elementId: find(observation, 'button', 'OK').id } }
            : undefined,
      );
    const demo = await record('Enter January 2 as the due date and press OK.');
    const operator = new WidgetPageOperator(page());
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Enter 5 March as the due date and press OK.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('date')).toBe('2025-03-05');
    const named = await record('Enter 2025-01-02 as the due date and press OK.');
    const plan = planDemonstration(named, 'Enter Jan 5 as the due date and press OK.');
    expect(plan.problems.some((problem) => problem.blocking && /no year/.test(problem.text))).toBe(true);
  });
});
