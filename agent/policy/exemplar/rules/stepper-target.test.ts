import { describe, expect, it } from 'vitest';
import type { Step } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep } from '../planned-step.js';
import { groundStepperTarget, markStepperTargets } from './stepper-target.js';
import { counterRun } from './counter-run.js';

const box = { x: 0, y: 0, width: 10, height: 10 };
const press = (text: string, context: string, sourceIndex: number, elementId = 5): PlannedStep => ({
  sourceIndex,
  bindings: [],
  step: { observation: { text: '', elements: [] }, action: { type: 'click', target: { elementId } }, targets: [{ role: 'button', tag: 'button', text, context, box }] } as unknown as Step,
});
const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'number' });
/** "+" pressed three times, the count between − and + going 2, 3, 4 (so 5 at the end), then "Split". */
const demonstration = (): PlannedStep[] => [press('+', '− 2 + people', 0), press('+', '− 3 + people', 1), press('+', '− 4 + people', 2), press('Split', 'Bill total', 3, 9)];
const element = (id: number, role: string, text: string, x: number, y: number, parentId?: number): UIElement =>
  ({ id, role, tag: role === 'button' ? 'button' : 'span', text, box: { x, y, width: 10, height: 10 }, states: {}, ...(parentId !== undefined ? { parentId } : {}) }) as unknown as UIElement;
/** "− N + people" on one line (no container element, as a plain div gives), "2 guests" on the line below. */
const page = (count: number): UIElement[] => [
  element(2, 'text', '2 guests', 0, 30),
  element(4, 'button', '−', 0, 50),
  element(3, 'text', String(count), 15, 50),
  element(5, 'button', '+', 30, 50),
  element(6, 'text', 'people', 45, 50),
  element(7, 'text', '12', 200, 50),
  element(9, 'button', 'Split', 0, 80),
];

describe('a number reached by stepping a counter', () => {
  it('reads the one number of the contexts that moved by one per press', () => {
    expect(counterRun(['− 2 + people', '− 3 + people', '− 4 + people'])).toEqual({ start: 2, direction: 1 });
    expect(counterRun(['Oat milk £1.80 each − 4 + Remove', 'Oat milk £1.80 each − 3 + Remove'])).toEqual({ start: 4, direction: -1 });
    // Two numbers moving, or one jumping by two: no counter.
    expect(counterRun(['− 2 + total 10', '− 3 + total 15'])).toBeUndefined();
    expect(counterRun(['− 2 +', '− 4 +'])).toBeUndefined();
  });

  it('turns the run that left the counter at the old number into one step to the new number, and uses the slot', () => {
    const steps = demonstration();
    const unused = [slot('5', '8')];
    const notes: string[] = [];
    markStepperTargets(steps, { slots: unused, unusedSlots: unused, notes });
    expect(steps).toHaveLength(2);
    expect(steps[0]!.stepperTarget).toEqual({ wanted: 8, of: '8', direction: 1 });
    expect(unused).toHaveLength(0);
  });

  it('steps to the same number too ("set olive oil to 3" / "three pasta"): the counter here starts elsewhere, so the presses are not replayed', () => {
    const steps = demonstration();
    const slots = [slot('5', '5')];
    markStepperTargets(steps, { slots, unusedSlots: [], notes: [] });
    expect(steps).toHaveLength(2);
    expect(steps[0]!.stepperTarget).toEqual({ wanted: 5, of: '5', direction: 1 });
  });

  it('leaves a run that ended at another number alone', () => {
    const steps = demonstration();
    const unused = [slot('6', '8')];
    markStepperTargets(steps, { slots: unused, unusedSlots: unused, notes: [] });
    expect(steps).toHaveLength(4);
    expect(unused).toHaveLength(1);
  });

  it('presses the control until the counter shows the number, the opposite one to go down, and refuses a counter that does not move', () => {
    const steps = demonstration();
    const unused = [slot('5', '3')];
    markStepperTargets(steps, { slots: unused, unusedSlots: unused, notes: [] });
    const planned = steps[0]!;
    const up = groundStepperTarget({ ...planned, stepperTarget: { ...planned.stepperTarget!, wanted: 4 } }, page(2), new Set(), 's:', 'split it 5 ways');
    expect(up.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 5 } } });
    expect(up.stay).toBe(true);
    const down = groundStepperTarget(planned, page(6), new Set(), 's:', 'split it 5 ways');
    expect(down.grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 4 } } });
    expect(groundStepperTarget(planned, page(3), new Set(), 's:', 'split it 5 ways').grounding).toMatchObject({ ok: true, satisfied: true });
    expect(groundStepperTarget(planned, page(6), new Set(['s:6']), 's:', 'split it 5 ways').grounding.ok).toBe(false);
  });

  it("refuses a control of several alike beside counters (a cart's rows) when no row key says which counter", () => {
    const steps = demonstration();
    const unused = [slot('5', '3')];
    markStepperTargets(steps, { slots: unused, unusedSlots: unused, notes: [] });
    const rows = [...page(6), element(14, 'button', '−', 0, 110), element(13, 'text', '2', 15, 110), element(15, 'button', '+', 30, 110)];
    const grounding = groundStepperTarget(steps[0]!, rows, new Set(), 's:', 'split it 5 ways').grounding;
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/2 controls like the stepped "\+" .* names no row/);
  });
});

