/**
 * The question a choice answers, written just above it: a "Yes" radio is the clause's whose words its question shares
 * ("We would stay again" / "Would you stay with us again?"), so a task without that clause leaves the click out.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { questionAbove } from './choice-question.js';
import { narrowToTask } from './task-clauses.js';

const at = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });
const elements = [
  { id: 20, role: 'radio', text: 'Cleanliness: Good', states: {}, box: at(100, 60) },
  { id: 27, role: 'radio', text: 'Staff: Great', states: {}, box: at(130, 80) },
  { id: 34, role: 'text', text: 'Would you stay with us again?', states: {}, box: at(6, 138, 148, 10) },
  { id: 35, role: 'radio', text: 'Yes', states: {}, box: at(6, 149) },
  { id: 36, role: 'radio', text: 'No', states: {}, box: at(36, 149) },
  { id: 38, role: 'button', text: 'Done', states: {}, box: at(6, 164, 40, 14) },
] as unknown as UIElement[];
const FORM = 'How was your stay? Poor Fair Good Great Cleanliness Staff Would you stay with us again? Yes No Maybe';
const click = (id: number, context?: string): Step => {
  const element = elements.find((candidate) => candidate.id === id)!;
  return { index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ role: element.role, text: element.text, label: element.text, context: context ?? element.text, box: element.box }], result: { ok: true } } as unknown as Step;
};
const demo = {
  task: 'Could you fill in the hotel survey? Cleanliness: Good, Staff: Great. We would stay again.',
  steps: [click(20), click(27), click(35), click(38, FORM)],
} as unknown as Trajectory;

describe('questionAbove', () => {
  it('reads the question just above a radio, not one far above or a text beside the page', () => {
    expect(questionAbove(elements[3]!, elements)).toBe('Would you stay with us again?');
    expect(questionAbove(elements[0]!, elements)).toBeUndefined();
    expect(questionAbove(elements[5]!, elements)).toBeUndefined();
  });
});

describe('a demonstrated clause the task lacks, whose step is a "Yes" under its question', () => {
  it('is left out with that step; the closing press, whose surrounding text names every clause, stays', () => {
    const narrowed = narrowToTask(demo, 'Could you fill in the hotel survey? Cleanliness: Good, Breakfast: Fair.', []);
    expect(narrowed?.trajectory.steps.map((step) => (step.action as { target: { elementId: number } }).target.elementId)).toEqual([20, 27, 38]);
    expect(narrowed?.note).toMatch(/"we would stay again", which this task does not ask for: its step 3 left out/);
  });

  it('is not left out when the question shares no content word with the clause', () => {
    const other = { ...demo, task: 'Could you fill in the hotel survey? Cleanliness: Good, Staff: Great. Our room was lovely.' } as Trajectory;
    expect(narrowToTask(other, 'Could you fill in the hotel survey? Cleanliness: Good, Breakfast: Fair.', [])).toBeUndefined();
  });
});
