/**
 * Rule: a set of figures dropped into a box. When a demonstration's task
 * names a kind or colour of figure ("Drag all triangles into the black box")
 * and its drags moved exactly the figures that show it — every one of them,
 * each dropped on one element (the box) — the drags were about the set, not
 * about each figure: on a new page, drag every figure that shows what the
 * new task names ("all circles") into that box, wherever it is now. When the
 * demonstration also moved every other figure into a second box ("and
 * everything else into the right box"), so does the new plan. This is to
 * drags what checked-set.ts is to ticks.
 *
 * Planning half (`markFigureSetDrops`): find such drags (after
 * drop-place.ts described what each was dropped on), fold them into one
 * step, store the new task's figure terms, and mark the slots they account
 * for used.
 * Grounding half (`groundFigureSetDrop`): one drag per turn — the first
 * figure not yet in its box, released on a free spot of the box — until
 * every figure is where the task wants it. No figure showing what the task
 * names, a task naming none, or a box not found is a refusal.
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { groundTarget } from '../ground-target.js';
import { targetDescriptorsOf, type PlannedStep, type RuleContext } from '../planned-step.js';
import { figureFits, figureOf, figureTerms, namesFigure, termsPhrase, type FigureTerms } from '../../../observation/figure-words.js';

/** Drag every figure the task names into one box (and, when `rest` is set, every other figure into another). */
export interface FigureSetDrop {
  /** Role of the dragged figures. */
  role: string;
  /** The box the named figures go into, as the demonstration saw it. */
  on: TargetDescriptor;
  /** The box every other figure goes into, when the demonstration moved those too. */
  rest?: TargetDescriptor;
  /** What the new task names of the figures to move, and what the demonstration's named. */
  terms: FigureTerms;
  demonstrated: string;
}

/** Score of a drag of a figure the task names into the box the demonstration dropped on. */
const SET_DROP_SCORE = 0.85;
/** Least score at which a box counts as found again. */
const BOX_SCORE = 0.7;
/** CSS px a figure may sit off the place it was seen at and still be the same figure. */
const SAME_PLACE_PX = 3;
/** Space kept between figures dropped side by side in a box, CSS px. */
const GAP = 3;

/**
 * The part of a task that names what is moved: the words before its first
 * "into" / "onto" / "to" / "in" ("Drag all triangles | into the black box"),
 * so a box's colour is never taken for the figures'.
 */
export function movedPhrase(task: string): string {
  const match = /\b(into|onto|inside|to|in|on)\b/i.exec(task);
  return match ? task.slice(0, match.index) : task;
}

const fromIdOf = (planned: PlannedStep): number | undefined => {
  const action = planned.step.action;
  return action.type === 'drag' && 'elementId' in action.from ? action.from.elementId : undefined;
};

/** A key telling the element a drop was made on apart from another (two boxes alike but for their place). */
const placeKey = (descriptor: TargetDescriptor) => `${descriptor.role}|${descriptor.tag ?? ''}|${Math.round(descriptor.box?.x ?? 0)},${Math.round(descriptor.box?.y ?? 0)}`;

/** Fold drags that moved exactly the figures the demonstration's task named into one set step. */
export function markFigureSetDrops(steps: PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes'>): void {
  const demoTerms = figureTerms(movedPhrase(context.demoTask));
  if (!namesFigure(demoTerms)) return;
  const figureDrags = steps.filter((planned) => {
    const target = targetDescriptorsOf(planned.step)[0];
    return fromIdOf(planned) !== undefined && target !== undefined && figureOf(target) !== undefined;
  });
  if (figureDrags.length === 0 || figureDrags.some((planned) => planned.dropPlace?.kind !== 'element')) return;
  const first = figureDrags[0]!;
  const role = targetDescriptorsOf(first.step)[0]!.role;
  const figures = first.step.observation.elements.filter((element) => !element.states.hidden && element.role === role && figureOf(element));
  const fitting = new Set(figures.filter((element) => figureFits(figureOf(element)!, demoTerms)).map((element) => element.id));
  // Which figure of the first observation each drag picked up: ids need not last from one observation to the next
  // (a page may raise a dragged figure to the top, renumbering the rest), but a figure not yet moved lies where it lay.
  const pickedUp = new Map<PlannedStep, number>();
  for (const planned of figureDrags) {
    const target = targetDescriptorsOf(planned.step)[0]!;
    const same = figures.filter((element) => element.attributes?.['figure'] === target.attributes?.['figure'] && target.box !== undefined && Math.abs(element.box.x - target.box.x) <= SAME_PLACE_PX && Math.abs(element.box.y - target.box.y) <= SAME_PLACE_PX);
    if (same.length !== 1) return;
    pickedUp.set(planned, same[0]!.id);
  }
  const idOf = (planned: PlannedStep) => pickedUp.get(planned)!;
  const named = figureDrags.filter((planned) => fitting.has(idOf(planned)));
  const rest = figureDrags.filter((planned) => !fitting.has(idOf(planned)));
  const keys = (group: PlannedStep[]) => new Set(group.map((planned) => placeKey(planned.dropPlace!.on!)));
  // Every figure the task named was moved, once, and all into one box.
  if (named.length === 0 || new Set(named.map(idOf)).size !== fitting.size || named.length !== fitting.size || keys(named).size !== 1) return;
  // Any others went, every one of them, into one other box.
  if (rest.length > 0) {
    if (new Set(rest.map(idOf)).size !== figures.length - fitting.size || rest.length !== figures.length - fitting.size) return;
    if (keys(rest).size !== 1 || keys(rest).has([...keys(named)][0]!)) return;
  }
  const terms = figureTerms(movedPhrase(context.task));
  first.figureSetDrop = {
    role,
    on: named[0]!.dropPlace!.on!,
    ...(rest.length > 0 ? { rest: rest[0]!.dropPlace!.on! } : {}),
    terms,
    demonstrated: termsPhrase(demoTerms),
  };
  for (const planned of figureDrags) if (planned !== first) steps.splice(steps.indexOf(planned), 1);
  context.notes.push(
    `demonstrated steps ${figureDrags.map((planned) => planned.sourceIndex + 1).join(', ')} dragged every ${termsPhrase(demoTerms)} figure into one box${rest.length > 0 ? ' and every other figure into another' : ''}: drags every figure that is ${termsPhrase(terms) || '(nothing named)'}${rest.length > 0 ? ', and the rest,' : ''} the same way`,
  );
  for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
    const old = figureTerms(context.unusedSlots[index]!.old.join(' '));
    if (namesFigure(old)) context.unusedSlots.splice(index, 1);
  }
}