describe('a counter\'s number shown around the steps after it', () => {
  it('is taken even where it keyed a row, and the row key is dropped; a number some step pressed is not', () => {
    const steps = demonstration();
    steps[3]!.rowKeys = [{ old: '5', new: '8' }];
    steps[2]!.pagedItem = { old: '5', new: '8', place: 'text span' };
    const used = slot('5', '8');
    markStepperTargets(steps, { slots: [used], unusedSlots: [], notes: [] });
    expect(steps[0]!.stepperTarget?.wanted).toBe(8);
    expect(steps[1]!.rowKeys).toBeUndefined();
    expect(steps[0]!.pagedItem).toBeUndefined();
    const pressed = [...demonstration().slice(0, 3), press('5', 'Bill total', 3, 9)];
    markStepperTargets(pressed, { slots: [used], unusedSlots: [], notes: [] });
    expect(pressed).toHaveLength(4);
  });
});

/** A cart of two rows, each "<name> − <count> + 🗑" under its own row element (ids from `base`). */
const cartRow = (base: number, name: string, count: number, y: number): UIElement[] => [
  element(base, 'listitem', `${name} − ${count} + 🗑`, 0, y),
  element(base + 1, 'text', name, 0, y, base),
  element(base + 2, 'button', '−', 60, y, base),
  element(base + 3, 'text', String(count), 75, y, base),
  element(base + 4, 'button', '+', 90, y, base),
  element(base + 5, 'button', '🗑', 105, y, base),
];
/** A click on element `id` of a cart whose socks show `socks`. */
const cartPress = (id: number, socks: number, sourceIndex: number): PlannedStep => {
  const elements = [...cartRow(10, 'Socks', socks, 0), ...cartRow(20, 'Gloves', 2, 30)];
  const target = elements.find((candidate) => candidate.id === id)!;
  return {
    sourceIndex,
    bindings: [],
    step: { observation: { text: '', elements }, action: { type: 'click', target: { elementId: id } }, targets: [{ role: 'button', tag: 'button', text: target.text, context: `Socks − ${socks} + 🗑`, box }] } as unknown as Step,
  };
};

