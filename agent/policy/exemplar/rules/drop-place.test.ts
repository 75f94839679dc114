/**
 * A drop is placed relative to what it was dropped on (issue 11 §2, §4): the
 * slot at the place the task names, or the described drop zone — never the
 * demonstration's screen point on a page that changed.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { parseTrajectory, TRAJECTORY_FORMAT_VERSION, type Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { groundDropPlace } from './drop-place.js';

let nextId = 1;
/** A sortable list: one item per name, 20 px apart, 18 px high, and a button below. */
function page(names: readonly string[], top = 50): UIElement[] {
  const list: UIElement = { id: nextId++, role: 'list', tag: 'ul', text: names.join(' '), states: {}, box: { x: 0, y: top, width: 120, height: 20 * names.length }, source: 'dom', interactive: true };
  const items = names.map(
    (name, index): UIElement => ({ id: nextId++, role: 'listitem', tag: 'li', text: name, states: {}, box: { x: 0, y: top + 20 * index, width: 120, height: 18 }, source: 'dom', interactive: false, parentId: list.id, ordinal: index }),
  );
  const button: UIElement = { id: nextId++, role: 'button', tag: 'button', text: 'Save', states: {}, box: { x: 0, y: top + 20 * names.length + 4, width: 40, height: 20 }, source: 'dom', interactive: true };
  return [list, ...items, button];
}

const byText = (elements: readonly UIElement[], text: string) => elements.find((element) => element.text === text)!;

/** A demonstration: drag `name` with the pointer released at `to`, then press Save; `after` is the list it left. */
function demonstration(task: string, before: UIElement[], name: string, to: { x: number; y: number }, after: UIElement[]) {
  const dragged = byText(before, name);
  const steps: Step[] = [
    { index: 0, observation: { text: '', elements: before }, action: { type: 'drag', from: { elementId: dragged.id }, to }, targets: [{ ...dragged, context: before[0]!.text }], timings: {} },
    { index: 1, observation: { text: '', elements: after }, action: { type: 'click', target: { elementId: byText(after, 'Save').id } }, targets: [{ ...byText(after, 'Save') }], timings: {} },
  ];
  return parseTrajectory({ formatVersion: TRAJECTORY_FORMAT_VERSION, id: 'demo', task, environment: 'browser', source: 'demonstration', outcome: { status: 'success', reason: 'reward 1' }, createdAt: 0, steps });
}

// Demonstrated: Bjorn from place 5 up to the 3rd, released 4 px below the top of Pavel's slot (which he then took).
const demo = demonstration('Move Bjorn to the 3rd position and click Save.', page(['Olga', 'Sofia', 'Pavel', 'Greta', 'Bjorn', 'Chiara']), 'Bjorn', { x: 60, y: 94 }, page(['Olga', 'Sofia', 'Bjorn', 'Pavel', 'Greta', 'Chiara']));

function ground(task: string, names: string[]) {
  const plan = planDemonstration(demo, task);
  const now = page(names);
  const drag = plan.steps.find((step) => step.step.action.type === 'drag')!;
  return { plan, now, grounding: groundDropPlace(drag, now, demo.task) };
}

describe('a drop at a place of a list', () => {
  it('uses the position word, so a task naming another position is no unused value', () => {
    const { plan } = ground('Move Lara to the 5th position and click Done.', ['Ana', 'Lara', 'Tom', 'Uma', 'Vik', 'Zoe']);
    expect(plan.problems).toEqual([]);
    expect(plan.steps[0]!.dropPlace).toMatchObject({ kind: 'position', wanted: { place: { kind: 'index', index: 4 } }, demonstrated: { place: 2, from: 4 } });
  });

  it('drops on the slot at the new place, aimed at its far end when the element moves the other way', () => {
    const { now, grounding } = ground('Move Lara to the 5th position and click Done.', ['Ana', 'Lara', 'Tom', 'Uma', 'Vik', 'Zoe']);
    // Lara moves down onto Vik's slot (y 130–148): the demonstrated 4 px below the top becomes 4 px above the bottom.
    expect(grounding.ok && 'action' in grounding && grounding.action).toEqual({ type: 'drag', from: { elementId: byText(now, 'Lara').id }, to: { x: 60, y: 144 } });
  });

  it('drops at the top or the bottom of a list of any length', () => {
    const top = ground('Move Nils to the top of the list and click Go.', ['Ana', 'Lara', 'Nils', 'Uma']);
    expect(top.grounding.ok && 'action' in top.grounding && top.grounding.action).toEqual({ type: 'drag', from: { elementId: byText(top.now, 'Nils').id }, to: { x: 60, y: 54 } });
    const bottom = ground('Move Ana to the bottom of the list and click Go.', ['Ana', 'Lara', 'Nils', 'Uma', 'Zoe']);
    expect(bottom.grounding.ok && 'action' in bottom.grounding && bottom.grounding.action).toEqual({ type: 'drag', from: { elementId: byText(bottom.now, 'Ana').id }, to: { x: 60, y: 144 } });
  });

  it('skips a move to where the element already is, and refuses a place the list does not have', () => {
    expect(ground('Move Tom to the 3rd position and click Save.', ['Ana', 'Lara', 'Tom', 'Uma']).grounding).toMatchObject({ ok: true, satisfied: true });
    const refused = ground('Move Tom to the 9th position and click Save.', ['Ana', 'Lara', 'Tom', 'Uma']).grounding;
    expect(refused).toMatchObject({ ok: false });
    expect(refused.reason).toContain('the task names place 9, and there are 4 items');
  });

  it('refuses when two items fit the one to drag about equally, rather than call either already in place', () => {
    // "Tom" twice: the 3rd is Tom, and so is the 2nd — which one the task means cannot be told.
    const refused = ground('Move Tom to the 3rd position and click Save.', ['Ana', 'Tom', 'Tom', 'Uma']).grounding;
    expect(refused.ok).toBe(false);
    expect(refused.reason).toMatch(/the element to drag is a guess between two elements: \[\d+\] listitem "Tom".*nearly tied with \[\d+\] listitem "Tom"/);
  });
});

