/**
 * A slot that cuts a value of one kind out of a value of another ("2" → the "18" of "March 18") pairs nothing
 * (issue 11 §4, never silently wrong): refused, naming both.
 */
import { describe, expect, it } from 'vitest';
import type { TaskSlot } from '../align-tasks.js';
import { cutValueProblems } from './cut-values.js';

const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'text' });
const plan = (demoTask: string, task: string, slots: TaskSlot[]) => ({ alignment: { slots }, task, trajectory: { task: demoTask } });

describe('a slot cutting a value out of another kind of value', () => {
  it('refuses a count paired with the number of a day', () => {
    const problems = cutValueProblems(plan("I'm flying Vienna to Prague on Tue the 11th for 2 of us.", "I'm flying Madrid to Dublin on March 18.", [slot('2', '18')]));
    expect(problems).toEqual([{ text: 'the task\'s "18" is part of the day "March 18", which the demonstration\'s "2" is not, so the two do not stand for each other', blocking: true }]);
  });

  it('lets whole values, and parts of values of the same kind, stand for each other', () => {
    expect(cutValueProblems(plan('Book it on Tue the 11th for 2 of us.', 'Book it on March 18 for 3 of us.', [slot('Tue the 11th', 'March 18'), slot('2', '3')]))).toEqual([]);
    expect(cutValueProblems(plan('Pick March 11.', 'Pick March 18.', [slot('11', '18')]))).toEqual([]);
  });

  it('reads numbers only: a word of an e-mail address in a slot is left to the other readings', () => {
    expect(cutValueProblems(plan('Newsletter: Cooking for Luca at luca.wolff@inbox.test.', 'Sign Sofia up with sofia.ferrara@post.test for Music.', [slot('Cooking', 'Sofia')]))).toEqual([]);
  });
});