describe('a stepped row of a cart', () => {
  it('is keyed by the item the task names in its place once the count is taken for the counter', () => {
    // "Set socks to 3": "+" pressed twice in the socks row (1, 2 → 3).
    const steps = [cartPress(14, 1, 0), cartPress(14, 2, 1)];
    const slots = [slot('socks', 'gloves'), slot('3', '5')];
    markStepperTargets(steps, { slots, unusedSlots: [], notes: [] });
    expect(steps).toHaveLength(1);
    expect(steps[0]!.stepperTarget?.wanted).toBe(5);
    expect(steps[0]!.rowKeys).toEqual([expect.objectContaining({ old: 'socks', new: 'gloves' })]);
  });

  it('takes one press as a stepper only for an arrow of a known pair, never a 🗑 that stands beside the count', () => {
    const plus = [cartPress(14, 1, 0)];
    markStepperTargets(plus, { slots: [slot('2', '4')], unusedSlots: [], notes: [] });
    expect(plus[0]!.stepperTarget?.wanted).toBe(4);
    const bin = [cartPress(15, 1, 0)];
    markStepperTargets(bin, { slots: [slot('2', '4')], unusedSlots: [], notes: [] });
    expect(bin[0]!.stepperTarget).toBeUndefined();
  });
});

/**
 * A basket as the page gives it: each line's container left out of the observation, its children carrying its id —
 * the name with its price, "−", the count, "+", and "Remove"; the steppers named "Decrease <item>" / "Increase <item>"
 * when `named`.
 */
const basketLine = (parent: number, name: string, count: number, y: number, named: boolean): UIElement[] => {
  const button = (id: number, text: string, x: number, verb: string, className: string) =>
    ({ id, role: 'button', tag: 'button', text, ...(named && verb ? { label: `${verb} ${name}` } : {}), parentId: parent, attributes: { class: className, type: 'button' }, box: { x, y, width: 12, height: 12 }, states: {}, interactive: true }) as unknown as UIElement;
  return [
    { id: parent + 1, role: 'text', tag: 'span', text: `${name} £2.00 each`, parentId: parent, attributes: { class: 'name' }, box: { x: 6, y, width: 76, height: 16 }, states: {} } as unknown as UIElement,
    button(parent + 2, '−', 84, 'Decrease', 'step'),
    { id: parent + 3, role: 'text', tag: 'span', text: String(count), parentId: parent, attributes: { class: 'qty' }, box: { x: 98, y: y + 1, width: 12, height: 10 }, states: {} } as unknown as UIElement,
    button(parent + 4, '+', 112, 'Increase', 'step'),
    button(parent + 5, 'Remove', 128, '', 'rm'),
  ];
};
const basket = (lines: [string, number][], named: boolean): UIElement[] => lines.flatMap(([name, count], index) => basketLine(10 * (index + 1), name, count, 20 + 23 * index, named));
/** A press on the line `name`'s control (`offset` 2 for "−", 4 for "+") of a named basket. */
const basketPress = (lines: [string, number][], name: string, offset: number, sourceIndex: number): PlannedStep => {
  const elements = basket(lines, true);
  const parent = 10 * (lines.findIndex(([line]) => line === name) + 1);
  const target = elements.find((candidate) => candidate.id === parent + offset)!;
  const count = lines.find(([line]) => line === name)![1];
  return {
    sourceIndex,
    bindings: [],
    step: {
      observation: { text: '', elements },
      action: { type: 'click', target: { elementId: target.id } },
      targets: [{ role: 'button', tag: 'button', text: target.text, label: target.label, attributes: target.attributes, context: `${name} £2.00 each − ${count} + Remove`, box: target.box }],
    } as unknown as Step,
  };
};
const itemSlot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'text' });

