import { describe, expect, it } from 'vitest';
import type { UIElement } from '../core/observation.js';
import { dateTimeFieldProblems } from './date-time-fields.js';
import { judgeTaskState } from './task-state.js';

let nextId = 1;
const field = (label: string, value: string, role = 'textbox'): UIElement => ({ id: nextId++, role, text: '', label, value, tag: 'input', states: {}, source: 'dom', interactive: true, box: { x: 0, y: 0, width: 100, height: 20 } });

describe('date and time fields judged by meaning', () => {
  const task = 'The meeting is on February 7, 1972 at 14:05. Enter it and hit Submit.';

  it('takes a date or time written in the field\'s own form as the task\'s', () => {
    expect(dateTimeFieldProblems(task, [field('Date', '07.02.1972'), field('Time', '2:05 PM')])).toEqual([]);
    expect(dateTimeFieldProblems(task, [field('Date', '1972-02-07'), field('Time', '14:05')])).toEqual([]);
  });

  it('names a field holding another date or time', () => {
    const problems = dateTimeFieldProblems(task, [field('Date', '02/08/1972'), field('Time', '2:05 AM')]);
    expect(problems).toEqual([
      'the date field "Date" holds "02/08/1972", which is not the date the task names',
      'the time field "Time" holds "2:05 AM", which is not the time the task names',
    ]);
  });

  it('leaves alone values that are no date, and tasks that name none', () => {
    expect(dateTimeFieldProblems(task, [field('Name', 'Lara'), field('Date', '')])).toEqual([]);
    expect(dateTimeFieldProblems('Enter "Lara" and press OK.', [field('Date', '02/08/1972')])).toEqual([]);
  });

  it('makes the completeness check refuse a date picked in the wrong month', () => {
    const verdict = judgeTaskState({
      task: 'Select 05/03/2015 as the date and hit submit.',
      observation: { sequence: 1, environment: 'browser', elements: [field('Date:', '08/03/2015')], viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://form', title: 'Form' }, capturedAt: 0 },
      history: [],
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(/holds "08\/03\/2015", which is not the date the task names/);
  });
});
