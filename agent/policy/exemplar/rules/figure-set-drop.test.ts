/**
 * Figures dragged into a box (issue 11 §4): a demonstration that moved every
 * figure its task named into a box generalises to the figures the new task
 * names; a drag of a wordless figure the task did not name is refused, never
 * repeated on whatever figure sits at the demonstrated place or ordinal.
 * Observations as the extraction gives them for an SVG drawing: loose
 * figure buttons (no parent) and the box an outlined rect (an image).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import { parseTrajectory, TRAJECTORY_FORMAT_VERSION, type Step } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { figureProblem } from './figure-pick.js';
import { groundFigureSetDrop, movedPhrase } from './figure-set-drop.js';

const SIZE = 17;
/** A figure button at a grid cell (20 px cells), as the extraction gives an SVG shape a task can drag. */
const figure = (id: number, words: string, x: number, y: number, ordinal: number): UIElement => ({
  id,
  role: 'button',
  tag: words.endsWith('circle') ? 'circle' : words.endsWith('triangle') ? 'polygon' : 'rect',
  text: '',
  states: {},
  box: { x: x * 20 + 3.5, y: y * 20 + 3.5, width: SIZE, height: SIZE },
  source: 'dom',
  interactive: true,
  ordinal,
  attributes: { figure: words },
});
/** An outlined box (no fill: its figure is only its kind). */
const box = (id: number, x: number, y: number, width = 80, height = 45): UIElement => ({
  id,
  role: 'image',
  tag: 'rect',
  text: '',
  states: {},
  box: { x, y, width, height },
  source: 'dom',
  interactive: false,
  attributes: { id: 'shape-container', figure: 'rectangle' },
});
const submit = (id: number): UIElement => ({ id, role: 'button', tag: 'button', text: 'Submit', states: {}, box: { x: 54, y: 185, width: 95, height: 31 }, source: 'dom', interactive: true, attributes: { id: 'subbtn' } });

const moved = (elements: UIElement[], id: number, to: { x: number; y: number }) =>
  elements.map((element) => (element.id === id ? { ...element, box: { ...element.box, x: to.x - SIZE / 2, y: to.y - SIZE / 2 } } : element));

/** A demonstration: drag each of `drags` (id → point), then Submit; each step sees the page as the drags before left it. */
function demonstration(task: string, start: UIElement[], drags: [number, { x: number; y: number }][], renumber = false) {
  const steps: Step[] = [];
  let page = start;
  for (const [startId, to] of drags) {
    // The drags name figures by their ids at the start; a page that renumbers (raising the dragged figure) moves them.
    const words = start.find((element) => element.id === startId)!;
    const target = page.find((element) => element.attributes?.['figure'] === words.attributes?.['figure'] && element.box.x === words.box.x && element.box.y === words.box.y)!;
    const id = target.id;
    steps.push({ index: steps.length, observation: { text: '', elements: page }, action: { type: 'drag', from: { elementId: id }, to }, targets: [{ ...target }], timings: {} });
    page = moved(page, id, to);
    if (renumber) {
      // The dragged figure takes the last figure id; the figures after it move down by one.
      const figures = page.filter((element) => element.role === 'button' && element.attributes?.['figure']);
      const ids = figures.map((element) => element.id).sort((a, b) => a - b);
      const order = [...figures.filter((element) => element.id !== id).sort((a, b) => a.id - b.id), figures.find((element) => element.id === id)!];
      const newId = new Map(order.map((element, index) => [element, ids[index]!]));
      page = page.map((element) => (newId.has(element) ? { ...element, id: newId.get(element)! } : element));
    }
  }
  const button = page.find((element) => element.text === 'Submit')!;
  steps.push({ index: steps.length, observation: { text: '', elements: page }, action: { type: 'click', target: { elementId: button.id } }, targets: [{ ...button }], timings: {} });
  return parseTrajectory({ formatVersion: TRAJECTORY_FORMAT_VERSION, id: 'demo', task, environment: 'browser', source: 'demonstration', outcome: { status: 'success', reason: 'reward 1' }, createdAt: 0, steps });
}

