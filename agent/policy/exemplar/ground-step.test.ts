import { describe, expect, it } from 'vitest';
import type { Action } from '../../core/action.js';
import type { UIElement } from '../../core/observation.js';
import type { Step } from '../../core/trajectory.js';
import { groundStep } from './ground-step.js';

let nextId = 1;
/** A sortable list: one item per word, 20 px apart, 18 px high. */
function list(words: readonly string[], top = 50): UIElement[] {
  const parent: UIElement = { id: nextId++, role: 'list', text: words.join(' '), states: {}, box: { x: 0, y: top, width: 120, height: 20 * words.length }, source: 'dom', interactive: false };
  return [
    parent,
    ...words.map((word, index): UIElement => ({
      id: nextId++,
      role: 'listitem',
      tag: 'li',
      text: word,
      states: {},
      box: { x: 0, y: top + 20 * index, width: 120, height: 18 },
      source: 'dom',
      interactive: true,
      parentId: parent.id,
      ordinal: index,
    })),
  ];
}

function dragStep(elements: UIElement[], from: string, to: { x: number; y: number }): Step {
  const source = elements.find((element) => element.text === from)!;
  const action: Action = { type: 'drag', from: { elementId: source.id }, to };
  return { index: 0, observation: { text: '', elements }, action, targets: [{ ...source, context: elements[0]!.text }], timings: {} };
}

describe('groundStep: drops', () => {
  // Demonstrated: "Drag "dune" to the 2nd position" — from the 4th place up, dropped 3 px below the 2nd item's top.
  const demo = list(['mint', 'olive', 'pearl', 'dune']);
  const planned = (bindings: { old: string; new: string }[]) => ({ sourceIndex: 0, step: dragStep(demo, 'dune', { x: 60, y: 73 }), bindings });
  const demoTask = 'Drag "dune" to the 2nd position.';

  it('drops on the item at the new position, at the same edge when dragging the same way', () => {
    const now = list(['amber', 'birch', 'cedar', 'delta', 'ember']);
    const grounded = groundStep(planned([{ old: 'dune', new: 'ember' }, { old: '2nd', new: '3rd' }]), now, demoTask);
    expect(grounded.ok && 'action' in grounded && grounded.action).toEqual({ type: 'drag', from: { elementId: now[5]!.id }, to: { x: 60, y: 93 } });
  });

  it('mirrors the drop point when the item comes from the other side', () => {
    const now = list(['amber', 'birch', 'cedar', 'delta', 'ember']);
    const grounded = groundStep(planned([{ old: 'dune', new: 'amber' }, { old: '2nd', new: '4th' }]), now, demoTask);
    // Dragged down onto "delta" (y 110–128): 3 px above its bottom edge instead of below its top.
    expect(grounded.ok && 'action' in grounded && grounded.action).toEqual({ type: 'drag', from: { elementId: now[1]!.id }, to: { x: 60, y: 125 } });
    expect(grounded.reason).toMatch(/mirrored/);
  });

  it('finds the place by the number both tasks share when the item that was there is gone', () => {
    // The list now starts 50 px lower: replaying the demonstrated point would drop on the wrong item.
    const now = list(['amber', 'birch', 'cedar'], 100);
    const grounded = groundStep(planned([{ old: 'dune', new: 'cedar' }]), now, demoTask);
    expect(grounded.ok && 'action' in grounded && grounded.action).toEqual({ type: 'drag', from: { elementId: now[3]!.id }, to: { x: 60, y: 123 } });
    expect(grounded.reason).toMatch(/ordinal 2/);
  });
});

describe('groundStep: a drop point on one of two alike places', () => {
  it('refuses when two different drop zones fit the demonstrated one equally well, rather than replaying the point', () => {
    const zone = (y: number): UIElement => ({ id: nextId++, role: 'group', text: '', states: {}, box: { x: 0, y, width: 120, height: 40 }, source: 'dom', interactive: false });
    const source = (): UIElement => ({ id: nextId++, role: 'listitem', tag: 'li', text: 'dune', states: {}, box: { x: 0, y: 20, width: 120, height: 18 }, source: 'dom', interactive: true });
    const demo = [source(), zone(200)];
    const step = dragStep(demo, 'dune', { x: 60, y: 220 });
    const now = [source(), zone(180), zone(220)];
    const grounded = groundStep({ sourceIndex: 0, step, bindings: [] }, now, 'Drag "dune" into the box.');
    expect(grounded.ok).toBe(false);
    expect(grounded.reason).toContain('nearly tied with');
    // One zone where the demonstrated one was: dropped there, at the same place on it.
    const one = groundStep({ sourceIndex: 0, step, bindings: [] }, [source(), zone(200)], 'Drag "dune" into the box.');
    expect(one.ok && 'action' in one && one.action).toMatchObject({ type: 'drag', to: { x: 60, y: 220 } });
  });
});