describe('a drop on another element', () => {
  /** Cards and two bins; a card is dropped on a bin. */
  function board(cards: string[], bins: string[], binTop = 200): UIElement[] {
    const area: UIElement = { id: nextId++, role: 'group', text: '', states: {}, box: { x: 0, y: 0, width: 400, height: 400 }, source: 'dom', interactive: false };
    return [
      area,
      ...cards.map((card, index): UIElement => ({ id: nextId++, role: 'generic', text: card, states: {}, box: { x: 10 + 60 * index, y: 20, width: 50, height: 30 }, source: 'dom', interactive: true, parentId: area.id })),
      ...bins.map((bin, index): UIElement => ({ id: nextId++, role: 'region', text: bin, states: {}, box: { x: 10 + 150 * index, y: binTop, width: 120, height: 80 }, source: 'dom', interactive: false, parentId: area.id })),
    ];
  }

  const before = board(['apple', 'kiwi'], ['Fruit', 'Trash']);
  const dragged = byText(before, 'kiwi');
  const bin = byText(before, 'Trash');
  const trajectory = parseTrajectory({
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: 'bins',
    task: 'Put kiwi in the Trash.',
    environment: 'browser',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'reward 1' },
    createdAt: 0,
    steps: [{ index: 0, observation: { text: '', elements: before }, action: { type: 'drag', from: { elementId: dragged.id }, to: { x: bin.box.x + 30, y: bin.box.y + 40 } }, targets: [{ ...dragged }], timings: {} }],
  });

  it('drops on the same-described element wherever it lies now', () => {
    const plan = planDemonstration(trajectory, 'Put apple in the Trash.');
    const now = board(['kiwi', 'plum', 'apple'], ['Trash', 'Fruit'], 300);
    const grounding = groundDropPlace(plan.steps[0]!, now, trajectory.task);
    const trash = byText(now, 'Trash');
    expect(grounding.ok && 'action' in grounding && grounding.action).toEqual({ type: 'drag', from: { elementId: byText(now, 'apple').id }, to: { x: trash.box.x + 30, y: trash.box.y + 40 } });
  });

  it('refuses rather than drop at the old screen point when that element is gone', () => {
    const plan = planDemonstration(trajectory, 'Put apple in the Trash.');
    const grounding = groundDropPlace(plan.steps[0]!, board(['kiwi', 'apple'], ['Fruit', 'Compost']), trajectory.task);
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toContain('the demonstration dropped on the region "Trash", which is not found here');
  });
});

describe('a drop on nothing describable', () => {
  const canvas = (shift: number): UIElement[] => [
    { id: 1, role: 'group', text: '', states: {}, box: { x: 0, y: 0, width: 400, height: 400 }, source: 'dom', interactive: false },
    { id: 2, role: 'generic', text: 'circle', states: {}, box: { x: 20 + shift, y: 20, width: 30, height: 30 }, source: 'dom', interactive: true, parentId: 1 },
  ];
  const trajectory = parseTrajectory({
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: 'canvas',
    task: 'Drag the circle to the corner.',
    environment: 'browser',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'reward 1' },
    createdAt: 0,
    steps: [{ index: 0, observation: { text: '', elements: canvas(0) }, action: { type: 'drag', from: { elementId: 2 }, to: { x: 380, y: 380 } }, targets: [{ ...canvas(0)[1]! }], timings: {} }],
  });

  it('replays the point on a page laid out as the demonstration was, and refuses it on one laid out otherwise', () => {
    const plan = planDemonstration(trajectory, 'Drag the circle to the corner.');
    expect(plan.steps[0]!.dropPlace?.kind).toBe('point');
    const same = groundDropPlace(plan.steps[0]!, canvas(0), trajectory.task);
    expect(same.ok && 'action' in same && same.action).toEqual({ type: 'drag', from: { elementId: 2 }, to: { x: 380, y: 380 } });
    const moved = groundDropPlace(plan.steps[0]!, canvas(60), trajectory.task);
    expect(moved.ok).toBe(false);
    expect(moved.reason).toContain('this page is laid out otherwise (generic "circle" moved)');
  });
});

