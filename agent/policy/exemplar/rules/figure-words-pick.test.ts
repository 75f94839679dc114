/**
 * A figure that carries words of its own (a chart's bar named by its label) is
 * chosen by them: its look may differ from the demonstrated one's (recorded under
 * the pointer, in its hover colour). A wordless figure, or words that name
 * several figures, still refuse by look (rules/figure-pick.ts).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { figureProblem } from './figure-pick.js';

const bar = (id: number, text: string, colour: string, x: number): UIElement => ({
  id,
  role: 'button',
  tag: 'rect',
  text,
  states: {},
  box: { x, y: 20, width: 20, height: 60 },
  source: 'dom',
  interactive: true,
  attributes: { figure: `${colour} rectangle` },
});

/** The demonstration clicked the bar named `name`, shown orange (the pointer was on it). */
function planned(name: string, bindings: PlannedStep['bindings']): PlannedStep {
  const elements = [bar(1, 'Mon', 'grey', 0), bar(2, name, 'orange', 30), bar(3, 'Wed', 'grey', 60)];
  const step = { action: { type: 'click', target: { elementId: 2 } }, observation: { elements }, targets: [] } as unknown as Step;
  return { sourceIndex: 0, step, bindings };
}

describe('a figure chosen by its words', () => {
  it('clicks the bar the task names though it looks otherwise than the demonstrated one', () => {
    const page = [bar(1, 'Thu', 'grey', 0), bar(2, 'Fri', 'grey', 30), bar(3, 'Sat', 'grey', 60)];
    const step = planned('Tue', [{ old: 'Tue', new: 'Sat' }] as PlannedStep['bindings']);
    expect(figureProblem(step, { type: 'click', target: { elementId: 3 } }, page)).toBeUndefined();
  });

  it('still refuses a figure whose words are not the ones the task asks for, or that several figures show', () => {
    const step = planned('Tue', [{ old: 'Tue', new: 'Sat' }] as PlannedStep['bindings']);
    const other = [bar(1, 'Thu', 'grey', 0), bar(2, 'Fri', 'grey', 30), bar(3, 'Sat', 'grey', 60)];
    expect(figureProblem(step, { type: 'click', target: { elementId: 2 } }, other)?.reason).toMatch(/a orange rectangle box|orange rectangle/);
    const twice = [bar(1, 'Sat', 'grey', 0), bar(2, 'Fri', 'grey', 30), bar(3, 'Sat', 'grey', 60)];
    expect(figureProblem(step, { type: 'click', target: { elementId: 3 } }, twice)?.reason).toMatch(/choosing it by its place would be a guess/);
  });

  it('still refuses when the task did not choose the figure by its words ("the tallest bar" replayed on the bar of the same name)', () => {
    const step = planned('Sat', []);
    const page = [bar(1, 'Thu', 'grey', 0), bar(2, 'Fri', 'grey', 30), bar(3, 'Sat', 'grey', 60)];
    expect(figureProblem(step, { type: 'click', target: { elementId: 3 } }, page)?.reason).toMatch(/choosing it by its place would be a guess/);
  });

  it('leaves a bar chosen by comparing the bars ("the tallest bar", extreme-pick.ts) to that comparison, whatever its look', () => {
    const step: PlannedStep = { ...planned('Sat', []), extremePick: { kind: 'button|rect', word: 'tallest', choice: { quantity: 'number', extreme: 'max' } } };
    const page = [bar(1, 'Thu', 'grey', 0), bar(2, 'Fri', 'grey', 30), bar(3, 'Sat', 'grey', 60)];
    expect(figureProblem(step, { type: 'click', target: { elementId: 2 } }, page)).toBeUndefined();
  });

  it('still refuses a wordless figure of another look', () => {
    const step = planned('', []);
    const page = [bar(1, '', 'grey', 0), bar(2, '', 'grey', 30), bar(3, '', 'grey', 60)];
    expect(figureProblem(step, { type: 'click', target: { elementId: 2 } }, page)?.reason).toMatch(/a figure with no words, a orange rectangle/);
  });
});
