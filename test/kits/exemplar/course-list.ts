/**
 * The course list of the row-key-wording tests — each row a course's title, its schedule and a Join button — with the
 * demonstration "Sign me up for the Singing course that runs at weekends." (Join pressed in the row showing
 * "Weekends") recorded on one list and a new task followed by the offline policy on another.
 */
import { Runner } from '../../../agent/runner/runner.js';
import { ExemplarPolicy } from '../../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../../agent/policy/exemplar/in-memory-exemplars.js';
import { find, recordDemonstration } from './record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from './widget-page.js';

export type Course = [key: string, title: string, schedule: string];

/** A list of courses, each row its title, its schedule and a Join button. */
export function coursePage(courses: readonly Course[]): WidgetSpec[] {
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

/** The weekends demonstration recorded on `demoCourses`, then `task` followed on `courses`: the clicks and the outcome. */
export async function followCourseDemo(demoCourses: readonly Course[], courses: readonly Course[], task: string) {
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
