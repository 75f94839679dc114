import { describe, expect, it } from 'vitest';
import { WEEKDAY_WRITINGS, dateBindings, monthCount, parseMonthTitle, parseNumericDate, shownMonths } from './date-parts.js';

describe('parseNumericDate', () => {
  it('reads month/day/year, day/month/year and year-month-day', () => {
    expect(parseNumericDate('03/17/2010')).toEqual([{ year: 2010, month: 3, day: 17 }]);
    expect(parseNumericDate('17.03.2010')).toEqual([{ year: 2010, month: 3, day: 17 }]);
    expect(parseNumericDate('2010-03-17')).toEqual([{ year: 2010, month: 3, day: 17 }]);
    // Both orders are valid: both readings, month first first.
    expect(parseNumericDate('04/06/2012')).toEqual([
      { year: 2012, month: 4, day: 6 },
      { year: 2012, month: 6, day: 4 },
    ]);
    expect(parseNumericDate('13/13/2010')).toEqual([]);
    expect(parseNumericDate('Apr 19')).toEqual([]);
  });
});

describe('dateBindings', () => {
  it('binds the month name, short month, day and year of a date slot', () => {
    const found = dateBindings('03/17/2010', '11/05/2012', ['17', 'March 17, 2010']);
    expect(found?.bindings).toEqual([
      { old: '2010-03-17', new: '2012-11-05' },
      { old: '03/17/2010', new: '11/05/2012' },
      { old: '3/17/2010', new: '11/5/2012' },
      { old: 'March', new: 'November' },
      { old: 'Mar', new: 'Nov' },
      { old: '17', new: '5' },
      { old: '2010', new: '2012' },
    ]);
    expect(found && monthCount(found.new)).toBe(2012 * 12 + 10);
  });

  it('reads an ambiguous old date the way the demonstration shows it, and the new one alike', () => {
    // The screen said "June 4", so 04/06 was day/month; the new date is then day/month too.
    const found = dateBindings('04/06/2012', '02/03/2015', ['4', 'June 4, 2012']);
    expect(found?.old).toEqual({ year: 2012, month: 6, day: 4 });
    expect(found?.new).toEqual({ year: 2015, month: 3, day: 2 });
  });

  it('binds parts that did not change to themselves, and is undefined for non-dates', () => {
    expect(dateBindings('03/17/2010', '03/18/2010', [])?.bindings).toEqual([
      { old: '2010-03-17', new: '2010-03-18' },
      { old: '03/17/2010', new: '03/18/2010' },
      { old: '3/17/2010', new: '3/18/2010' },
      { old: 'March', new: 'March' },
      { old: 'Mar', new: 'Mar' },
      { old: '17', new: '18' },
      { old: '2010', new: '2010' },
    ]);
    expect(dateBindings('Ann', '03/18/2010', [])).toBeUndefined();
  });

  it('rewrites the whole date a date input was given in its own form (year first), not only its parts', () => {
    // "11/23/2008" was typed as "2008-11-23": the month number must change too, not only the day and year.
    const found = dateBindings('11/23/2008', '1962-02-17', ['2008-11-23']);
    expect(found?.bindings[0]).toEqual({ old: '2008-11-23', new: '1962-02-17' });
  });
});

describe('month titles', () => {
  it('reads "Month YYYY" titles and ignores other texts', () => {
    expect(parseMonthTitle('March 2010')).toBe(2010 * 12 + 2);
    expect(parseMonthTitle('Dec 1999')).toBe(1999 * 12 + 11);
    expect(parseMonthTitle('Marching 2010')).toBeUndefined();
    expect(parseMonthTitle('March 17, 2010')).toBeUndefined();
    expect(shownMonths(['< Prev', 'July 2026', 'Next >'])).toEqual([2026 * 12 + 6]);
  });
});

describe('WEEKDAY_WRITINGS', () => {
  it('lists each weekday whole first, then its abbreviations', () => {
    expect(WEEKDAY_WRITINGS).toHaveLength(7);
    expect(WEEKDAY_WRITINGS[0]).toEqual(['monday', 'mon']);
    expect(WEEKDAY_WRITINGS[1]).toEqual(['tuesday', 'tue', 'tues']);
    expect(WEEKDAY_WRITINGS[3]).toEqual(['thursday', 'thu', 'thurs']);
  });
});
