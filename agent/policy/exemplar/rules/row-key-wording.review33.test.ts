/**
 * Review probes (session 33, review33) of rules/row-key-wording.ts, followed end to end on the course list of
 * row-key-wording.test.ts: "Sign me up for the Singing course that runs at weekends." demonstrated by Join in the row
 * "Singing in practice · Advanced · Weekends". The new value ("self-paced", "evenings") keys the row that shows it —
 * wherever in the row it shows, and whatever else the row says of the course. `it.fails` marked a wrong action or a
 * false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { followCourseDemo, type Course } from '../../../../test/kits/exemplar/course-list.js';

const demoCourses: Course[] = [
  ['basics', 'Singing basics', 'Beginner · Evenings'],
  ['practice', 'Singing in practice', 'Advanced · Weekends'],
  ['club', 'Singing club', 'Intermediate · Mondays'],
];

const run = (courses: readonly Course[], task: string) => followCourseDemo(demoCourses, courses, task);

const courses: Course[] = [
  ['practice', 'Singing in practice', 'Advanced · Weekends'],
  ['self', 'Singing for all', 'Beginner · Self-paced'],
  ['club', 'Singing club', 'Intermediate · Mondays'],
];

describe('row key wording, followed: review33 probes that hold', () => {
  it('joins the Mondays row for "runs Mondays"', async () => {
    const { clicks, status, reason } = await run(courses, 'Sign me up for the Singing course that runs Mondays.');
    expect(status, reason).toBe('success');
    expect(clicks).toEqual(['club-join']);
  });
  it('joins nothing for a negation, two values, or a value no row shows', async () => {
    for (const task of [
      'Sign me up for the Singing course that runs not at weekends.',
      'Sign me up for the Singing course that runs except at weekends.',
      "Sign me up for the Singing course that isn't self-paced.",
      'Sign me up for the Singing course that runs self-paced or Mondays.',
      'Sign me up for the Singing course that runs self-paced, not the Mondays one.',
      'Sign me up for the Singing course that runs weekdays.',
    ]) {
      expect((await run(courses, task)).clicks, task).toEqual([]);
    }
  });
});

describe('row key wording, followed: review33 wrong actions', () => {
  // Wrong action: the one self-paced row is a Piano course; Join pressed there for "the Singing course that runs self-paced".
  it('joins no Piano course for "the Singing course that runs self-paced"', async () => {
    const piano: Course[] = [courses[0]!, ['self', 'Piano for all', 'Beginner · Self-paced'], courses[2]!];
    expect((await run(piano, 'Sign me up for the Singing course that runs self-paced.')).clicks).toEqual([]);
  });
  // Wrong action: "evenings" shows only in a title ("Evenings of song", a self-paced course); Join pressed there.
  it('joins no course whose title, not its schedule, shows "evenings"', async () => {
    const titled: Course[] = [courses[0]!, ['eve', 'Evenings of song', 'Beginner · Self-paced'], courses[2]!];
    expect((await run(titled, 'Sign me up for the Singing course that runs evenings.')).clicks).toEqual([]);
  });
});

describe('row key wording, followed: review33 false refusals', () => {
  // Was it.fails (false refusal): "at the weekend" for the row showing "Weekends" (the demonstrated row, the same
  // schedule); no candidate. The same value said another way (row-key-wording.ts rowKeySaidAnotherWay) keys "weekends".
  it('joins the Weekends row for "runs at the weekend"', async () => {
    const { clicks, status, reason } = await run(courses, 'Sign me up for the Singing course that runs at the weekend.');
    expect(status, reason).toBe('success');
    expect(clicks).toEqual(['practice-join']);
  });
  // Beside it: two Singing rows at weekends, a negation, a word more, or another preposition joins nothing.
  it('joins nothing for "the weekend" where two rows show Weekends, "not at the weekend", "the weekend after next" or "on the weekday"', async () => {
    const two: Course[] = [...courses, ['group', 'Singing group', 'Beginner · Weekends']];
    expect((await run(two, 'Sign me up for the Singing course that runs at the weekend.')).clicks).toEqual([]);
    for (const task of [
      'Sign me up for the Singing course that runs not at the weekend.',
      'Sign me up for the Singing course that runs at the weekend after next.',
      'Sign me up for the Singing course that runs on the weekday.',
    ]) {
      expect((await run(courses, task)).clicks, task).toEqual([]);
    }
  });
});
