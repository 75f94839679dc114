import { describe, expect, it } from 'vitest';
import { splitClauses } from '../task-clauses.js';
import { framesWholeTask } from './framing-clause.js';
import { clauseProblems } from './task-clauses.js';

const framing = (text: string) => splitClauses(text).filter(framesWholeTask).map((clause) => clause.text);

describe('a clause that only names the task as a whole', () => {
  it('reads "fill in the hotel survey", "complete the form" as asking nothing beyond the other clauses', () => {
    expect(framing('Could you fill in the hotel survey? Cleanliness: Good, Staff: Great. We would stay again.')).toEqual(['Could you fill in the hotel survey']);
    expect(framing('Please complete the form and press Send.')).toEqual(['Please complete the form']);
  });

  it('keeps a clause that names a value, an object that is no form, or a verb of its own', () => {
    expect(framing('Fill in "Ann" as the name.')).toEqual([]);
    expect(framing('Fill out the survey for Dana')).toEqual([]);
    expect(framing('Could you do the dishes?')).toEqual([]);
    expect(framing('Delete the form.')).toEqual([]);
  });

  it('leaves no action of the demonstration out when the new task has no such clause', () => {
    const demoTask = 'Could you fill in the hotel survey? Cleanliness: Good, Staff: Great.';
    const task = 'Rate Cleanliness as Good and Staff as Great.';
    const problems = clauseProblems({ demoTask, task, slots: [], steps: [] });
    expect(problems.map((problem) => problem.text).filter((text) => text.includes('hotel survey'))).toEqual([]);
  });
});
