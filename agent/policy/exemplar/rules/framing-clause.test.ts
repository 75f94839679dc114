import { describe, expect, it } from 'vitest';
import { splitClauses } from '../task-clauses.js';
import { framesWholeTask, namesPlaceOnly } from './framing-clause.js';
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

describe('a clause that only says where the task is done', () => {
  const places = (text: string) => splitClauses(text).filter(namesPlaceOnly).map((clause) => clause.text);

  it('reads "In the editor", "on this page" as a place, asking no action', () => {
    expect(places('In the editor, make cobalt bold and press Submit.')).toEqual(['In the editor']);
    expect(places('On this page, tick Milk.')).toEqual(['On this page']);
  });

  it('keeps a phrase naming one part of the page, a value, or a clause with a verb', () => {
    expect(places('In the sidebar, make cobalt bold.')).toEqual([]);
    expect(places('In the second paragraph, make cobalt bold.')).toEqual([]);
    expect(places('In Notes editor, make cobalt bold.')).toEqual([]);
    expect(places('Open the editor, make cobalt bold.')).toEqual([]);
    // A word before the surface noun names one of several: "the other window", "the popup window".
    expect(places('In the other window, press OK.')).toEqual([]);
    expect(places('In the popup window, press OK.')).toEqual([]);
  });

  it('leaves no action of the demonstration out when the new task does not say where, but does when it names another place', () => {
    const demoTask = 'In the editor, make cobalt bold and press Submit.';
    const about = (task: string) => clauseProblems({ demoTask, task, slots: [], steps: [] }).map((problem) => problem.text).filter((text) => text.includes('in the editor'));
    expect(about('Make the word willow bold, then press Submit.')).toEqual([]);
    expect(about('On the page, make the word willow bold, then press Submit.')).toHaveLength(1);
  });
});
