/**
 * A slot running across a clause joint is read clause by clause: the values
 * in each clause pair up, the words joining the clauses are wording. When the
 * pieces do not pair (another verb, another count of clauses, a clause that
 * asks something of its own), the slot stays whole.
 */
import { describe, expect, it } from 'vitest';
import { alignTasks } from '../align-tasks.js';
import { splitAtClauseJoints, splitSlotAtJoints } from './clause-joints.js';

const pairs = (demo: string, task: string) => {
  const notes: string[] = [];
  const alignment = splitAtClauseJoints(demo, task, alignTasks(demo, task), notes);
  return { slots: alignment.slots.map((slot) => `${slot.old.join(', ')} → ${slot.new.join(', ')}`), notes };
};

describe('slots split at clause joints', () => {
  it('splits a value and a closing press joined by other words ("15, then press Apply" / "56 and click Go")', () => {
    const whole = alignTasks('Set Balance to 15, then press Apply.', 'Set Balance to 56 and click Go.');
    expect(whole.slots.some((slot) => slot.old.some((value) => /press Apply/.test(value)))).toBe(true);
    const { slots, notes } = pairs('Set Balance to 15, then press Apply.', 'Set Balance to 56 and click Go.');
    expect(slots).toEqual(['15 → 56', 'Apply → Go']);
    expect(notes[0]).toMatch(/clause by clause/);
  });

  it('leaves out a clause that only says to enter what the task named ("Enter it"), never one asking something else ("Delete it")', () => {
    const { slots } = pairs('The meeting is on 2011-11-23 at 10:12. Enter it and hit Submit.', 'The meeting is on 2027-01-26 at 06:19, then press OK.');
    expect(slots).toEqual(['2011-11-23 → 2027-01-26', '10:12 → 06:19', 'Submit → OK']);
    const kept = pairs('The meeting is on 2011-11-23 at 10:12. Delete it and hit Submit.', 'The meeting is on 2027-01-26 at 06:19, then press OK.');
    expect(kept.slots).toEqual(['2011-11-23 → 2027-01-26', '10:12. Delete it, hit Submit → 06:19, then press OK']);
    expect(kept.notes).toEqual([]);
  });

  it('keeps the slot whole when the verbs opening the pieces ask different things', () => {
    expect(splitSlotAtJoints('Set Balance to 15, then press Apply.', 'Set Balance to 56 and delete Go.', { old: ['15', 'then press Apply'], new: ['56', 'delete Go'], list: true, kind: 'text' })).toBeUndefined();
  });

  it('keeps a list inside one clause as it is ("Select A, B and C")', () => {
    expect(splitSlotAtJoints('Select Oslo, Riga and Porto, then press OK.', 'Select Lyon and Turin, then press OK.', { old: ['Oslo', 'Riga', 'Porto'], new: ['Lyon', 'Turin'], list: true, kind: 'text' })).toBeUndefined();
  });
});
