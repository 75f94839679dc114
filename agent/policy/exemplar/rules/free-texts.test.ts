import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { alignByPlaces } from './kind-by-places.js';
import { addsMeaning, withNamedExtents } from './free-texts.js';
import { valueSpans } from '../value-spans.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'textbox' ? 'input' : role === 'combobox' ? 'select' : 'button',
  text,
  states: {},
  box: { x: 0, y: nextId * 20, width: 10, height: 10 },
  source: 'dom',
  interactive: true,
  ...extra,
});
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;
const slotsOf = (placed: ReturnType<typeof alignByPlaces>) => ('gap' in placed ? placed.gap : placed.alignment.slots.map((slot) => `${slot.old[0]} → ${slot.new[0]}`));

// An alarm sheet: a time and a label typed, a save button.
const time = element('textbox', '', { label: 'Time' });
const label = element('textbox', '', { label: 'Label' });
const save = element('button', 'Save alarm');
const sheet = [time, label, save];
const alarmSteps = [
  step(sheet, { type: 'type', text: '12:25', target: { elementId: time.id } }),
  step(sheet, { type: 'type', text: 'School run', target: { elementId: label.id } }),
  step(sheet, { type: 'click', target: { elementId: save.id } }),
];
const ALARM_DEMO = 'Set an alarm for 12:25, label it School run!';

// An issue form: a title and a description typed, a submit button.
const title = element('textbox', '', { label: 'Title' });
const description = element('textbox', '', { label: 'Description', tag: 'textarea' });
const submit = element('button', 'Submit');
const form = [title, description, submit];
const issueSteps = [
  step(form, { type: 'type', text: 'Reset link expires at once', target: { elementId: title.id } }),
  step(form, { type: 'type', text: 'The reset link says it has expired.', target: { elementId: description.id } }),
  step(form, { type: 'click', target: { elementId: submit.id } }),
];
const ISSUE_DEMO = 'Report a problem titled Reset link expires at once. Details: The reset link says it has expired.';

describe('free texts: one kind of value however the task writes it (rules/free-texts.ts)', () => {
  it('pairs a quoted text with a name the demonstration typed after "label it"', () => {
    expect(slotsOf(alignByPlaces(ALARM_DEMO, 'Alarm 08:30 "Piano"', alarmSteps, sheet))).toEqual(['12:25 → 08:30', 'School run → Piano']);
  });

  it('reads a name after "called" to its clause\'s end, as the demonstration\'s ran', () => {
    expect(slotsOf(alignByPlaces(ALARM_DEMO, 'Set an alarm for 3:55, called Bins out.', alarmSteps, sheet))).toEqual(['12:25 → 3:55', 'School run → Bins out']);
    // Another value after it, with the word leading to it, ends the name there.
    expect(slotsOf(alignByPlaces(ALARM_DEMO, 'Set an alarm called Bins out at 3:55.', alarmSteps, sheet))).toEqual(['12:25 → 3:55', 'School run → Bins out']);
  });

  it('keeps a number written against a word of the name ("page 2") and stops at a parenthesis', () => {
    const demo = 'Report a problem titled Reset link expires at once (serious).';
    const text = 'Report a problem titled Filters reset on page 2 (serious).';
    const extended = withNamedExtents(text, valueSpans(text), demo, [{ type: 'name', text: 'Reset link expires at once', value: 'Reset link expires at once', words: 5, start: 24, end: 50 }]);
    expect(extended.map((span) => [span.type, span.text])).toEqual([['name', 'Filters reset on page 2']]);
  });

  it('refuses a quoted text this page shows as a choice: a name the page offers is no free text', () => {
    const piano = element('button', 'Piano');
    const placed = alignByPlaces(ALARM_DEMO, 'Alarm 08:30 "Piano"', alarmSteps, [...sheet, piano]);
    expect('gap' in placed).toBe(true);
  });

  it('refuses a free text that names more than the demonstration\'s, and a name leading on to another value ("for Dad")', () => {
    expect('gap' in alignByPlaces(ALARM_DEMO, 'Set an alarm for 3:55 called Bins out and Recycling.', alarmSteps, sheet)).toBe(true);
    expect('gap' in alignByPlaces(ALARM_DEMO, 'Set an alarm for 3:55 called Bins for Dad.', alarmSteps, sheet)).toBe(true);
  });

  it('refuses where the new task means more than the demonstration said ("daily", "just cosmetic")', () => {
    expect(addsMeaning(ALARM_DEMO, 'Alarm 08:30 daily "Piano"', valueSpans('Alarm 08:30 daily "Piano"'))).toBe('daily');
    const daily = alignByPlaces(ALARM_DEMO, 'Alarm 08:30 daily "Piano"', alarmSteps, sheet);
    expect('gap' in daily && daily.gap).toMatch(/would pair, but this task says "daily"/);
    expect('gap' in alignByPlaces(ALARM_DEMO, 'Set an alarm for 3:55 on weekdays, called Bins out.', alarmSteps, sheet)).toBe(true);
  });

  it('pairs two free texts by their cue words (title, details / description), whatever their order', () => {
    const reversed = 'Report a problem. Description: "Going to page 2 drops the filter." Title: "Filters reset".';
    expect(slotsOf(alignByPlaces(ISSUE_DEMO, reversed, issueSteps, form))).toEqual([
      'Reset link expires at once → Filters reset',
      'The reset link says it has expired. → Going to page 2 drops the filter.',
    ]);
  });

  it('refuses two free texts whose cues disagree with the only pairing left (order alone)', () => {
    // Both told as the body: the title would take a description.
    const crossed = 'Report a problem. Description: "Filters reset". Details: "Going to page 2 drops the filter."';
    const placed = alignByPlaces(ISSUE_DEMO, crossed, issueSteps, form);
    expect('gap' in placed && placed.gap).toMatch(/told by "titled".*told by "description"/);
  });
});
