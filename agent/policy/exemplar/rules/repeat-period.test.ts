import { describe, expect, it } from 'vitest';
import { repeatPeriodProblems, repeatPeriodsIn } from './repeat-period.js';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';

const keys = (text: string) => repeatPeriodsIn(text).map((period) => period.key);

describe('repeatPeriodsIn: repeats a row of weekly day toggles cannot say', () => {
  for (const [text, key] of [
    ['Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM.', 'every 2 weeks'],
    ['Name: Bins. Repeat: tue (every two weeks). Time: 2:35 PM.', 'every 2 weeks'],
    ['Set an alarm for 7:30 AM every weekday, fortnightly, called Gym.', 'every 2 weeks'],
    ['Alarm 06:35 every other Tuesday "Bins"', 'every 2 weeks'],
    ['Set a biweekly alarm on Friday at 9 AM called Pay.', 'every 2 weeks'],
    ['Bi-weekly alarm, Friday 9 AM, "Pay"', 'every 2 weeks'],
    ['An alarm every second Tuesday at 6 PM, label it Choir.', 'every 2 weeks'],
    ['Wake me at 6:00 every 2nd week on Monday.', 'every 2 weeks'],
    ['Set an alarm for 7 AM every other day, called Run.', 'every 2 days'],
    ['Set an alarm for 7 AM every 3 days, called Water plants.', 'every 3 days'],
    ['Alarm at 8 AM every alternate day, "Pills"', 'every 2 days'],
    ['Alarm at 8 AM on alternate weekdays, "Pills"', 'every 2 weekdays'],
    ['Set an alarm for 9 AM every other weekend, called Hike.', 'every 2 weekends'],
    ['Alarm 06:35 tue every-other-week "Bins"', 'every 2 weeks'],
    ['Set an alarm for 6:35 AM on alternate Tuesdays, called Bins.', 'every 2 weeks'],
    ['Alarm 09:00 monthly "Rent"', 'every month'],
    ['Set an alarm for 9 AM on the 3rd of each month, called Rent.', 'every month'],
    ['Set an alarm for 9 AM on the 3rd of the month, called Rent.', 'every month'],
    ['Alarm for 9 AM the first Monday, called Review.', 'one weekday of a month'],
    ['Set an alarm for 5 PM on the last Friday, called Payday drinks.', 'one weekday of a month'],
    ['Alarm 07:00 yearly "Birthday"', 'every year'],
    ['Set an alarm for 8 AM annually, called Taxes.', 'every year'],
    ['Set an alarm for 6 AM, just once, called Flight.', 'once'],
    ['Set an alarm for 6 AM once, called Flight.', 'once'],
    ["Set an alarm for 6 AM on Friday, don't repeat it, called Flight.", 'once'],
    ['Alarm at 10 AM every hour "Stretch"', 'every hour'],
  ] as const) {
    it(`"${text}" → ${key}`, () => expect(keys(text)).toContain(key));
  }

  for (const text of [
    'Set an alarm for 6:35 AM every day, called Swim.',
    'Set an alarm for 6:35 AM daily, called Swim.',
    'Set an alarm for 7:30 AM every weekday, called Gym.',
    'Alarm 05:55 sat/sun "Meds"',
    'Name: Yoga. Repeat: tue. Time: 2:35 PM.',
    'Set a weekly alarm for 7 AM every Tuesday, called Bins.',
    'Set an alarm for 7 AM once a week on Tuesday, called Bins.',
    'Set an alarm for 7 AM every week on Monday, called Bins.',
    'Alarm 06:35 Mon–Fri "Swim"',
    'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim! Not sundays."',
    'Once the sheet is open, set an alarm for 6 AM on weekdays called Work.',
    'Set an alarm for 7 AM at weekends, in an hour I leave, called Hike.',
    'Set an alarm for 7 AM on weekdays, called "Monthly review".',
    'Set an alarm for 7 AM on Monday, called "Yearly check".',
    'Set an alarm for 6 AM every day but weekends, called Work.',
    'Set the 7 AM alarm for Monday first, called Work.',
    // "at once" is now, no repeat (review30: refused on trial30a as "once").
    'Set an alarm for 7 AM on Monday and Wednesday, called Gym. Do it at once.',
    'Set an alarm for 7 AM on Monday and Wednesday, called Gym, all at once.',
  ]) {
    it(`"${text}": none`, () => expect(keys(text)).toEqual([]));
  }
  // A period word in a name field's value is the name (review30's false refusal, mended): "Monthly standup" as if quoted.
  it('"Name: Monthly standup. Repeat: tue. Time: 9:00 AM.": none', () => expect(keys('Name: Monthly standup. Repeat: tue. Time: 9:00 AM.')).toEqual([]));
  it('"Title: Rent Yearly Review, Repeat: mon.": none', () => expect(keys('Title: Rent Yearly Review, Repeat: mon.')).toEqual([]));
  // Guard: the repeat written beside the name, lower case or in a clause of its own, is still read.
  for (const [text, key] of [
    ['Name: Standup monthly. Repeat: tue. Time: 9:00 AM.', 'every month'],
    ['Name: Standup. Monthly. Time: 9:00 AM.', 'every month'],
    ['Name: Standup, Monthly on Tuesday. Time: 9:00 AM.', 'every month'],
    ['Name: Standup. Repeat: Monthly. Time: 9:00 AM.', 'every month'],
    ['Name: Standup (Monthly). Repeat: tue.', 'every month'],
    // No field of its own says the repeat: the name's word may be it.
    ['Name: Monthly standup. Time: 9:00 AM.', 'every month'],
  ] as const) {
    it(`"${text}" → ${key}`, () => expect(keys(text)).toContain(key));
  }
});

