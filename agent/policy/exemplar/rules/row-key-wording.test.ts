/**
 * A row chosen by a value one task leads with a preposition and the other does not ("runs at weekends" / "runs
 * self-paced"): the row that shows the new value. Both sides led by their own prepositions, a value no row shows, or
 * several rows showing it: refused, no press.
 */
import { describe, expect, it } from 'vitest';
import { followCourseDemo, type Course } from '../../../../test/kits/exemplar/course-list.js';
import { rowKeyWithoutLeadingPreposition } from './row-key-wording.js';

describe('rowKeyWithoutLeadingPreposition', () => {
  it('drops the function words one side alone leads its value with', () => {
    expect(rowKeyWithoutLeadingPreposition('at weekends', 'self-paced')).toEqual({ old: 'weekends', new: 'self-paced' });
    expect(rowKeyWithoutLeadingPreposition('evenings', 'in the mornings')).toEqual({ old: 'evenings', new: 'mornings' });
  });

  it('keeps both sides when both or neither lead with function words, or nothing else would be left', () => {
    expect(rowKeyWithoutLeadingPreposition('from London', 'to Paris')).toBeUndefined();
    expect(rowKeyWithoutLeadingPreposition('at weekends', 'in the evenings')).toBeUndefined();
    expect(rowKeyWithoutLeadingPreposition('weekends', 'self-paced')).toBeUndefined();
    expect(rowKeyWithoutLeadingPreposition('at the', 'self-paced')).toBeUndefined();
  });
});

const demoCourses: Course[] = [
  ['basics', 'Singing basics', 'Beginner · Evenings'],
  ['practice', 'Singing in practice', 'Advanced · Weekends'],
  ['club', 'Singing club', 'Intermediate · Mornings'],
];

const run = (courses: readonly Course[], task: string) => followCourseDemo(demoCourses, courses, task);

describe('a row chosen by a value after a preposition in one task only, run whole', () => {
  const courses: Course[] = [
    ['practice', 'Singing in practice', 'Advanced · Weekends'],
    ['self', 'Singing for all', 'Beginner · Self-paced'],
    ['club', 'Singing club', 'Intermediate · Mondays'],
  ];

  it('"… that runs self-paced" presses Join in the row that shows "Self-paced"', async () => {
    const { clicks, status, reason } = await run(courses, 'Sign me up for the Singing course that runs self-paced.');
    expect(status, reason).toBe('success');
    expect(clicks).toEqual(['self-join']);
  });

  it('"… that runs on Mondays" (a preposition of its own where the demonstration had "at") presses nothing', async () => {
    const { clicks, status } = await run(courses, 'Sign me up for the Singing course that runs on Mondays.');
    expect({ clicks, status }).toEqual({ clicks: [], status: 'failed' });
  });

  it('presses nothing when no row, or several rows, show the new value', async () => {
    const none: Course[] = courses.filter(([key]) => key !== 'self');
    expect((await run(none, 'Sign me up for the Singing course that runs self-paced.')).clicks).toEqual([]);
    const two: Course[] = [...courses, ['solo', 'Solo singing', 'Advanced · Self-paced']];
    expect((await run(two, 'Sign me up for the Singing course that runs self-paced.')).clicks).toEqual([]);
  });
});
