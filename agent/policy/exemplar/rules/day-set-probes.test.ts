/**
 * review29c probes (day-set): day phrasings a person reads as another set of days than the slot's, which the row of
 * day toggles must not be set to. Each test states what a person would do; it fails where the policy would act wrongly.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { dayToggleSet, saysMoreThanDaySet } from './day-set.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const toggle = (id: number, text: string, label: string | undefined, checked: boolean): UIElement =>
  ({ id, role: 'button', tag: 'button', text, ...(label ? { label } : {}), states: { checked }, box: { x: id * 20, y: 0, width: 17, height: 17 }, source: 'dom', interactive: true }) as UIElement;
const sheet = (on: readonly string[], pm = false): UIElement[] => [
  toggle(1, 'AM', undefined, !pm),
  toggle(2, 'PM', undefined, pm),
  ...DAYS.map((day, index) => toggle(10 + index, day[0]!, day, on.includes(day))),
];
const press = (id: number, elements: UIElement[]): Step => ({ action: { type: 'click', target: { elementId: id } }, observation: { elements } }) as unknown as Step;

// Demonstrated "every weekday": the sheet started with Sunday, Tuesday, Thursday on; PM, then Sun, Mon, Wed, Fri pressed.
const start = sheet(['Sunday', 'Tuesday', 'Thursday']);
const steps = [press(2, start), press(10, start), press(11, start), press(13, start), press(15, start)];
const DEMO = 'Set an alarm named "Gym" every weekday, then press Save.';

describe('review29c: a day range is every day between, never its two ends', () => {
  it('"mon-fri" / "Monday to Friday" / "Monday through Friday" never sets Monday and Friday alone', () => {
    for (const [task, values] of [
      ['Alarm 06:35 mon-fri "Swim"', ['mon', 'fri']],
      ['Set an alarm named "Swim" Monday to Friday, then press Save.', ['Monday', 'Friday']],
      ['Set an alarm named "Swim" from Monday through Friday, then press Save.', ['Monday', 'Friday']],
    ] as const) {
      const set = dayToggleSet(steps, ['weekday'], [...values], { old: DEMO, new: task });
      // A person turns on Monday to Friday, all five — or, unsure, does nothing: never Monday and Friday only.
      if (set) expect(set.names, task).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    }
  });
});

describe('review29c: a day left out further on, or written in the plural', () => {
  it('"every day at 6:35 AM except Sundays" leaves Sunday off', () => {
    // "except" is four words past "day": out of NEAR's reach; "Sundays" (plural) is no day word.
    const task = 'Set an alarm named "Swim" every day at 6:35 AM except Sundays, then press Save.';
    expect(saysMoreThanDaySet(task, ['day'])).toBe(true);
    expect(dayToggleSet(steps, ['weekday'], ['day'], { old: DEMO, new: task })).toBeUndefined();
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
