/**
 * Day sets ("weekdays", "every day", "sat/sun") read as the weekdays they name, and a row of day toggles pressed
 * until exactly those days were on read as the set — never the AM / PM toggles beside it.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { groundEnsureChecked } from './checked-set.js';
import { dayPhrasesOf, daySetOf, dayToggleSet, saysMoreThanDaySet, showsDayToggles, withDaySets, dayPhraseCount } from './day-set.js';
import { bindSlots } from '../bind-slots.js';
import type { TaskAlignment } from '../align-tasks.js';
import { valueSpans } from '../value-spans.js';
import { withShortWeekdays } from './short-weekdays.js';
import { DAYS, press, sheet, toggle } from '../../../../test/kits/exemplar/day-sheet.js';

describe('daySetOf', () => {
  it('reads the ways people write repeat days', () => {
    expect(daySetOf(['weekday'])).toEqual([0, 1, 2, 3, 4]);
    expect(daySetOf(['on weekdays'])).toEqual([0, 1, 2, 3, 4]);
    expect(daySetOf(['at weekends'])).toEqual([5, 6]);
    expect(daySetOf(['day'])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(daySetOf(['daily'])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(daySetOf(['sat/sun'])).toEqual([5, 6]);
    expect(daySetOf(['sat', 'sun'])).toEqual([5, 6]);
    expect(daySetOf(['Monday, Friday and Saturday'])).toEqual([0, 4, 5]);
    expect(daySetOf(['tue'])).toEqual([1]);
  });
  it('reads no day set in other words', () => {
    expect(daySetOf(['School run'])).toBeUndefined();
    expect(daySetOf(['sat by the window'])).toBeUndefined();
    expect(daySetOf(['Monday', 'Piano'])).toBeUndefined();
    expect(daySetOf([])).toBeUndefined();
  });
});

describe('saysMoreThanDaySet', () => {
  it('reads a day word outside the slot, or a narrowing word beside it', () => {
    expect(saysMoreThanDaySet('Set an alarm every day but weekends.', ['day'])).toBe(true);
    expect(saysMoreThanDaySet('Set an alarm daily except Mon.', ['daily'])).toBe(true);
    expect(saysMoreThanDaySet('Set an alarm every day excluding holidays.', ['day'])).toBe(true);
    expect(saysMoreThanDaySet('Set an alarm every 2nd day.', ['day'])).toBe(true);
    expect(saysMoreThanDaySet('Set an alarm every weekday, then press Save.', ['weekday'])).toBe(false);
    expect(saysMoreThanDaySet('Name: Bins out. Repeat: sat/sun. Save it.', ['sat', 'sun'])).toBe(false);
    // A quoted name is a value of its own: its "Sunday" names no day of the set.
    expect(saysMoreThanDaySet('Set an alarm named "Sunday run" every weekday.', ['weekday'])).toBe(false);
  });

  it('reads a relayed message as task text, its quote marks aside', () => {
    // The whole request is Mum's message: its "every day" is the slot, not a quoted name.
    expect(saysMoreThanDaySet('From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim!"', ['day'])).toBe(false);
    // … and what it says beside the slot still counts.
    expect(saysMoreThanDaySet('From Mum: "set yourself an alarm for 6:35 AM every day but Sunday, label it Swim!"', ['day'])).toBe(true);
  });
});

describe('dayToggleSet', () => {
  // "every weekday", the sheet starting with Sunday, Tuesday and Thursday on: PM pressed, then Sunday, Monday, Wednesday, Friday.
  const start = sheet(['Sunday', 'Tuesday', 'Thursday']);
  const steps = [press(2, start), press(10, start), press(11, start), press(13, start), press(15, start)];
  // The two task texts, the demonstration's and the new one, with their days as given.
  const said = (old: string, now: string) => ({ old: `Set an alarm named "Gym" ${old}, then press Save.`, new: `Set an alarm named "Bins" ${now}, then press Save.` });

  it('takes presses that left exactly the old days on as the set, the AM / PM toggle no member of it', () => {
    expect(dayToggleSet(steps, ['weekday'], ['day'], said('every weekday', 'every day'))).toEqual({
      positions: [1, 2, 3, 4],
      role: 'button',
      names: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      among: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    });
  });
  it('is no set when the presses left other days on than the old value names, or a value is no day', () => {
    expect(dayToggleSet(steps, ['weekend'], ['day'], said('every weekend', 'every day'))).toBeUndefined();
    expect(dayToggleSet(steps, ['weekday'], ['Piano'], said('every weekday', 'for Piano'))).toBeUndefined();
  });
  it('is no set when a task text says more about its days than the slot holds ("every day but weekends" read as the slot "day")', () => {
    const demo = 'Set an alarm named "Gym" every weekday, then press Save.';
    expect(dayToggleSet(steps, ['weekday'], ['day'], { old: demo, new: 'Set an alarm named "Bins" every day, then press Save.' })?.names).toHaveLength(7);
    for (const task of [
      'Set an alarm named "Bins" every day but weekends, then press Save.',
      'Set an alarm named "Bins" every day apart from Sunday, then press Save.',
      'Set an alarm named "Bins" every day, weekends off, then press Save.',
      'Set an alarm named "Bins" every other day, then press Save.',
      'Set an alarm named "Bins" every second day, then press Save.',
      'Set an alarm named "Bins" not every day, then press Save.',
    ]) expect(dayToggleSet(steps, ['weekday'], ['day'], { old: demo, new: task }), task).toBeUndefined();
  });
  it('is no set when the toggles show only letters, no day names (two "T"s cannot be told apart)', () => {
    const unnamed = start.map((element) => (element.id >= 10 ? { ...element, label: undefined } : element)) as UIElement[];
    expect(dayToggleSet([press(10, unnamed)], ['sun'], ['fri'], said('on sun', 'on fri'))).toBeUndefined();
  });
  it('grounds by pressing day toggles only: turns the asked days on and the others off, leaving PM as it is', () => {
    const now = sheet(['Tuesday'], true);
    const set = { role: 'button', names: ['friday'], among: dayToggleSet(steps, ['weekday'], ['fri'], said('every weekday', 'on fri'))!.among };
    expect(groundEnsureChecked(set, now)).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 15 } } });
    const friday = now.map((element) => (element.id === 15 ? { ...element, states: { checked: true } } : element));
    expect(groundEnsureChecked(set, friday)).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 12 } } });
    const done = friday.map((element) => (element.id === 12 ? { ...element, states: { checked: false } } : element));
    expect(groundEnsureChecked(set, done)).toMatchObject({ ok: true, satisfied: true });
  });

  describe('refuses a row of day toggles it cannot set exactly', () => {
    const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    const weekdays = { role: 'button', names: DAY_NAMES.slice(0, 5), among: DAY_NAMES };
    it('a day toggle whose state cannot be read', () => {
      // Saturday shows no pressed state at all: it may be on, and "weekdays" wants it off.
      const now = sheet(['Tuesday']).map((element) => (element.id === 16 ? { ...element, states: {} } : element)) as UIElement[];
      expect(groundEnsureChecked(weekdays, now)).toMatchObject({ ok: false, reason: expect.stringContaining('"saturday"') });
      // With every state shown, the same row is set.
      expect(groundEnsureChecked(weekdays, sheet(['Tuesday']))).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 11 } } });
    });
    it('two rows of day toggles (two alarms on one page)', () => {
      const second = DAYS.map((day, index) => toggle(30 + index, day[0]!, day, false));
      expect(groundEnsureChecked(weekdays, [...sheet([]), ...second])).toMatchObject({ ok: false, reason: expect.stringContaining('more than one toggle') });
    });
    it('a day the task names that the row has no toggle for', () => {
      // A row of weekdays only: "at weekends" has nothing to switch on (refused before the member checks too; kept as a guard).
      const workweek = sheet([]).filter((element) => element.id !== 10 && element.id !== 16);
      expect(groundEnsureChecked({ role: 'button', names: ['saturday', 'sunday'], among: DAY_NAMES }, workweek)).toMatchObject({ ok: false });
    });
  });
});

describe('withDaySets', () => {
  const spansOf = (text: string, page: UIElement[]) => withDaySets(text, withShortWeekdays(text, valueSpans(text), page), showsDayToggles(page)).filter((span) => span.type === 'day').map((span) => span.text);
  const toggles = sheet([]);
  it('reads each repeat-day set as one day value where the page shows a row of day toggles', () => {
    expect(spansOf('Set an alarm for 3:55 PM on Tuesday and Wednesday, called Bins out.', toggles)).toEqual(['Tuesday and Wednesday']);
    expect(spansOf("I've got swim on Monday, Friday and Saturday, so I need to be up at 8:15 PM.", toggles)).toEqual(['Monday, Friday and Saturday']);
    expect(spansOf('Alarm 05:55 sat/sun "Meds"', toggles)).toEqual(['sat/sun']);
    expect(spansOf('Alarm 08:30 daily "Piano"', toggles)).toEqual(['daily']);
    expect(spansOf('Set an alarm for 3:10 PM at weekends, called Meds.', toggles)).toEqual(['at weekends']);
    expect(spansOf('Set an alarm for 18:05 every day, called Gym.', toggles)).toEqual(['every day']);
  });
  it('leaves days as values of their own where no row of day toggles shows (a calendar, day chips), or a toggle state cannot be read', () => {
    // Day chips that are plain buttons with no on / off state: each day stays its own value.
    const chips = DAYS.map((day, index) => ({ ...toggle(10 + index, day.slice(0, 3), undefined, false), states: {} }) as UIElement);
    expect(showsDayToggles(chips)).toBe(false);
    expect(spansOf('Book Tuesday and Wednesday at 9:00.', chips)).toEqual(['Tuesday', 'Wednesday']);
    expect(spansOf('Book a slot every day.', chips)).toEqual([]);
    // Two rows of day toggles, or one missing its Sunday: no row of the week.
    expect(showsDayToggles([...toggles, ...DAYS.map((day, index) => toggle(30 + index, day[0]!, day, false))])).toBe(false);
    expect(showsDayToggles(toggles.filter((element) => element.id !== 10))).toBe(false);
  });
  it('reads "day" only after every / each, and joins only days', () => {
    expect(spansOf('Set an alarm for the day after, called Gym.', toggles)).toEqual([]);
    expect(spansOf('Set an alarm on Tuesday at 9:00 and Wednesday at 10:00.', toggles)).toEqual(['Tuesday', 'Wednesday']);
  });
});

// Demonstrated "every weekday": the sheet started with Sunday, Tuesday, Thursday on; PM, then Sun, Mon, Wed, Fri pressed.
const weekdayStart = sheet(['Sunday', 'Tuesday', 'Thursday']);
const weekdaySteps = [press(2, weekdayStart), press(10, weekdayStart), press(11, weekdayStart), press(13, weekdayStart), press(15, weekdayStart)];
const WEEKDAY_DEMO = 'Set an alarm named "Gym" every weekday, then press Save.';

describe('a day range (review 29c) is every day between, never its two ends', () => {
  it('"mon-fri" / "Monday to Friday" / "Monday through Friday" never sets Monday and Friday alone', () => {
    for (const [task, values] of [
      ['Alarm 06:35 mon-fri "Swim"', ['mon', 'fri']],
      ['Set an alarm named "Swim" Monday to Friday, then press Save.', ['Monday', 'Friday']],
      ['Set an alarm named "Swim" from Monday through Friday, then press Save.', ['Monday', 'Friday']],
    ] as const) {
      const set = dayToggleSet(weekdaySteps, ['weekday'], [...values], { old: WEEKDAY_DEMO, new: task });
      // A person turns on Monday to Friday, all five — or, unsure, does nothing: never Monday and Friday only.
      if (set) expect(set.names, task).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    }
  });
});

describe('a day left out further on (review 29c) further on, or written in the plural', () => {
  it('"every day at 6:35 AM except Sundays" leaves Sunday off', () => {
    // "except" is four words past "day": out of NEAR's reach; "Sundays" (plural) is no day word.
    const task = 'Set an alarm named "Swim" every day at 6:35 AM except Sundays, then press Save.';
    expect(saysMoreThanDaySet(task, ['day'])).toBe(true);
    expect(dayToggleSet(weekdaySteps, ['weekday'], ['day'], { old: WEEKDAY_DEMO, new: task })).toBeUndefined();
  });
  it('"weekdays at 7:00 AM but not on Fridays" leaves Friday off', () => {
    const task = 'Set an alarm named "Swim" on weekdays at 7:00 AM but not on Fridays, then press Save.';
    expect(saysMoreThanDaySet(task, ['weekdays'])).toBe(true);
  });
  it('"every day, sundays excluded" / "daily bar sundays" leave Sunday off', () => {
    expect(saysMoreThanDaySet('Set an alarm named "Swim" every day, sundays excluded, then press Save.', ['day'])).toBe(true);
    expect(saysMoreThanDaySet('Alarm 06:35 daily bar sundays "Swim"', ['daily'])).toBe(true);
  });
});

describe('a day set both tasks say alike ("every day" and "every day")', () => {
  // The agent's own run of "From Mum: …6:35 AM every day, label it Swim!" kept in memory: its sheet started with
  // Tuesday, Saturday and Sunday on, so it pressed Monday, Wednesday, Thursday and Friday. "Set an alarm for 18:05
  // every day, called Gym." on a sheet starting otherwise, the same four presses left Tuesday off (saved days 0, 2, 3, 4).
  const demo = 'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim!"';
  const task = 'Set an alarm for 18:05 every day, called Gym.';
  const start = sheet(['Tuesday', 'Saturday', 'Sunday']);
  const presses = [11, 13, 14, 15].map((id) => press(id, start));
  const alignment: TaskAlignment = {
    score: 0.6,
    slots: [{ old: ['6:35 AM'], new: ['18:05'], list: false, kind: 'number' }, { old: ['Swim'], new: ['Gym'], list: false, kind: 'text' }],
    anchors: 7,
    unpaired: [],
  };
  const bind = (steps: Step[], texts: { old: string; new: string }) =>
    bindSlots(steps.map((step, index) => ({ step: { ...step, targets: [] }, index })), alignment, [], [], texts).ensure;

  it('reads the presses as the set: every day on, whatever days the new sheet starts with', () => {
    expect(bind(presses, { old: demo, new: task })).toMatchObject({ positions: [0, 1, 2, 3], names: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] });
  });

  it('reads no set when the presses left other days on than the phrase says, or a text narrows it', () => {
    // Sunday left off: the demonstration did not make "every day", so its presses stay presses.
    const partial = sheet(['Tuesday', 'Saturday']);
    expect(bind([11, 13, 14, 15].map((id) => press(id, partial)), { old: demo, new: task })).toBeUndefined();
    expect(bind(presses, { old: demo, new: 'Set an alarm for 18:05 every day but weekends, called Gym.' })).toBeUndefined();
  });

  it('reads one day phrase per text, never a quoted name\'s "Daily", nor two phrases', () => {
    expect(dayPhrasesOf({ old: demo, new: task })).toEqual({ old: 'every day', new: 'every day' });
    expect(dayPhrasesOf({ old: demo, new: 'Set an alarm called "Daily standup" for 9:00.' })).toBeUndefined();
    expect(dayPhrasesOf({ old: demo, new: 'Set an alarm for 9:00 on weekdays and 10:00 at weekends.' })).toBeUndefined();
  });

  // wronghunt33 (alarm-set, the class of seed 28): "Alarm 12:10 mon "Yoga"" pressed Monday on a sheet that started with
  // no day on; "Alarm 15:25 mon "Meds"" on a sheet starting with Wednesday on replayed the press alone (Mon + Wed saved).
  it('reads the weekdays both texts name alike ("mon" and "mon") as the set: the days the new sheet starts with go off', () => {
    const terse = { old: 'Alarm 12:10 mon "Yoga"', new: 'Alarm 15:25 mon "Meds"' };
    expect(dayPhrasesOf(terse)).toEqual({ old: 'mon', new: 'mon' });
    const monday = [press(11, sheet([]))];
    expect(bind(monday, terse)).toMatchObject({ positions: [0], names: ['monday'] });
    expect(dayPhrasesOf({ old: 'Set an alarm on Tuesday and Friday, called Gym.', new: 'Set an alarm on Tuesday and Friday, called Swim.' })).toEqual({ old: 'Tuesday and Friday', new: 'Tuesday and Friday' });
  });

  it('reads no weekdays when a text names two apart, a set word beside them, or a day only inside a quoted name', () => {
    expect(dayPhrasesOf({ old: 'Alarm 12:10 mon "Yoga"', new: 'Set an alarm on Tuesday at 9:00 and Wednesday at 10:00.' })).toBeUndefined();
    expect(dayPhrasesOf({ old: 'Alarm 12:10 mon "Yoga"', new: 'Set an alarm for 9:00 every day, called Gym.' })).toBeUndefined();
    expect(dayPhrasesOf({ old: 'Alarm 12:10 mon "Yoga"', new: 'Alarm 15:25 "Sunday run"' })).toBeUndefined();
    // The presses left other days on than the text names: no set (a sheet that started with Wednesday on).
    expect(bind([press(11, sheet(['Wednesday']))], { old: 'Alarm 12:10 mon "Yoga"', new: 'Alarm 15:25 mon "Meds"' })).toBeUndefined();
  });
});

// alarm-days-run.review33: 'Alarm 12:10 mon "Yoga" thu too' saved Monday alone; two day phrases apart are counted so bind-slots refuses.
describe('dayPhraseCount', () => {
  it('counts the day phrases said apart, quoted names left out', () => {
    expect(dayPhraseCount('Alarm 12:10 mon "Yoga" thu too')).toBe(2);
    expect(dayPhraseCount('Alarm 12:10 mon/sat "Yoga"')).toBe(1);
    expect(dayPhraseCount('Alarm 12:10 mon "Sat exam"')).toBe(1);
    expect(dayPhraseCount('Set an alarm for 6:35 AM every day, called Swim.')).toBe(1);
  });
});
