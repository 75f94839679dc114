/**
 * A day and a time written together bind piece by piece to the steps that
 * set them apart; a piece no step used leaves the slot unbound.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Step } from '../../../core/trajectory.js';
import { dateTimePieceBindings, dateTimePieces } from './date-time-pieces.js';

const step = (action: Action): Step => ({ index: 0, observation: { text: '', elements: [] }, action, targets: [] }) as unknown as Step;
const chose = (option: string) => step({ type: 'select', target: { elementId: 3 }, option } as Action);

describe('dateTimePieces', () => {
  it('cuts a value into its day and its time', () => {
    expect(dateTimePieces('14 February 12:30pm')).toEqual({ day: '14 February', time: '12:30pm' });
    expect(dateTimePieces('Wednesday 1:30pm')).toEqual({ day: 'Wednesday', time: '1:30pm' });
    expect(dateTimePieces('December 7 10:00')).toEqual({ day: 'December 7', time: '10:00' });
    expect(dateTimePieces('Friday at 4 pm')).toEqual({ day: 'Friday', time: '4 pm' });
  });
  it('cuts nothing without exactly one time and a day on one side of it', () => {
    expect(dateTimePieces('12:30pm')).toBeUndefined();
    expect(dateTimePieces('9:00 to 10:00')).toBeUndefined();
    expect(dateTimePieces('Friday 9:00 Greta')).toBeUndefined();
  });
});

describe('dateTimePieceBindings', () => {
  const steps = [chose('Friday, February 14'), chose('12:30 PM')];
  const evidence = ['Friday, February 14', '12:30 PM'];
  const used = (text: string) => evidence.includes(text);
  it('binds the time in the form the demonstration chose it, and the day to its option', () => {
    expect(dateTimePieceBindings('14 February 12:30pm', '23 May 15:30', steps, evidence, used)).toEqual([
      { old: '12:30 PM', new: '3:30 PM' },
      { old: 'Friday, February 14', new: 'May 23' },
    ]);
    expect(dateTimePieceBindings('14 February 12:30pm', 'Wednesday 1:30pm', steps, evidence, used)).toEqual([
      { old: '12:30 PM', new: '1:30 PM' },
      { old: 'Friday, February 14', new: 'Wednesday' },
    ]);
  });
  it('binds nothing when a piece went unused', () => {
    expect(dateTimePieceBindings('14 February 12:30pm', '23 May 15:30', [chose('Friday, February 14')], ['Friday, February 14'], (text) => text === 'Friday, February 14')).toBeUndefined();
    expect(dateTimePieceBindings('14 February 12:30pm', '23 May 15:30', [chose('12:30 PM')], ['12:30 PM'], (text) => text === '12:30 PM')).toBeUndefined();
  });
});
