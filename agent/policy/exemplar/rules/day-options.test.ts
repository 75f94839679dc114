/**
 * A day chosen from a list of days binds the option that showed the old day
 * to the new day written plainly, and grounds on the one option showing it;
 * a numeric day is read in the order the demonstration's own was, never guessed.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Step } from '../../../core/trajectory.js';
import { chipShowsDay, dayOptionBinding, dayOptionFor, dayReadings, shownDay, redatedOptionFor, weekdayDayBinding } from './day-options.js';

const step = (action: Action): Step => ({ index: 0, observation: { text: '', elements: [] }, action, targets: [] }) as unknown as Step;
const chose = (option: string) => step({ type: 'select', target: { elementId: 3 }, option } as Action);
const typed = (text: string) => step({ type: 'type', target: { elementId: 2 }, text } as Action);

describe('shownDay and dayReadings', () => {
  it('reads a day as options write it', () => {
    expect(shownDay('Mon 3 Mar')).toEqual({ weekday: 0, month: 3, day: 3 });
    expect(shownDay('Wednesday, September 24')).toEqual({ weekday: 2, month: 9, day: 24 });
    expect(shownDay('Friday')).toEqual({ weekday: 4 });
  });
  it('reads a whole value as a day with no year, a numeric one both ways', () => {
    expect(dayReadings('Thursday')).toEqual([{ weekday: 3 }]);
    expect(dayReadings('23 May')).toEqual([{ month: 5, day: 23 }]);
    expect(dayReadings('December 7')).toEqual([{ month: 12, day: 7 }]);
    expect(dayReadings('10/13')).toEqual([{ month: 10, day: 13 }]);
    expect(dayReadings('3/7')).toEqual([{ month: 3, day: 7 }, { month: 7, day: 3 }]);
    expect(dayReadings('March 7, 2024')).toBeUndefined();
    expect(dayReadings('Greta')).toBeUndefined();
    expect(dayReadings('15:30')).toBeUndefined();
  });
  it('reads a weekday with its day of the month ("Tue the 11th"), both of which an option must show', () => {
    expect(dayReadings('Tue the 11th')).toEqual([{ weekday: 1, day: 11 }]);
    expect(dayReadings('Friday the 14th')).toEqual([{ weekday: 4, day: 14 }]);
    expect(dayReadings('Tue the 41st')).toBeUndefined();
    expect(dayReadings('17 Mar')).toEqual([{ month: 3, day: 17 }]);
    expect(dayOptionFor('Tue the 11th', ['Mon, 10 Mar', 'Tue, 11 Mar', 'Tue, 18 Mar'])).toBe('Tue, 11 Mar');
    // The 11th is no Tuesday in this list: no option.
    expect(dayOptionFor('Tue the 11th', ['Mon, 11 Mar', 'Tue, 12 Mar'])).toBeUndefined();
    expect(dayOptionBinding('17 Mar', 'Tue the 18th', [chose('Mon, 17 Mar')])).toEqual({ old: 'Mon, 17 Mar', new: 'Tuesday the 18th' });
    expect(dayOptionBinding('Tue the 11th', 'March 17', [chose('Tue, 11 Mar')])).toEqual({ old: 'Tue, 11 Mar', new: 'March 17' });
    expect(dayOptionFor('Tuesday the 18th', ['Mon, 17 Mar', 'Tue, 18 Mar'])).toBe('Tue, 18 Mar');
  });
});

describe('dayOptionBinding', () => {
  it('binds the option that showed the old day to the new day, written plainly', () => {
    const steps = [typed('Team lunch'), chose('Wednesday, September 24'), chose('11:00 AM')];
    expect(dayOptionBinding('24 September', 'Thursday', steps)).toEqual({ old: 'Wednesday, September 24', new: 'Thursday' });
    expect(dayOptionBinding('24 September', 'December 7', steps)).toEqual({ old: 'Wednesday, September 24', new: 'December 7' });
  });
  it('reads a numeric new day in the order the old one was written', () => {
    expect(dayOptionBinding('10/13', '12/2', [chose('Mon 13 Oct')])).toEqual({ old: 'Mon 13 Oct', new: 'December 2' });
    expect(dayOptionBinding('13/10', '12/2', [chose('Mon 13 Oct')])).toEqual({ old: 'Mon 13 Oct', new: 'February 12' });
  });
  it('leaves a numeric day the old one does not settle as written, for the list to read (dayOptionFor)', () => {
    expect(dayOptionBinding('24 September', '11/5', [chose('Wednesday, September 24')])).toEqual({ old: 'Wednesday, September 24', new: '11/5' });
  });
  it('binds nothing when no option showed the old day, or the values are no days', () => {
    expect(dayOptionBinding('24 September', 'Thursday', [chose('Thursday, September 25')])).toBeUndefined();
    expect(dayOptionBinding('24 September', 'Thursday', [typed('24 September')])).toBeUndefined();
    expect(dayOptionBinding('Dev', 'Greta', [chose('Dev')])).toBeUndefined();
  });
});

describe('dayOptionFor', () => {
  const week = ['Mon 3 Mar', 'Tue 4 Mar', 'Wed 5 Mar', 'Thu 6 Mar', 'Fri 7 Mar'];
  it('is the one option showing the day', () => {
    expect(dayOptionFor('Thursday', week)).toBe('Thu 6 Mar');
    expect(dayOptionFor('March 5', week)).toBe('Wed 5 Mar');
  });
  it('is none when no option or several show the day, or the text is no single day', () => {
    expect(dayOptionFor('Saturday', week)).toBeUndefined();
    expect(dayOptionFor('April 5', week)).toBeUndefined();
    expect(dayOptionFor('Monday', ['Mon 3 Mar', 'Mon 10 Mar'])).toBeUndefined();
    expect(dayOptionFor('Team lunch', week)).toBeUndefined();
  });
  it('reads a numeric day by the one reading the list offers a day for, never when it offers both or neither', () => {
    // 3–7 March: "3/5" is 5 March (3 May is none of its days), "7/3" is 7 March.
    expect(dayOptionFor('3/5', week)).toBe('Wed 5 Mar');
    expect(dayOptionFor('7/3', week)).toBe('Fri 7 Mar');
    expect(dayOptionFor('3/5', ['Fri 2 May', 'Sat 3 May', 'Wed 5 Mar'])).toBeUndefined();
    expect(dayOptionFor('4/9', week)).toBeUndefined();
    expect(dayOptionFor('Team lunch', week)).toBeUndefined();
  });
});

describe('a weekday with a bare day number, as a day chip writes it', () => {
  it('reads "Thu 13" as a weekday and its day of the month, never a time or a day with its month', () => {
    expect(dayReadings('Thu 13')).toEqual([{ weekday: 3, day: 13 }]);
    expect(dayReadings('Mon 6')).toEqual([{ weekday: 0, day: 6 }]);
    expect(dayReadings('Saturday 14th')).toEqual([{ weekday: 5, day: 14 }]);
    expect(dayReadings('Tue the 11')).toBeUndefined();
    expect(dayReadings('Thu 41')).toBeUndefined();
    expect(dayReadings('Monday 9:30')).toBeUndefined();
  });
});

describe('weekdayDayBinding', () => {
  it('writes the new day the way the pressed chip wrote the old one', () => {
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Thu 13', '1:30 PM'])).toEqual({ old: 'Thu 13', new: 'Fri 7' });
    expect(weekdayDayBinding('Saturday the 14th', 'Tue the 3rd', ['Sat 14'])).toEqual({ old: 'Sat 14', new: 'Tue 3' });
    expect(weekdayDayBinding('Thu 13', 'Mon 6', ['thu, the 13th'])).toEqual({ old: 'thu, the 13th', new: 'mon, the 6th' });
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Thursday 13'])).toEqual({ old: 'Thursday 13', new: 'Friday 7' });
  });
  it('writes a weekday alone as the chip wrote its weekday, for an old weekday alone or a new one', () => {
    expect(weekdayDayBinding('Saturday the 14th', 'Saturday', ['Sat 14'])).toEqual({ old: 'Sat 14', new: 'Sat' });
    expect(weekdayDayBinding('Monday', 'Mon 6', ['Mon 9', '12:00'])).toEqual({ old: 'Mon 9', new: 'Mon 6' });
    expect(weekdayDayBinding('Monday', 'Saturday', ['Mon 9'])).toEqual({ old: 'Mon 9', new: 'Sat' });
  });
  it('binds nothing when no one step text shows the old day, or a value is no weekday', () => {
    expect(weekdayDayBinding('Monday', 'Saturday', ['Mon 9', 'Mon 16'])).toBeUndefined();
    expect(weekdayDayBinding('Monday', 'Saturday', ['Monday'])).toBeUndefined();
    expect(weekdayDayBinding('Monday', 'March 3', ['Mon 9'])).toBeUndefined();
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Thu 14'])).toBeUndefined();
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Book Thu 13 now'])).toBeUndefined();
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Thu 13', 'Thursday 13'])).toBeUndefined();
    expect(weekdayDayBinding('March 13', 'Friday the 7th', ['Thu 13'])).toBeUndefined();
  });
});

describe('chipShowsDay', () => {
  it('is a chip written as a weekday and day number alone that shows the weekday, and the day when one is named', () => {
    expect(chipShowsDay('Mon 23', 'Monday')).toBe(true);
    expect(chipShowsDay('Mon  23', 'Mon 23')).toBe(true);
    expect(chipShowsDay('Sat 14', 'Saturday the 14th')).toBe(true);
    // A recording may read the chip's two lines glued.
    expect(chipShowsDay('Mon23', 'Monday')).toBe(true);
    expect(weekdayDayBinding('Thu 13', 'Friday the 7th', ['Thu13'])).toEqual({ old: 'Thu13', new: 'Fri 7' });
  });
  it('is no other text, day or value', () => {
    expect(chipShowsDay('Mon 23', 'Mon 6')).toBe(false);
    expect(chipShowsDay('Tue 23', 'Monday')).toBe(false);
    expect(chipShowsDay('Monday special 23', 'Monday')).toBe(false);
    expect(chipShowsDay('Mon 23', 'March 23')).toBe(false);
    expect(chipShowsDay('Mon 23', 'Greta')).toBe(false);
    expect(chipShowsDay('Mon the 23', 'Monday')).toBe(false);
    expect(chipShowsDay('Mon 32', 'Monday')).toBe(false);
  });
});

describe('redatedOptionFor: a day option whose weekday goes with its date', () => {
  // March 3, 2025 is a Monday: the page's days 3–23 March.
  const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const MARCH = Array.from({ length: 21 }, (_, index) => `${WEEK[index % 7]}, ${index + 3} Mar`);

  it('picks the option showing the bound date, whatever weekday the demonstration\'s option showed', () => {
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 19 Mar', [{ old: '17', new: '19' }], MARCH)).toBe('Wed, 19 Mar');
    expect(redatedOptionFor('Tue, 4 Mar', 'Tue, March 10', [{ old: '4 Mar', new: 'March 10' }], MARCH)).toBe('Mon, 10 Mar');
  });

  it('refuses where a weekday was bound: the task asked for a weekday, which is never dropped', () => {
    expect(redatedOptionFor('Fri, 14 Mar', 'Mon, 15 Mar', [{ old: 'Fri', new: 'Mon' }, { old: '14', new: '15' }], MARCH)).toBeUndefined();
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 19 Mar', [{ old: '17', new: '19' }, { old: 'Monday', new: 'Thursday' }], MARCH)).toBeUndefined();
  });

  it('refuses a day number bound from a value that was not the demonstrated day', () => {
    // "for 2 of us" bound over the count 2, not the day 17: the made option is not read as a redated day.
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 2 Mar', [{ old: '3', new: '2' }], MARCH)).toBeUndefined();
    // A slot that swallowed other words ("22 for 2 of us") makes no day at all.
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 22 for 2 of us Mar', [{ old: '17', new: '22 for 2 of us' }], MARCH)).toBeUndefined();
  });

  it('refuses when no option, or two, show the date', () => {
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 30 Mar', [{ old: '17', new: '30' }], MARCH)).toBeUndefined();
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 19 Mar', [{ old: '17', new: '19' }], [...MARCH, 'Wed, 19 Mar (last seats)'])).toBeUndefined();
  });

  it('leaves an option with no weekday, or with its date unchanged, to the other readings', () => {
    expect(redatedOptionFor('17 Mar', '19 Mar', [{ old: '17', new: '19' }], MARCH)).toBeUndefined();
    expect(redatedOptionFor('Mon, 17 Mar', 'Mon, 17 Mar', [{ old: 'Vienna', new: 'Oslo' }], MARCH)).toBeUndefined();
  });
});
