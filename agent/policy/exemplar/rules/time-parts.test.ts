/**
 * A time the task writes whole ("14:30") typed into two fields of its own
 * (Hour, Minute), and the wordings around it: the time's parts bind the
 * demonstration's typed "10" and "45" (rules/date-formats.ts
 * timePartBindings), a count of one may read "a guest" (count-slots.ts),
 * and "Enter 14:30 as the meeting time" / "Change the meeting time to …"
 * follow a demonstration of "Set the meeting to 10:45 …" (paraphrase-align.ts).
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { dateTimeBindings, timePartBindings } from './date-formats.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

function meetingForm(): WidgetPageOperator {
  const widgets: WidgetSpec[] = [
    { key: 'hour', role: 'textbox', label: 'Hour' },
    { key: 'minute', role: 'textbox', label: 'Minute' },
    { key: 'guests', role: 'textbox', label: 'Guests' },
    { key: 'save', role: 'button', text: 'Save' },
  ];
  return new WidgetPageOperator(widgets);
}

function demonstrate(task: string, hour: string, minute: string, guests: string) {
  return recordDemonstration(meetingForm(), task, (observation, step) =>
    [
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Hour').id }, text: hour, replace: true },
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Minute').id }, text: minute, replace: true },
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Guests').id }, text: guests, replace: true },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
    ][step],
  );
}

async function demonstrations() {
  return [
    await demonstrate('Set the meeting to 10:45 and add 3 guests, then click Save.', '10', '45', '3'),
    await demonstrate('Set the meeting to 09:25 and add 2 guests, then click Save.', '09', '25', '2'),
    await demonstrate('Set the meeting to 16:35 and add 5 guests, then click Save.', '16', '35', '5'),
  ];
}

async function run(task: string) {
  const page = meetingForm();
  const result = await new Runner({ operator: page, policy: new ExemplarPolicy({ memory: new InMemoryExemplars(await demonstrations()) }) }).run(task);
  return { result, page };
}

describe('a time typed into hour and minute fields', () => {
  it('binds the hour and the minute the demonstration typed apart, the new hour as the new task writes it', () => {
    expect(timePartBindings({ hour: 10, minute: 45 }, { hour: 9, minute: 15 }, '09:15', ['10', '45', 'Hour', 'Minute'])).toEqual([
      { old: '10', new: '09' },
      { old: '45', new: '15' },
    ]);
    expect(timePartBindings({ hour: 10, minute: 45 }, { hour: 9, minute: 15 }, '9:15', ['10', '45'])).toEqual([
      { old: '10', new: '9' },
      { old: '45', new: '15' },
    ]);
    // On a 12-hour form: "2" and "PM" for 14:30.
    expect(timePartBindings({ hour: 14, minute: 30 }, { hour: 9, minute: 5 }, '09:05', ['2', '30', 'PM'])).toEqual([
      { old: '2', new: '9' },
      { old: '30', new: '05' },
      { old: 'PM', new: 'AM' },
    ]);
  });

  it('binds no parts when they are not each typed on their own, or when hour and minute read the same', () => {
    expect(timePartBindings({ hour: 10, minute: 45 }, { hour: 9, minute: 15 }, '09:15', ['10:45'])).toEqual([]);
    expect(timePartBindings({ hour: 10, minute: 10 }, { hour: 9, minute: 15 }, '09:15', ['10', '10'])).toEqual([]);
    // The whole time typed as it was written stays one binding.
    expect(dateTimeBindings('10:45', '09:15', ['10:45'])).toEqual({ bindings: [{ old: '10:45', new: '09:15' }] });
  });

  it('fills the hour and minute fields for a time worded the same way', async () => {
    const { result, page } = await run('Set the meeting to 14:30 and add 4 guests, then click Save.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect([page.values.get('hour'), page.values.get('minute'), page.values.get('guests')]).toEqual(['14', '30', '4']);
  });

  it('follows "Enter 08:05 as the meeting time" and "Change the meeting time to 17:15" (one intent, values by type)', async () => {
    const entered = await run('Enter 08:05 as the meeting time and add 2 guests, then click Save.');
    expect(entered.result.outcome.status, entered.result.outcome.reason).toBe('success');
    expect([entered.page.values.get('hour'), entered.page.values.get('minute'), entered.page.values.get('guests')]).toEqual(['08', '05', '2']);
    const changed = await run('Change the meeting time to 17:15 and add 4 guests, then click Save.');
    expect(changed.result.outcome.status, changed.result.outcome.reason).toBe('success');
    expect([changed.page.values.get('hour'), changed.page.values.get('minute'), changed.page.values.get('guests')]).toEqual(['17', '15', '4']);
  });

  it('reads "a guest" and "one guest" as a count of one', async () => {
    for (const task of ['Set the meeting to 11:35 and add a guest, then click Save.', 'Enter 13:50 as the meeting time and add one guest, then click Save.']) {
      const { result, page } = await run(task);
      expect(result.outcome.status, `${task}: ${result.outcome.reason}`).toBe('success');
      expect(page.values.get('guests')).toBe('1');
    }
  });

  it('refuses a task of another kind on the same form (another intent, a value the steps cannot use)', async () => {
    for (const task of ['Delete the meeting at 14:30, then click Save.', 'Set the meeting to 14:30 and invite "Ada Costa", then click Save.']) {
      const { result, page } = await run(task);
      expect(result.outcome.status, `${task}: ${result.outcome.reason}`).not.toBe('success');
      expect(page.clicks).not.toContain('save');
    }
  });
});
