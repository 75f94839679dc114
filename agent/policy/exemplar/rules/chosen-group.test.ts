import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../../core/trajectory.js';
import { valueSpans } from '../value-spans.js';
import { valueChosenGroups } from './chosen-group.js';

type Step = Trajectory['steps'][number];
const choose = (role: string, text: string, group: string): Step =>
  ({ index: 0, observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId: 1 } }, targets: [{ role, text, group }] }) as unknown as Step;

const DEMO = "Could you register me? I'm Kenji Pike - Student plan, paying monthly.";

describe('chosen-group', () => {
  it('lets the value that chose a grouped choice stand for its group heading', () => {
    const steps = [choose('radio', 'Student $22/mo', 'Plan'), choose('radio', 'Monthly', 'Billing')];
    const groups = valueChosenGroups(steps, valueSpans(DEMO), valueSpans('Sign Noor Akana up for the Student membership, billed yearly.'));
    expect([...groups.values()]).toEqual(['Plan']);
  });

  it('keeps the heading when no value chose the choice, when the choice is no grouped one, or when the new task names fewer values of the type', () => {
    expect(valueChosenGroups([choose('radio', 'Monthly', 'Billing')], valueSpans(DEMO), valueSpans('Sign Noor Akana up for the Student membership.')).size).toBe(0);
    expect(valueChosenGroups([choose('button', 'Student $22/mo', 'Plan')], valueSpans(DEMO), valueSpans('Sign Noor Akana up for the Student membership.')).size).toBe(0);
    expect(valueChosenGroups([choose('radio', 'Student $22/mo', 'Plan')], valueSpans(DEMO), valueSpans('Sign me up for the student membership.')).size).toBe(0);
  });

  it('keeps the heading when another group of the page offers the value too (a "Student" locker beside the "Student" plan)', () => {
    const locker = { id: 9, role: 'radio', text: 'Student locker $5', group: 'Locker', states: {}, box: { x: 0, y: 90, width: 80, height: 18 }, source: 'dom', interactive: true } as const;
    const task = valueSpans('Register Noor Akana - Student locker, paying monthly.');
    expect(valueChosenGroups([choose('radio', 'Student $22/mo', 'Plan')], valueSpans(DEMO), task, [locker]).size).toBe(0);
    expect(valueChosenGroups([choose('radio', 'Student $22/mo', 'Plan')], valueSpans(DEMO), task, []).size).toBe(1);
  });
});
