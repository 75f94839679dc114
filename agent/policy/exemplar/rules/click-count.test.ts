import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { tokenizeTask } from '../task-tokens.js';
import { markClickCounts } from './click-count.js';

const click = (target: { x: number; y: number } | { elementId: number }, sourceIndex: number): PlannedStep => ({
  sourceIndex,
  bindings: [],
  step: { observation: { text: '', elements: [] }, action: { type: 'click', target }, targets: [] } as unknown as Step,
});
const demonstration = (count: number): PlannedStep[] => [...Array.from({ length: count }, (_, index) => click({ x: 146, y: 71 }, index)), click({ elementId: 4 }, count)];
const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'number' });

describe('a number carried out as that many identical clicks', () => {
  it('repeats the click as many times as the new number of the same sign, and uses the slot', () => {
    const steps = demonstration(3);
    const unused = [slot('3', '7')];
    markClickCounts(steps, unused, unused, []);
    expect(steps).toHaveLength(8);
    expect(steps.slice(0, 7).every((step) => JSON.stringify(step.step.action) === JSON.stringify({ type: 'click', target: { x: 146, y: 71 } }))).toBe(true);
    expect(unused).toHaveLength(0);
  });

  it('clicks none for 0', () => {
    const steps = demonstration(8);
    const zero = [slot('-8', '0')];
    markClickCounts(steps, zero, zero, []);
    expect(steps).toHaveLength(1);
  });

  it('marks a number of the other sign unused (another control) even where it seemed used, and leaves a run of another length alone', () => {
    const steps = demonstration(3);
    const signed = slot('3', '-3');
    const unused: TaskSlot[] = [];
    markClickCounts(steps, [signed], unused, []);
    expect(steps).toHaveLength(4);
    expect(unused).toHaveLength(1);
    const other = [slot('4', '6')];
    markClickCounts(steps, other, other, []);
    expect(other).toHaveLength(1);
  });

  it('reads a minus sign written against a number as part of it, a spaced dash as a mark', () => {
    expect(tokenizeTask('Select -8 with the spinner').map((token) => token.text)).toContain('-8');
    expect(tokenizeTask('pages 5 - 10').map((token) => token.text)).toEqual(['pages', '5', '-', '10']);
  });
});