// drag-shapes seed 1002 as recorded: both triangles dragged into the black box (at 63,140 and 90,140).
const triangles = demonstration(
  'Drag all triangles into the black box.',
  [figure(4, 'green circle', 5, 2, 2), figure(3, 'red triangle', 6, 2, 1), figure(2, 'green triangle', 5, 3, 0), figure(5, 'cyan square', 6, 3, 3), box(6, 30, 120), submit(7)],
  [
    [2, { x: 63, y: 140 }],
    [3, { x: 90, y: 140 }],
  ],
);

/** Ground the plan's first step turn by turn on `page`, applying each drag, until it is satisfied or refused. */
function playSet(task: string, page: UIElement[]) {
  const plan = planDemonstration(triangles, task);
  const drop = plan.steps[0]!.figureSetDrop!;
  const dragged: number[] = [];
  for (let turn = 0; turn < 10; turn++) {
    const { grounding, stay } = groundFigureSetDrop(drop, page, triangles.task);
    if (!grounding.ok) return { plan, dragged, refused: grounding.reason, page };
    if ('satisfied' in grounding) return { plan, dragged, page };
    expect(stay).toBe(true);
    const action = grounding.action;
    if (action.type !== 'drag' || !('elementId' in action.from) || 'elementId' in action.to) throw new Error('not a drag to a point');
    dragged.push(action.from.elementId);
    page = moved(page, action.from.elementId, action.to);
  }
  throw new Error('no end');
}

const inBox = (element: UIElement, outline: UIElement) => {
  const x = element.box.x + element.box.width / 2;
  const y = element.box.y + element.box.height / 2;
  return x > outline.box.x && x < outline.box.x + outline.box.width && y > outline.box.y && y < outline.box.y + outline.box.height;
};

