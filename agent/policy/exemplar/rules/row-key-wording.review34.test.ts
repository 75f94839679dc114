/**
 * Review probes (session 34, review34) of rules/row-key-wording.ts rowKeySaidAnotherWay ("at the weekend" keys the
 * demonstrated row's "Weekends"), followed end to end on the course list of row-key-wording.test.ts: "Sign me up for
 * the Singing course that runs at weekends." demonstrated by Join in "Singing in practice · Advanced · Weekends".
 * Hostile: the one Weekends row of another subject, a title holding "weekend", a row at weekends beside one "at the
 * weekend" said of a single date. `it.fails` marks a wrong action or a false refusal.
 */
import { describe, expect, it } from 'vitest';
import { followCourseDemo, type Course } from '../../../../test/kits/exemplar/course-list.js';
import { rowKeySaidAnotherWay } from './row-key-wording.js';

const demoCourses: Course[] = [
  ['basics', 'Singing basics', 'Beginner · Evenings'],
  ['practice', 'Singing in practice', 'Advanced · Weekends'],
  ['club', 'Singing club', 'Intermediate · Mondays'],
];
const run = (courses: readonly Course[], task: string) => followCourseDemo(demoCourses, courses, task);

describe('row key said another way, followed: review34 probes', () => {
  it('joins no Piano course, the one row at weekends, for "the Singing course that runs at the weekend"', async () => {
    const piano: Course[] = [['basics', 'Singing basics', 'Beginner · Evenings'], ['piano', 'Piano in practice', 'Advanced · Weekends'], ['club', 'Singing club', 'Intermediate · Mondays']];
    expect((await run(piano, 'Sign me up for the Singing course that runs at the weekend.')).clicks).toEqual([]);
  });
  it('never joins a course whose title holds "weekend" for "runs at the weekend"', async () => {
    const titled: Course[] = [['retreat', 'Singing weekend retreat', 'Beginner · Evenings'], ['practice', 'Singing in practice', 'Advanced · Weekends'], ['club', 'Singing club', 'Intermediate · Mondays']];
    const { clicks } = await run(titled, 'Sign me up for the Singing course that runs at the weekend.');
    expect(clicks).not.toContain('retreat-join');
  });
  it('joins the Weekends row for "runs at weekends" said with "on" — never another row', async () => {
    const courses: Course[] = [['basics', 'Singing basics', 'Beginner · Evenings'], ['practice', 'Singing in practice', 'Advanced · Weekends'], ['club', 'Singing club', 'Intermediate · Mondays']];
    const { clicks } = await run(courses, 'Sign me up for the Singing course that runs on weekends.');
    expect(clicks.filter((key) => key !== 'practice-join')).toEqual([]);
  });
  it('joins nothing for "runs at the weekend, not weekday evenings" where a row shows "Weekends & evenings"', async () => {
    const both: Course[] = [['basics', 'Singing basics', 'Beginner · Weekends & evenings'], ['practice', 'Singing in practice', 'Advanced · Weekends'], ['club', 'Singing club', 'Intermediate · Mondays']];
    const { clicks } = await run(both, 'Sign me up for the Singing course that runs at the weekend, not weekday evenings.');
    expect(clicks).not.toContain('basics-join');
  });
  it('reads no same value across words that only share a stem with another meaning', () => {
    expect(rowKeySaidAnotherWay('at weekends', 'at the weekend')).toEqual({ old: 'weekends', new: 'weekends' });
    expect(rowKeySaidAnotherWay('in the evenings', 'in the evening')).toBeDefined();
    expect(rowKeySaidAnotherWay('at weekends', 'at this weekend')).toBeUndefined();
    expect(rowKeySaidAnotherWay('at weekends', 'at one weekend')).toBeUndefined();
    expect(rowKeySaidAnotherWay('for beginners', 'for the beginning')).toBeUndefined();
  });
});