describe('groundStep: an hour list on another clock (rules/clock-hour.ts)', () => {
  const pad = (value: number) => String(value).padStart(2, '0');
  const hourList = (options: string[], value: string): UIElement => ({ id: 5, role: 'combobox', tag: 'select', text: '', label: 'Hour', options, value, states: {}, box: { x: 40, y: 20, width: 30, height: 20 }, source: 'dom', interactive: true, attributes: { 'aria-label': 'Hour' } });
  const half = (id: number, text: string, checked: boolean): UIElement => ({ id, role: 'button', tag: 'button', text, states: { checked }, box: { x: 100 + 20 * id, y: 20, width: 18, height: 16 }, source: 'dom', interactive: true });
  const twentyFour = Array.from({ length: 24 }, (_, index) => pad(index));
  const twelve = Array.from({ length: 12 }, (_, index) => String(index + 1));
  // Demonstrated: "Time: 19:45" on a 0–23 list, "19" chosen.
  const demoList = hourList(twentyFour, '07');
  const step: Step = { index: 0, observation: { text: '', elements: [demoList] }, action: { type: 'select', target: { elementId: 5 }, option: '19' }, targets: [{ ...demoList }], timings: {} };
  const planned = { sourceIndex: 0, step, bindings: [{ old: '19:45', new: '21:50' }, { old: '19', new: '21' }, { old: '45', new: '50' }] };
  const demoTask = 'Name: Piano. Repeat: sat/sun. Time: 19:45.';

  it('chooses "9" on a 1–12 list (PM to press after), where the bound "21" is no option', () => {
    const page = [hourList(twelve, '7'), half(8, 'AM', true), half(9, 'PM', false)];
    expect(groundStep(planned, page, demoTask)).toMatchObject({ ok: true, action: { type: 'select', target: { elementId: 5 }, option: '9' }, stay: true });
    const chosen = [hourList(twelve, '9'), half(8, 'AM', true), half(9, 'PM', false)];
    expect(groundStep(planned, chosen, demoTask)).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 9 } } });
  });
  it('refuses a 1–12 list with no AM / PM to set', () => {
    expect(groundStep(planned, [hourList(twelve, '7')], demoTask)).toMatchObject({ ok: false });
  });
});

describe('groundStep: a count bound as a number word on a list that writes digits (rules/count-option.ts)', () => {
  const passengers = (options: string[]): UIElement => ({ id: 7, role: 'combobox', tag: 'select', text: '', label: 'Passengers', options, value: options[0], states: {}, box: { x: 40, y: 60, width: 46, height: 14 }, source: 'dom', interactive: true, attributes: { 'aria-label': 'Passengers' } });
  const listed = ['1 adult', '2 adults', '3 adults', '4 adults'];
  // Demonstrated: "I'm flying Vienna to Prague on Tue the 11th for 2 of us", "2 adults" chosen.
  const step: Step = { index: 0, observation: { text: '', elements: [passengers(listed)] }, action: { type: 'select', target: { elementId: 7 }, option: '2 adults' }, targets: [{ ...passengers(listed) }], timings: {} };
  const demoTask = "I'm flying Vienna to Prague on Tue the 11th for 2 of us - see what's available.";

  it('selects "3 adults" for "three of us"', () => {
    const planned = { sourceIndex: 0, step, bindings: [{ old: '2', new: 'three' }] };
    const grounded = groundStep(planned, [passengers(listed)], demoTask);
    expect(grounded).toMatchObject({ ok: true, action: { type: 'select', target: { elementId: 7 }, option: '3 adults' } });
    expect(grounded.score).toBeGreaterThan(0.5);
  });

  it('keeps the low score (a refusal) when the list has no such count', () => {
    const planned = { sourceIndex: 0, step, bindings: [{ old: '2', new: 'seven' }] };
    const grounded = groundStep(planned, [passengers(listed)], demoTask);
    expect(grounded.score).toBeLessThanOrEqual(0.3);
    expect(grounded.reason).toMatch(/not among 4 options/);
  });
});

describe('groundStep: a day option whose weekday goes with its date (rules/day-options.ts redatedOptionFor)', () => {
  const WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const days = Array.from({ length: 21 }, (_, index) => `${WEEK[index % 7]}, ${index + 3} Mar`);
  const depart = (value: string): UIElement => ({ id: 9, role: 'combobox', tag: 'select', text: '', label: 'Depart', options: days, value, states: {}, box: { x: 10, y: 60, width: 64, height: 14 }, source: 'dom', interactive: true });
  // Demonstrated: "Find flights from Prague to Zurich on March 17.", "Mon, 17 Mar" chosen.
  const step: Step = { index: 0, observation: { text: '', elements: [depart('Thu, 6 Mar')] }, action: { type: 'select', target: { elementId: 9 }, option: 'Mon, 17 Mar' }, targets: [{ ...depart('Thu, 6 Mar') }], timings: {} };
  const demoTask = 'Find flights from Prague to Zurich on March 17.';

  it('selects "Wed, 19 Mar" for March 19', () => {
    const grounded = groundStep({ sourceIndex: 0, step, bindings: [{ old: '17', new: '19' }] }, [depart('Sat, 8 Mar')], demoTask);
    expect(grounded).toMatchObject({ ok: true, action: { type: 'select', option: 'Wed, 19 Mar' } });
    expect(grounded.score).toBeGreaterThan(0.5);
  });

  it('keeps the refusal when a weekday was bound beside the day', () => {
    const grounded = groundStep({ sourceIndex: 0, step, bindings: [{ old: '17', new: '19' }, { old: 'Mon', new: 'Fri' }] }, [depart('Sat, 8 Mar')], demoTask);
    expect(grounded.score).toBeLessThanOrEqual(0.3);
  });
});