describe('the figures a task names, dragged into a box', () => {
  it('reads what is moved before the words that name where it goes', () => {
    expect(movedPhrase('Drag all triangles into the black box.')).toBe('Drag all triangles ');
    expect(movedPhrase('Drag all green shapes into the left box, and everything else into the right box.')).toBe('Drag all green shapes ');
  });

  it('folds the demonstrated drags into one set step and drags every circle into the box, wherever it is now', () => {
    // The box moved (as it does per seed) and there are two circles, one square, one triangle.
    const page = [figure(2, 'red circle', 0, 0, 0), figure(3, 'blue triangle', 6, 0, 1), figure(4, 'blue circle', 2, 5, 2), figure(5, 'red square', 6, 5, 3), box(6, 60, 40), submit(7)];
    const { plan, dragged, refused, page: after } = playSet('Drag all circles into the black box.', page);
    expect(plan.problems).toEqual([]);
    expect(plan.steps.filter((step) => step.step.action.type === 'drag')).toHaveLength(1);
    expect(plan.steps[0]!.figureSetDrop).toMatchObject({ role: 'button', terms: { shapes: ['circle'], colours: [] } });
    expect(refused).toBeUndefined();
    expect(dragged).toEqual([2, 4]);
    const outline = after.find((element) => element.id === 6)!;
    expect(after.filter((element) => element.role === 'button' && inBox(element, outline)).map((element) => element.id)).toEqual([2, 4]);
    // Side by side, not on top of each other.
    const [first, second] = [after.find((element) => element.id === 2)!, after.find((element) => element.id === 4)!];
    expect(Math.abs(first.box.x - second.box.x) + Math.abs(first.box.y - second.box.y)).toBeGreaterThanOrEqual(SIZE);
  });

  it('tells the dragged figures apart by what and where they are when the page renumbers them as they are dragged', () => {
    const start = [figure(2, 'green circle', 0, 0, 0), figure(3, 'red triangle', 6, 0, 1), figure(4, 'green triangle', 2, 5, 2), figure(5, 'cyan square', 6, 5, 3), box(6, 60, 40), submit(7)];
    const demo = demonstration('Drag all triangles into the black box.', start, [
      [3, { x: 75, y: 55 }],
      [4, { x: 95, y: 55 }],
    ], true);
    expect(demo.steps[1]!.action).toMatchObject({ from: { elementId: 3 } }); // the green triangle, renumbered from 4
    const plan = planDemonstration(demo, 'Drag all circles into the black box.');
    expect(plan.problems).toEqual([]);
    expect(plan.steps[0]!.figureSetDrop).toMatchObject({ terms: { shapes: ['circle'] } });
    expect(plan.unusedSlots).toEqual([]);
  });

  it('refuses when no figure shows what the task names, or the box is gone', () => {
    const noTriangles = [figure(2, 'red circle', 0, 0, 0), figure(3, 'blue square', 6, 0, 1), box(6, 60, 40), submit(7)];
    expect(playSet('Drag all triangles into the black box.', noTriangles).refused).toMatch(/no figure here is triangle \(the figures show: red circle, blue square\)/);
    const noBox = [figure(2, 'red circle', 0, 0, 0), figure(3, 'blue triangle', 6, 0, 1), submit(7)];
    expect(playSet('Drag all circles into the black box.', noBox).refused).toMatch(/the box the demonstration dropped its figures into .* is not found here/);
  });

  it('moves every other figure into the second box when the demonstration did', () => {
    const demo = demonstration(
      'Drag all green shapes into the left box, and everything else into the right box.',
      [figure(2, 'green triangle', 4, 7, 0), figure(3, 'green circle', 0, 5, 1), figure(4, 'cyan triangle', 0, 7, 2), figure(5, 'green triangle', 0, 6, 3), figure(6, 'black circle', 3, 7, 4), box(7, 4, 57, 70, 50), box(8, 86, 57, 70, 50), submit(9)],
      [
        [2, { x: 18, y: 71 }],
        [3, { x: 39, y: 71 }],
        [5, { x: 60, y: 71 }],
        [4, { x: 100, y: 71 }],
        [6, { x: 121, y: 71 }],
      ],
    );
    const plan = planDemonstration(demo, 'Drag all yellow shapes into the left box, and everything else into the right box.');
    expect(plan.problems).toEqual([]);
    const drop = plan.steps[0]!.figureSetDrop!;
    expect(drop.rest).toBeDefined();
    let page = [figure(2, 'blue triangle', 0, 7, 0), figure(3, 'yellow circle', 6, 7, 1), figure(4, 'yellow square', 6, 5, 2), box(7, 4, 57, 70, 50), box(8, 86, 57, 70, 50), submit(9)];
    const moves: [number, number][] = [];
    for (let turn = 0; turn < 6; turn++) {
      const { grounding } = groundFigureSetDrop(drop, page, demo.task);
      if (!grounding.ok || 'satisfied' in grounding) break;
      const action = grounding.action as { type: 'drag'; from: { elementId: number }; to: { x: number; y: number } };
      moves.push([action.from.elementId, action.to.x < 80 ? 7 : 8]);
      page = moved(page, action.from.elementId, action.to);
    }
    expect(moves).toEqual([
      [3, 7],
      [4, 7],
      [2, 8],
    ]);
  });
});

describe('a wordless figure the task did not name is not dragged by its place', () => {
  it('refuses a drag whose grounding found a figure that looks otherwise than the demonstrated one', () => {
    // A demonstration that moved only one of the two triangles is no set: its drag stays a plain step.
    const partial = demonstration('Drag all triangles into the black box.', triangles.steps[0]!.observation.elements, [[2, { x: 63, y: 140 }]]);
    const plan = planDemonstration(partial, 'Drag all triangles into the black box.');
    expect(plan.steps[0]!.figureSetDrop).toBeUndefined();
    const page = [figure(2, 'red square', 0, 0, 0), figure(3, 'blue triangle', 6, 0, 1), box(6, 60, 40), submit(7)];
    const problem = figureProblem(plan.steps[0]!, { type: 'drag', from: { elementId: 2 }, to: { x: 63, y: 140 } }, page);
    expect(problem?.reason).toMatch(/the demonstration dragged a figure with no words, a green triangle, .*\[2\] here is a red square, so choosing it by its place would be a guess/);
  });
});
