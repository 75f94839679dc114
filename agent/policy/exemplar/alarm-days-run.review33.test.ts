/**
 * Review probes (session 33, review33) of rules/day-set.ts, run whole on the alarm sheet of alarm-days-run.test.ts
 * (its sheet and demonstration kit, test/kits/exemplar/alarm-sheet.ts): "Set an alarm for 6:35 AM every day, called Swim." demonstrated (every
 * day pressed on), then a text naming "weekends" once as the days left out. A set read from it saves the alarm with
 * Saturday and Sunday alone. And short-weekdays.ts's short weekday after a clock time ('Alarm 12:10 mon "Yoga"',
 * demonstrated by Sunday off and Monday on): a second day said after the name is dropped. `it.fails` marks a wrong
 * action (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { DAYS, demonstrate, sheet, type Demo } from '../../../test/kits/exemplar/alarm-sheet.js';


const EVERY_DAY: Demo = { task: 'Set an alarm for 6:35 AM every day, called Swim.', hour: '6', minutes: '35', pm: false, presses: DAYS.slice(0, 6), name: 'Swim' };

async function run(task: string) {
  const operator = sheet(['Sunday']);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstrate(EVERY_DAY)]) }) }).run(task);
  return { saved: operator.clicks.includes('save'), days: DAYS.filter((day) => operator.checked.has(day.toLowerCase())), reason: result.outcome.reason };
}

describe('weekends named as the days left out, run whole: review33 probes that hold', () => {
  it('saves Saturday and Sunday for "at weekends"', async () => {
    const done = await run('Set an alarm for 6:35 AM at weekends, called Swim.');
    expect(done, done.reason).toMatchObject({ saved: true, days: ['Saturday', 'Sunday'] });
  });
  it('saves nothing for a sentence of something else that names weekends', async () => {
    for (const task of ['Set an alarm for 6:35 AM, called Swim. The gym is closed at weekends.', 'Set an alarm for 6:35 AM, called Swim. Weekends stay as they are.', 'Set an alarm for 6:35 AM, called Swim. My wife works at weekends.']) {
      expect((await run(task)).saved, task).toBe(false);
    }
  });
});

describe('weekends named as the days left out, run whole: review33 wrong actions', () => {
  // Wrong action: "weekends left out" read as the repeat set; saved with Saturday and Sunday alone.
  it('saves no alarm on Saturday and Sunday alone for "weekends left out"', async () => {
    const done = await run('Set an alarm for 6:35 AM, called Swim, weekends left out.');
    if (done.saved) expect(done.days).toEqual(DAYS.slice(0, 5));
  });
  // Wrong action: "weekends aside" read as the repeat set; saved with Saturday and Sunday alone.
  it('saves no alarm on Saturday and Sunday alone for "weekends aside"', async () => {
    const done = await run('Set an alarm for 6:35 AM, called Swim, weekends aside.');
    if (done.saved) expect(done.days).toEqual(DAYS.slice(0, 5));
  });
});

const SHORT: Demo = { task: 'Alarm 12:10 mon "Yoga"', hour: '12', minutes: '10', pm: true, presses: ['Sunday', 'Monday'], name: 'Yoga' };

async function runShort(task: string) {
  const operator = sheet(['Sunday']);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstrate(SHORT)]) }) }).run(task);
  return { saved: operator.clicks.includes('save'), days: DAYS.filter((day) => operator.checked.has(day.toLowerCase())), name: operator.values.get('name'), reason: result.outcome.reason };
}

describe('a short weekday after a clock time, run whole: review33 probes that hold', () => {
  it('saves the one day said, before or after the name, and a name holding a day word', async () => {
    for (const [task, days, name] of [
      ['Alarm 12:10 wed "Yoga"', ['Wednesday'], 'Yoga'],
      ['Alarm 12:10 sun "Yoga"', ['Sunday'], 'Yoga'],
      ['Alarm 12:10 "Yoga" sat', ['Saturday'], 'Yoga'],
      ['Alarm 12:10 mon/sat "Yoga"', ['Monday', 'Saturday'], 'Yoga'],
      ['Alarm 12:10 mon "Sat exam"', ['Monday'], 'Sat exam'],
    ] as const) {
      const done = await runShort(task);
      expect(done, `${task}: ${done.reason}`).toMatchObject({ saved: true, days, name });
    }
  });
  it('saves nothing for a day denied beside the one asked', async () => {
    expect((await runShort('Alarm 12:10 tue "Yoga", not wed')).saved).toBe(false);
  });
});

describe('a short weekday after a clock time, run whole: review33 wrong actions', () => {
  // Wrong action: "thu too" after the name is dropped; the alarm saved on Monday alone.
  it('saves no alarm on Monday alone for \'Alarm 12:10 mon "Yoga" thu too\'', async () => {
    const done = await runShort('Alarm 12:10 mon "Yoga" thu too');
    if (done.saved) expect(done.days).toEqual(['Monday', 'Thursday']);
  });
});
