/**
 * review29c probes, run whole (record a demonstration, then the offline policy on a new wording): an "Edit alarm"
 * sheet with an Hour list 1–12, Minutes, an AM / PM pair and a row of seven day toggles. Whatever the policy does, it
 * must never save the alarm with other days or another time than the task asks; refusing is fine.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { DAYS, demonstrate, sheet, type Demo } from '../../../test/kits/exemplar/alarm-sheet.js';

/** Demonstrated by default: "Set an alarm for 7:30 AM every weekday, called Gym." — Sunday off, Monday–Friday on. */
const WEEKDAY_DEMO: Demo = { task: 'Set an alarm for 7:30 AM every weekday, called Gym.', hour: '7', minutes: '30', pm: false, presses: ['Sunday', ...DAYS.slice(0, 5)], name: 'Gym' };

async function run(task: string, demoOf: Demo = WEEKDAY_DEMO, repeatList = false) {
  const demo = await demonstrate(demoOf, repeatList);
  const operator = sheet(['Sunday'], repeatList);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  const days = DAYS.filter((day) => operator.checked.has(day.toLowerCase()));
  const saved = operator.clicks.includes('save');
  if (process.env.PROBE_LOG) console.log('PROBE', task, '=>', saved, days.join(','), operator.values.get('hour'), operator.values.get('minutes'), operator.checked.has('pm') ? 'PM' : 'AM', String(result.outcome.reason).slice(0, 260));
  return { saved, days, hour: operator.values.get('hour'), minutes: operator.values.get('minutes'), half: operator.checked.has('pm') ? 'PM' : 'AM', reason: result.outcome.reason };
}

const MUM: Demo = { task: 'From Mum: "set yourself an alarm for 12:25 PM every weekday, label it School run!"', hour: '12', minutes: '25', pm: true, presses: ['Sunday', ...DAYS.slice(0, 5)], name: 'School run' };
const TUE: Demo = { task: 'Name: Yoga. Repeat: tue. Time: 2:35 PM.', hour: '2', minutes: '35', pm: true, presses: ['Sunday', 'Tuesday'], name: 'Yoga' };

describe('review29c: the alarm is saved only as asked', () => {
  it('control: the plain wording is saved as asked (Monday–Sunday, 6:35 AM)', async () => {
    const done = await run('Set an alarm for 6:35 AM every day, called Swim.');
    expect(done, done.reason).toMatchObject({ saved: true, days: DAYS, hour: '6', minutes: '35', half: 'AM' });
  });

  describe('a day left out in a sentence of its own, in the plural', () => {
    for (const [demo, task, days] of [
      // New on trial29d: the relayed message is read as task text (8fd0bb1) and its "every day" set as all seven days.
      [MUM, 'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim! Not sundays."', DAYS.slice(0, 6)],
      // Also before the daysclock branch: "sundays" is no day word, "off" is past NEAR.
      [WEEKDAY_DEMO, 'Set an alarm for 6:35 AM every day, called Swim. Leave sundays off.', DAYS.slice(0, 6)],
    ] as const) {
      it(`${demo.task} → "${task}": saved only with ${days.join(', ')}`, async () => {
        const done = await run(task, demo);
        if (done.saved) expect(done.days, done.reason).toEqual(days);
      });
    }
  });

  describe('a repeat the weekly toggles cannot say (also before the daysclock branch)', () => {
    for (const [demo, task] of [
      [TUE, 'Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM.'],
      [TUE, 'Name: Bins. Repeat: tue (every two weeks). Time: 2:35 PM.'],
      [WEEKDAY_DEMO, 'Set an alarm for 7:30 AM every weekday, fortnightly, called Gym.'],
      // The near cases (rules/repeat-period.ts): every other / every N / monthly / an ordinal weekday / yearly / once.
      [TUE, 'Name: Bins. Repeat: every other tue. Time: 2:35 PM.'],
      [TUE, 'Name: Bins. Repeat: tue, biweekly. Time: 2:35 PM.'],
      [TUE, 'Name: Rent. Repeat: monthly. Time: 2:35 PM.'],
      [TUE, 'Name: Review. Repeat: first tue. Time: 2:35 PM.'],
      [TUE, 'Name: Birthday. Repeat: tue, yearly. Time: 2:35 PM.'],
      [WEEKDAY_DEMO, 'Set an alarm for 7:30 AM every 3 days, called Gym.'],
      [WEEKDAY_DEMO, 'Set an alarm for 7:30 AM every other day, called Gym.'],
      [WEEKDAY_DEMO, 'Set an alarm for 7:30 AM on the 3rd of each month, called Rent.'],
      [WEEKDAY_DEMO, 'Set an alarm for 7:30 AM on Friday, just once, called Flight.'],
    ] as const) {
      it(`${demo.task} → "${task}": not saved as a weekly alarm`, async () => {
        const done = await run(task, demo);
        expect(done.saved, JSON.stringify(done)).toBe(false);
        expect(String(done.reason)).toMatch(/asks for the repeat/u);
      });
    }
    it('a page offering "Every 2 weeks" the demonstration never set: refused, naming the control', async () => {
      const done = await run('Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM.', TUE, true);
      expect(done.saved, JSON.stringify(done)).toBe(false);
      expect(String(done.reason)).toContain('the page offers "Every 2 weeks", a control the demonstration never set');
    });
  });

  describe('weekly repeats the toggles say are saved as asked', () => {
    for (const [demo, task, days, hour, minutes, half] of [
      [TUE, 'Name: Bins. Repeat: fri. Time: 2:35 PM.', ['Friday'], '2', '35', 'PM'],
      [TUE, 'Name: Bins. Repeat: every fri. Time: 2:35 PM.', ['Friday'], '2', '35', 'PM'],
    ] as const) {
      it(`${demo.task} → "${task}": ${days.join(', ')}`, async () => {
        const done = await run(task, demo);
        expect(done, done.reason).toMatchObject({ saved: true, days, hour, minutes, half });
      });
    }
    // Refused on main too, by the whole-text meaning words ("weekday" dropped, "weekends" for "weekday"): never for a repeat.
    for (const [task, days] of [
      ['Set an alarm for 6:35 AM daily, called Swim.', DAYS],
      ['Set an alarm for 6:35 AM at weekends, called Hike.', DAYS.slice(5)],
    ] as const) {
      it(`${WEEKDAY_DEMO.task} → "${task}": no repeat problem, and saved only with ${days.join(', ')}`, async () => {
        const done = await run(task);
        expect(String(done.reason)).not.toMatch(/asks for the repeat/u);
        if (done.saved) expect(done.days, done.reason).toEqual(days);
      });
    }
  });
});
