import { describe, expect, it } from 'vitest';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../plan-demonstration.js';
import { groundTarget } from '../ground-target.js';
import { markClickCounts } from './click-count.js';
import { oppositeTarget, oppositeText } from './opposite-control.js';

const arrow = (id: number, text: string, label: string, domId: string, x: number): UIElement =>
  ({ id, role: 'button', tag: 'button', text, label, ordinal: id - 3, attributes: { id: domId, type: 'button' }, box: { x, y: 40, width: 20, height: 20 }, states: {}, source: 'dom' }) as unknown as UIElement;
const up = arrow(3, '▲', 'Up', 'up', 100);
const down = arrow(4, '▼', 'Down', 'down', 124);
const descriptor = (element: UIElement): TargetDescriptor => ({ ...element, context: 'counter' }) as TargetDescriptor;
const clickOn = (element: UIElement, sourceIndex: number): PlannedStep => ({
  sourceIndex,
  bindings: [],
  step: { observation: { text: '', elements: [up, down] }, action: { type: 'click', target: { elementId: element.id } }, targets: [descriptor(element)] } as unknown as Step,
});
const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'number' });

describe('the opposite control of a counter', () => {
  it('swaps arrow glyphs, signs and direction words, keeping their case', () => {
    expect(oppositeText('▲')).toEqual({ text: '▼', swapped: true });
    expect(oppositeText('Increase')).toEqual({ text: 'Decrease', swapped: true });
    expect(oppositeText('-').text).toBe('+');
    expect(oppositeText('Save').swapped).toBe(false);
  });

  it('describes the other arrow (caption, name, id), and none for a control with no known opposite', () => {
    const opposite = oppositeTarget(descriptor(up))!;
    expect(opposite).toMatchObject({ text: '▼', label: 'Down', attributes: { id: 'down', type: 'button' } });
    expect(opposite.ordinal).toBeUndefined();
    expect(oppositeTarget({ ...descriptor(up), text: 'Save', label: 'Save', attributes: {} })).toBeUndefined();
  });

  it('plans a number of the other sign as that many clicks on the opposite control, which grounds on it', () => {
    const steps = [clickOn(up, 0), clickOn(up, 1), clickOn(up, 2), clickOn(up, 3), clickOn(up, 4), clickOn(up, 5)];
    const unused = [slot('6', '-4')];
    const notes: string[] = [];
    markClickCounts(steps, unused, unused, notes);
    expect(steps).toHaveLength(4);
    expect(unused).toHaveLength(0);
    expect(notes.at(-1)).toContain('opposite control "▼"');
    const grounding = groundTarget(steps[0]!.step.targets[0]!, [], [up, down]);
    expect(grounding.element?.id).toBe(down.id);
    expect(grounding.score).toBeGreaterThan(0.7);
  });

  it('still refuses the other sign when the clicked control has no known opposite', () => {
    const save = arrow(5, 'Save', 'Save', 'save', 200);
    const steps = [clickOn(save, 0), clickOn(save, 1)];
    const unused: TaskSlot[] = [];
    markClickCounts(steps, [slot('2', '-2')], unused, []);
    expect(steps).toHaveLength(2);
    expect(unused).toHaveLength(1);
  });
});
