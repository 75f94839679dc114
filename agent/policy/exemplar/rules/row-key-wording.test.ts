/**
 * A row chosen by a value one task leads with a preposition and the other does not ("runs at weekends" / "runs
 * self-paced"): the row that shows the new value. Both sides led by their own prepositions, a value no row shows, or
 * several rows showing it: refused, no press.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
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

type Course = [key: string, title: string, schedule: string];

/** A list of courses, each row its title, its schedule and a Join button. */
function coursePage(courses: readonly Course[]): WidgetSpec[] {
  return [
    { key: 'heading', role: 'heading', text: 'Music courses' },
    { key: 'list', role: 'list' },
    ...courses.flatMap(([key, title, schedule]): WidgetSpec[] => [
      { key, role: 'listitem', parent: 'list', text: `${title} ${schedule}` },
      { key: `${key}-title`, role: 'text', parent: key, text: title },
      { key: `${key}-schedule`, role: 'text', parent: key, text: schedule },
      { key: `${key}-join`, role: 'button', parent: key, text: 'Join' },
    ]),
  ];
}

const demoCourses: Course[] = [
  ['basics', 'Singing basics', 'Beginner · Evenings'],
  ['practice', 'Singing in practice', 'Advanced · Weekends'],
  ['club', 'Singing club', 'Intermediate · Mornings'],
];

async function run(courses: readonly Course[], task: string) {
  const demo = await recordDemonstration(new WidgetPageOperator(coursePage(demoCourses)), 'Sign me up for the Singing course that runs at weekends.', (observation, step) => {
    if (step > 0) return undefined;
    const row = observation.elements.find((element) => element.role === 'listitem' && element.text.includes('Weekends'))!;
    const join = observation.elements.find((element) => element.role === 'button' && element.parentId === row.id) ?? find(observation, 'button', 'Join');
    return { type: 'click', target: { elementId: join.id } };
  });
  const operator = new WidgetPageOperator(coursePage(courses));
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { clicks: operator.clicks, status: result.outcome.status, reason: result.outcome.reason };
}

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