describe('a stepper named for its row ("+" labelled "Increase Olive oil")', () => {
  /** "Set olive oil to 3": "+" of the olive oil line pressed twice (1, 2 → 3). */
  const demonstrated = (): PlannedStep[] => {
    const steps = [
      basketPress([['Cheddar', 2], ['Olive oil', 1], ['Pasta', 2]], 'Olive oil', 4, 0),
      basketPress([['Cheddar', 2], ['Olive oil', 2], ['Pasta', 2]], 'Olive oil', 4, 1),
    ];
    markStepperTargets(steps, { slots: [itemSlot('olive oil', 'oat milk'), slot('3', '5')], unusedSlots: [], notes: [] });
    return steps;
  };

  it('keys the stepped row by the item its label names, so a page whose steppers carry no name is stepped in that row', () => {
    const steps = demonstrated();
    expect(steps).toHaveLength(1);
    expect(steps[0]!.rowKeys).toEqual([{ old: 'olive oil', new: 'oat milk', labelNamed: true }]);
    // Before this reading no row key was made, and this page's three bare "+" refused as "names no row".
    const bare = basket([['Bananas', 1], ['Oat milk', 2], ['Pasta', 3]], false);
    const up = groundStepperTarget(steps[0]!, bare, new Set(), 's:', 'Remove the bananas, then set olive oil to 3.').grounding;
    expect(up).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 24 } } });
    // Above the number: the row's own "−", never another row's.
    const high = basket([['Bananas', 1], ['Oat milk', 7], ['Pasta', 3]], false);
    expect(groundStepperTarget(steps[0]!, high, new Set(), 's:', '').grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 22 } } });
    // A page naming its steppers is stepped the same way.
    const named = basket([['Bananas', 1], ['Oat milk', 2], ['Pasta', 3]], true);
    expect(groundStepperTarget(steps[0]!, named, new Set(), 's:', '').grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 24 } } });
  });

  it('refuses where no line shows the new item, or two do', () => {
    const steps = demonstrated();
    const none = basket([['Bananas', 1], ['Cheddar', 2], ['Pasta', 3]], false);
    expect(groundStepperTarget(steps[0]!, none, new Set(), 's:', '').grounding.ok).toBe(false);
    const twice = basket([['Oat milk', 1], ['Oat milk', 2], ['Pasta', 3]], false);
    expect(groundStepperTarget(steps[0]!, twice, new Set(), 's:', '').grounding.ok).toBe(false);
  });

  it('makes no key from a label alone: a line that shows the item nowhere but in its controls\' names', () => {
    const steps = [basketPress([['Cheddar', 2], ['Olive oil', 1], ['Pasta', 2]], 'Olive oil', 4, 0), basketPress([['Cheddar', 2], ['Olive oil', 2], ['Pasta', 2]], 'Olive oil', 4, 1)];
    // The lines' names unread (images of the products): only the labels say "Olive oil".
    for (const planned of steps) for (const shown of planned.step.observation.elements) if (shown.attributes?.['class'] === 'name') shown.text = '£2.00 each';
    markStepperTargets(steps, { slots: [itemSlot('olive oil', 'oat milk'), slot('3', '5')], unusedSlots: [], notes: [] });
    expect(steps[0]!.rowKeys).toBeUndefined();
  });
});

describe('one press of a lowering arrow', () => {
  it('reads the count it lowered ("−" once, 3 → 2) as a set quantity, stepping to the new number either way', () => {
    const steps = [basketPress([['Cheddar', 2], ['Olive oil', 3], ['Pasta', 2]], 'Olive oil', 2, 0)];
    markStepperTargets(steps, { slots: [itemSlot('olive oil', 'oat milk'), slot('2', '5')], unusedSlots: [], notes: [] });
    expect(steps[0]!.stepperTarget).toEqual({ wanted: 5, of: '5', direction: -1 });
    const bare = basket([['Bananas', 1], ['Oat milk', 2], ['Pasta', 3]], false);
    // Below the number: the opposite of the demonstrated "−", in the oat milk line.
    expect(groundStepperTarget(steps[0]!, bare, new Set(), 's:', '').grounding).toMatchObject({ ok: true, action: { type: 'click', target: { elementId: 24 } } });
  });

  it('is no stepper at a number the press did not leave: "−" from 3 does not show 4', () => {
    const steps = [basketPress([['Cheddar', 2], ['Olive oil', 3], ['Pasta', 2]], 'Olive oil', 2, 0)];
    markStepperTargets(steps, { slots: [itemSlot('olive oil', 'oat milk'), slot('4', '5')], unusedSlots: [], notes: [] });
    expect(steps[0]!.stepperTarget).toBeUndefined();
  });
});
