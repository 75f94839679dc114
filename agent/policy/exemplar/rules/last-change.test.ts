import { describe, expect, it } from 'vitest';
import { readLastChangeAlike } from './last-change.js';
import { taskValueProblems } from './task-values.js';
import type { TaskAlignment } from '../align-tasks.js';

const DEMO = "Which project hasn't changed since October 21? Archive it, please.";
const dayAlignment = (day: string): TaskAlignment => ({ score: 0.6, anchors: 2, unpaired: [], slots: [{ old: ['October 21'], new: [day], list: false, kind: 'text' }] });
const problemsFor = (task: string, day: string) =>
  taskValueProblems({ demoTask: DEMO, task, alignment: dayAlignment(day), unusedSlots: [], stepStrings: ['Archive', 'Confirm'] }).map((problem) => problem.text);

describe('"hasn\'t changed since X" read as "last updated on X"', () => {
  it('reads the negated "since" as the last change when the other text speaks of one', () => {
    expect(readLastChangeAlike(DEMO, 'Archive the project last updated on 17 March.').a).toBe('Which project last changed on October 21? Archive it, please.');
    expect(readLastChangeAlike('Archive the project last modified on 2 May.', 'Archive what has not been touched since 9 May.').b).toBe('Archive what last touched on 9 May.');
  });

  it('no longer refuses "last updated on" for the demonstrated "hasn\'t changed since" (failed before: a negation said alone)', () => {
    expect(problemsFor('Archive the project last updated on 17 March.', '17 March')).toEqual([]);
  });

  it('still refuses a negation dropped without a "last" in its place, and a change with no negation', () => {
    expect(readLastChangeAlike(DEMO, 'Archive the project updated on 17 March.').a).toBe(DEMO);
    expect(problemsFor('Archive the project updated on 17 March.', '17 March').join('; ')).toContain('negation');
    // "has changed since" keeps its meaning: the demonstration's "hasn't" stands alone.
    expect(problemsFor('Which project has changed since 17 March? Archive it, please.', '17 March').join('; ')).toContain('negation');
    // A negation without "since" is no last change.
    expect(readLastChangeAlike('Archive the project not updated on 3 May.', 'Archive the project last updated on 17 March.').a).toBe('Archive the project not updated on 3 May.');
  });
});
