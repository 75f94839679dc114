/**
 * A value framed by an article or a control noun on one side only binds its
 * bare words when a step used the bare old value; otherwise nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { demonstrateOnWidgets as demonstrate, followOnWidgets as follow, type WidgetMove as Move } from '../../../../test/kits/exemplar/widget-runs.js';
import { planDemonstration } from '../plan-demonstration.js';
import { framedBinding, unframed } from './framed-value.js';

describe('unframed', () => {
  it('takes off a leading article and a trailing control noun, never a lone word', () => {
    expect(unframed('the Double')).toBe('Double');
    expect(unframed('the OK button')).toBe('OK');
    expect(unframed('a Blue option')).toBe('Blue');
    expect(unframed('Submit')).toBe('Submit');
    expect(unframed('button')).toBe('button');
    expect(unframed('The Old Mill')).toBe('Old Mill');
    expect(unframed('the Review column')).toBe('Review');
    expect(unframed('Underway.')).toBe('Underway');
  });
});

describe('framedBinding', () => {
  const used = (values: string[]) => (text: string) => values.includes(text);
  it('binds the bare values when a step used the bare old one', () => {
    expect(framedBinding('the Double', 'a Twin', used(['Double']))).toEqual({ old: 'Double', new: 'Twin' });
    expect(framedBinding('Submit', 'the OK button', used(['Submit']))).toEqual({ old: 'Submit', new: 'OK' });
    expect(framedBinding('Underway.', 'Backlog', used(['Underway']))).toEqual({ old: 'Underway', new: 'Backlog' });
  });
  it('binds nothing when no step used the bare old value, when nothing was framed, or when a bare side is a function word', () => {
    expect(framedBinding('the Double', 'a Twin', used(['Single']))).toBeUndefined();
    expect(framedBinding('Double', 'Twin', used(['Double']))).toBeUndefined();
    expect(framedBinding('the Double', 'the on button', used(['Double']))).toBeUndefined();
    expect(framedBinding('the Double', 'a Double', used(['Double']))).toBeUndefined();
  });
});

describe('a framed value in a plan', () => {
  const rooms: WidgetSpec[] = [
    { key: 'double', role: 'radio', text: 'Double', group: 'Room' },
    { key: 'twin', role: 'radio', text: 'Twin', group: 'Room' },
    { key: 'save', role: 'button', text: 'Save' },
  ];
  const click = (text: string): Move => (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.text === text)!.id } });

  it('chooses the bare new value where the demonstration chose the bare old one', async () => {
    const demo = await demonstrate(rooms, 'Pick the Double room, then click Save.', [click('Double'), click('Save')]);
    const task = 'Choose a Twin room, then click Save.';
    const page = (await new WidgetPageOperator(rooms).observe()).elements;
    const plan = planDemonstration(demo, task, page);
    expect(plan.unusedSlots).toEqual([]);
    const { operator, status } = await follow(rooms, demo, task);
    expect(status).toBe('success');
    expect([...operator.checked]).toEqual(['twin']);
  });
});