describe('a drop at a place of a sortable grid', () => {
  /** A 3-column grid of 40 px cells 46 px apart (floated items: the list's own box is empty), and a button below. */
  function gridPage(names: readonly string[]): UIElement[] {
    const list: UIElement = { id: nextId++, role: 'list', tag: 'ul', text: names.join(' '), states: {}, box: { x: 10, y: 10, width: 150, height: 0 }, source: 'dom', interactive: true };
    const items = names.map(
      (name, index): UIElement => ({ id: nextId++, role: 'listitem', tag: 'li', text: name, states: {}, box: { x: 13 + (index % 3) * 46, y: 13 + Math.floor(index / 3) * 46, width: 40, height: 40 }, source: 'dom', interactive: false, parentId: list.id, ordinal: index }),
    );
    const button: UIElement = { id: nextId++, role: 'button', tag: 'button', text: 'Save', states: {}, box: { x: 10, y: 160, width: 40, height: 20 }, source: 'dom', interactive: true };
    return [list, ...items, button];
  }
  const names = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy'];
  // Demonstrated: Ivy (place 9) to the top right, released on the left part of Cedar's cell, which Ivy then took.
  const gridDemo = demonstration('Drag Ivy to the top right and click Save.', gridPage(names), 'Ivy', { x: 13 + 92 + 8, y: 33 }, gridPage(['Alder', 'Birch', 'Ivy', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel']));
  const groundOnGrid = (task: string, now: UIElement[]) => {
    const plan = planDemonstration(gridDemo, task);
    const drag = plan.steps.find((step) => step.step.action.type === 'drag')!;
    return { plan, grounding: groundDropPlace(drag, now, gridDemo.task) };
  };

  it('reads the demonstrated "top right" as the slot it dropped on, not as the top (place 1)', () => {
    const { plan } = groundOnGrid('Drag Elm to the bottom left and click Save.', gridPage(names));
    expect(plan.problems).toEqual([]);
    expect(plan.steps[0]!.dropPlace).toMatchObject({ kind: 'position', wanted: { place: { kind: 'edges', row: 'last', column: 'first' } }, demonstrated: { place: 2, from: 8 } });
  });

  it('drops on the slot a new task names by row and column words, or by an ordinal in reading order', () => {
    const now = gridPage(['Hazel', 'Ivy', 'Alder', 'Fir', 'Elm', 'Birch', 'Cedar', 'Ginkgo', 'Dogwood']);
    const bottomLeft = groundOnGrid('Drag Dogwood to the bottom left and click Save.', now).grounding;
    // Dogwood (place 9) moves back, as Ivy did: onto the slot of Cedar (place 7, bottom left), aimed at the same left part.
    expect(bottomLeft.ok && 'action' in bottomLeft && bottomLeft.action).toEqual({ type: 'drag', from: { elementId: byText(now, 'Dogwood').id }, to: { x: 13 + 8, y: 13 + 92 + 20 } });
    const second = groundOnGrid('Drag Birch to the 2nd position and click Save.', now).grounding;
    expect(second.ok && 'action' in second && second.action).toMatchObject({ type: 'drag', from: { elementId: byText(now, 'Birch').id }, to: { x: 59 + 8, y: 33 } });
    // Forward in reading order, the other way than demonstrated: aimed at the right part of the slot (along the rows).
    const middle = groundOnGrid('Drag Ivy to the middle and click Save.', now).grounding;
    expect(middle.ok && 'action' in middle && middle.action).toMatchObject({ type: 'drag', from: { elementId: byText(now, 'Ivy').id }, to: { x: 59 + 40 - 8, y: 59 + 20 } });
  });

  it('refuses a grid place that names no column', () => {
    const refused = groundOnGrid('Drag Elm to the top and click Save.', gridPage(names)).grounding;
    expect(refused.ok).toBe(false);
    expect(refused.reason).toContain('the task names no column of the 3×3 grid');
  });
});