const centreInside = (element: UIElement, box: UIElement['box']) => {
  const x = element.box.x + element.box.width / 2;
  const y = element.box.y + element.box.height / 2;
  return x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
};

/** A point in `box` where a figure of `size` lands clear of the figures already in it (the centre when none is clear). */
function freeSpot(box: UIElement['box'], size: { width: number; height: number }, already: readonly UIElement[]): { x: number; y: number } {
  const cellWidth = size.width + GAP;
  const cellHeight = size.height + GAP;
  const columns = Math.floor((box.width - GAP) / cellWidth);
  const rows = Math.floor((box.height - GAP) / cellHeight);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = box.x + GAP + column * cellWidth + size.width / 2;
      const y = box.y + GAP + row * cellHeight + size.height / 2;
      const clear = already.every((other) => Math.abs(other.box.x + other.box.width / 2 - x) >= cellWidth - 0.5 || Math.abs(other.box.y + other.box.height / 2 - y) >= cellHeight - 0.5);
      if (clear) return { x: Math.round(x), y: Math.round(y) };
    }
  }
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** One turn of a set drop: drag the first figure not yet in its box; satisfied when every one is. */
export function groundFigureSetDrop(drop: FigureSetDrop, elements: readonly UIElement[], demoTask: string): { grounding: StepGrounding; stay?: boolean } {
  const refuse = (reason: string) => ({ grounding: { ok: false as const, score: 0, reason } });
  const phrase = termsPhrase(drop.terms);
  if (!namesFigure(drop.terms)) return refuse(`the demonstration moved every ${drop.demonstrated} figure; this task names no colour or shape of figure to move`);
  const findBox = (descriptor: TargetDescriptor) => {
    const found = groundTarget(descriptor, [], elements, { demoTask });
    return found.element && found.score >= BOX_SCORE ? found.element : undefined;
  };
  const box = findBox(drop.on);
  if (!box) return refuse(`the box the demonstration dropped its figures into (${drop.on.role} ${drop.on.attributes?.['figure'] ?? drop.on.tag ?? ''}) is not found here`);
  const restBox = drop.rest ? findBox(drop.rest) : undefined;
  if (drop.rest && (!restBox || restBox.id === box.id)) return refuse('the box the demonstration dropped the other figures into is not found here');
  const figures = elements.filter((element) => !element.states.hidden && element.role === drop.role && element.id !== box.id && element.id !== restBox?.id && figureOf(element));
  const named = figures.filter((element) => figureFits(figureOf(element)!, drop.terms));
  if (named.length === 0) {
    const shown = [...new Set(figures.map((element) => figureOf(element)!.words))].slice(0, 8).join(', ');
    return refuse(`no figure here is ${phrase} (the figures show: ${shown || 'none'})`);
  }
  const others = figures.filter((element) => !named.includes(element));
  const misplaced = others.find((element) => centreInside(element, box.box));
  if (!restBox && misplaced) return refuse(`[${misplaced.id}], a ${figureOf(misplaced)!.words}, is already in the box and the task does not name it; moving it out is not what the demonstration showed`);
  const todo: [UIElement, UIElement][] = [...named.filter((element) => !centreInside(element, box.box)).map((element): [UIElement, UIElement] => [element, box])];
  if (restBox) todo.push(...others.filter((element) => !centreInside(element, restBox.box)).map((element): [UIElement, UIElement] => [element, restBox]));
  if (todo.length === 0) {
    return { grounding: { ok: true, satisfied: true, score: 1, reason: `every ${phrase} figure (${named.length}) is in the box${restBox ? ', and every other in the other box' : ''}` } };
  }
  const [figure, into] = todo[0]!;
  const already = figures.filter((element) => centreInside(element, into.box));
  const to = freeSpot(into.box, figure.box, already);
  const isNamed = into === box;
  return {
    grounding: {
      ok: true,
      action: { type: 'drag', from: { elementId: figure.id }, to },
      score: SET_DROP_SCORE,
      reason: `[${figure.id}] is a ${figureOf(figure)!.words}, ${isNamed ? `one of the ${named.length} figure(s) that are ${phrase}` : `not ${phrase}, so it goes with the rest`}: drag it into [${into.id}], the box the demonstration dropped ${isNamed ? 'its named' : 'the other'} figures in`,
    },
    stay: true,
  };
}