/** A sheet with a row of seven day toggles (and, when asked, a "Repeat" list), and a demonstration that pressed Tuesday. */
function sheet(repeatList = false): UIElement[] {
  const element = (id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement =>
    ({ id, role, text, interactive: true, states: {}, box: { x: id * 10, y: 0, width: 10, height: 10 }, source: 'dom', ...extra }) as UIElement;
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day, index) => element(index + 1, 'button', day[0]!, { label: day, states: { checked: false } }));
  return [...days, ...(repeatList ? [element(20, 'combobox', 'Weekly', { label: 'Repeat', options: ['Weekly', 'Every 2 weeks', 'Monthly'] })] : []), element(30, 'button', 'Save')];
}
const pressed = (page: UIElement[]): Step[] => [{ observation: { elements: page }, action: { type: 'click', target: { elementId: 2 } } } as unknown as Step];

describe('repeatPeriodProblems', () => {
  const demoTask = 'Name: Yoga. Repeat: tue. Time: 2:35 PM.';
  it('a fortnightly repeat where the steps pressed day toggles is blocking, saying the toggles set days of every week', () => {
    const [problem] = repeatPeriodProblems({ demoTask, task: 'Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM.', steps: pressed(sheet()), pages: sheet() });
    expect(problem).toMatchObject({ blocking: true });
    expect(problem!.text).toContain('"fortnightly"');
    expect(problem!.text).toContain('day toggles only set days of every week');
  });
  it('a page offering the period ("Every 2 weeks") is still refused, naming the control the demonstration never set', () => {
    const [problem] = repeatPeriodProblems({ demoTask, task: 'Name: Bins. Repeat: every other tue. Time: 2:35 PM.', steps: pressed(sheet(true)), pages: sheet(true) });
    expect(problem).toMatchObject({ blocking: true });
    expect(problem!.text).toContain('the page offers "Every 2 weeks", a control the demonstration never set');
  });
  it('a demonstration asking a period the task drops is refused too: its steps may have set it', () => {
    const [problem] = repeatPeriodProblems({ demoTask: 'Name: Bins. Repeat: tue, fortnightly. Time: 2:35 PM.', task: demoTask, steps: pressed(sheet()), pages: sheet() });
    expect(problem).toMatchObject({ blocking: true });
    expect(problem!.text).toContain("the demonstration's task asked for the repeat \"fortnightly\"");
  });
  it('the same period in both texts, or a weekly one, is no problem', () => {
    expect(repeatPeriodProblems({ demoTask: 'Repeat: tue, fortnightly.', task: 'Repeat: fri, fortnightly.', steps: pressed(sheet()), pages: sheet() })).toEqual([]);
    expect(repeatPeriodProblems({ demoTask, task: 'Name: Bins. Repeat: every Tuesday. Time: 2:35 PM.', steps: pressed(sheet()), pages: sheet() })).toEqual([]);
  });
  it('steps that pressed no day toggle are not read (a "Monthly" billing choice is a value of its own)', () => {
    const page = sheet(true);
    const steps = [{ observation: { elements: page }, action: { type: 'click', target: { elementId: 30 } } } as unknown as Step];
    expect(repeatPeriodProblems({ demoTask: 'Sign up, billed weekly.', task: 'Sign up, billed monthly.', steps, pages: page })).toEqual([]);
  });
});
