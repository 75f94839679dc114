/**
 * Rule: a drop is placed relative to what it was dropped on, never at the
 * demonstration's screen point.
 *
 * A drag stored with a point drop (the recorder stores a point when the
 * dragged element itself lay under the pointer at release, as in a list that
 * reorders while dragging) is read against the observation taken when the
 * press began:
 *
 * - the point lay on an alike sibling of the dragged element (same parent,
 *   same role: a sortable list's or grid's slot) and the dragged element
 *   ended at that slot's place: the drop is "at position N of the list".
 *   When the demonstration's task named that position ("the 3rd position",
 *   "the top of the list", on a grid "the top right": grid-places.ts) and the
 *   new task names one, the new drop goes on the slot at the new position,
 *   read against the items as laid out now, aimed at the same part of it
 *   (mirrored along the list — along a grid's rows — when the element now
 *   moves the other way); a move to where the element already is, is
 *   skipped; a place that cannot be told on this layout is refused.
 * - the point lay on another element (a drop zone): the drop goes on that
 *   element, found again by its description, at the same relative place;
 *   when it is not found, the step is refused rather than dropped at the
 *   old screen point.
 *
 * Planning half `markDropPlaces`, grounding half `groundDropPlace`. Pure.
 */
import type { DragWaypoint } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { boxCentre } from '../../../core/observation.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import { normalizeText, type Binding } from '../text-match.js';
import type { StepGrounding } from '../ground-step.js';
import { placeIndex, placesOf, readingOrder, rowsOf, type NamedPlace } from './grid-places.js';

export interface DropPlace {
  /**
   * `position`: the slot at a place of the dragged element's list; `element`: a described element (a drop zone);
   * `point`: a point on nothing describable, replayed only on a page laid out as the demonstration's was.
   */
  kind: 'position' | 'element' | 'point';
  /** For `position`: the place the new task names, found among the items as they are laid out when dropping. */
  wanted?: { place: NamedPlace; conflict?: true };
  /** For `position`: the place the demonstration's task named, and where the element came from. */
  demonstrated?: { place: number; from: number };
  /** For `element`: the element dropped on, as the demonstration saw it (with its parent's text as context). */
  on?: TargetDescriptor;
  /** Where on the slot or element the pointer was released, as fractions of its box (0..1). */
  at: { fx: number; fy: number };
}

/** Score of a drop placed on the slot the task's position names: the slot is certain, the page's drop logic is not. */
const POSITION_DROP_SCORE = 0.9;
/** Score of a point drop replayed on a page laid out as the demonstration's. */
const POINT_DROP_SCORE = 0.7;
/** CSS px an element may sit off its demonstrated place and the layout still count as the same. */
const SAME_PLACE_PX = 3;
/** Least score at which the element dropped on counts as found again. */
const DROP_ELEMENT_SCORE = 0.7;

/** The alike siblings of `element` (same parent and role, shown), in list order, itself included. */
export function alikeSiblings(element: UIElement, elements: readonly UIElement[]): UIElement[] {
  return elements
    .filter((other) => other.parentId === element.parentId && other.role === element.role && !other.states.hidden)
    .sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0) || a.box.y - b.box.y || a.box.x - b.box.x);
}

const inside = (point: { x: number; y: number }, element: UIElement) =>
  point.x >= element.box.x && point.x <= element.box.x + element.box.width && point.y >= element.box.y && point.y <= element.box.y + element.box.height;

function distanceTo(point: { x: number; y: number }, element: UIElement): number {
  const dx = Math.max(element.box.x - point.x, 0, point.x - (element.box.x + element.box.width));
  const dy = Math.max(element.box.y - point.y, 0, point.y - (element.box.y + element.box.height));
  return Math.hypot(dx, dy);
}

function within(element: UIElement, ancestor: UIElement, elements: readonly UIElement[]): boolean {
  let current: UIElement | undefined = element;
  for (let depth = 0; current && depth < 64; depth++) {
    if (current.id === ancestor.id) return true;
    const parentId: number | undefined = current.parentId;
    current = parentId === undefined ? undefined : elements.find((candidate) => candidate.id === parentId);
  }
  return false;
}

const fractionOn = (point: { x: number; y: number }, element: UIElement) => ({
  fx: element.box.width > 0 ? (point.x - element.box.x) / element.box.width : 0.5,
  fy: element.box.height > 0 ? (point.y - element.box.y) / element.box.height : 0.5,
});

/** Which way a list runs: along y when its items stack, along x when they sit in a row or fill a grid (read row by row). */
function listAxis(siblings: readonly UIElement[]): 'x' | 'y' {
  if (siblings.length < 2) return 'y';
  const rows = rowsOf(siblings);
  if (rows.length > 1 && rows.some((row) => row.length > 1)) return 'x';
  const first = boxCentre(siblings[0]!.box);
  const last = boxCentre(siblings[siblings.length - 1]!.box);
  return Math.abs(last.x - first.x) > Math.abs(last.y - first.y) ? 'x' : 'y';
}

/** What a drop at a point was made on: a slot of the dragged element's list, another element, or nothing describable. */
export interface DropOn {
  slot?: { from: number; place: number; count: number; at: DropPlace['at'] };
  on?: { descriptor: TargetDescriptor; at: DropPlace['at'] };
}

/**
 * What a drag of element `draggedId` released at `point` dropped on, read in
 * the observation taken as the press began (`elements`); `nextElements`, the
 * observation after it, says where a list item really ended. Undefined when
 * the dragged element is not in `elements`; empty when the point lay on no
 * element but the dragged one and its ancestors.
 */
export function dropOn(elements: readonly UIElement[], draggedId: number, point: { x: number; y: number }, nextElements?: readonly UIElement[]): DropOn | undefined {
  const dragged = elements.find((element) => element.id === draggedId);
  if (!dragged) return undefined;
  const siblings = alikeSiblings(dragged, elements);
  const parent = elements.find((element) => element.id === dragged.parentId);
  // Loose elements with no parent in common are no list: the point must lie on one of them to be a slot.
  if (siblings.length >= 2 && ((parent && inside(point, parent)) || siblings.some((sibling) => inside(point, sibling)))) {
    const nearest = [...siblings].sort((a, b) => distanceTo(point, a) - distanceTo(point, b))[0]!;
    const from = siblings.indexOf(dragged);
    let place = siblings.indexOf(nearest);
    // Where the element really ended, when the next observation shows it by its text.
    const after = nextElements?.filter((element) => element.role === dragged.role && !element.states.hidden && element.parentId === dragged.parentId);
    const landed = after && dragged.text ? after.findIndex((element) => normalizeText(element.text) === normalizeText(dragged.text)) : -1;
    if (after && landed >= 0 && after.length === siblings.length) place = landed;
    if (place !== from) return { slot: { from, place, count: siblings.length, at: fractionOn(point, nearest) } };
  }
  const under = elements
    .filter((element) => inside(point, element) && !within(element, dragged, elements) && !within(dragged, element, elements))
    .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
  if (!under) return {};
  const underParent = under.parentId === undefined ? undefined : elements.find((element) => element.id === under.parentId);
  return { on: { descriptor: { ...under, context: underParent?.text || undefined } as TargetDescriptor, at: fractionOn(point, under) } };
}

/** What a planned drag step with a point drop dropped on (see `dropOn`), or undefined for other steps. */
export function demonstratedDrop(planned: PlannedStep, nextElements?: readonly UIElement[]): DropOn | undefined {
  const action = planned.step.action;
  if (action.type !== 'drag' || 'elementId' in action.to || !('elementId' in action.from)) return undefined;
  return dropOn(planned.step.observation.elements, action.from.elementId, action.to, nextElements);
}

/**
 * Planning half: mark each point drop with the place it was made at, and
 * count the task's position words as used by it.
 */
export function markDropPlaces(steps: PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes' | 'next'>): void {
  for (const planned of steps) {
    const drop = planned.sliderValue ? undefined : demonstratedDrop(planned, context.next(planned));
    if (!drop) continue;
    if (drop.slot) {
      const { from, place, at } = drop.slot;
      // The demonstration's place words must name the slot it dropped on, read on its own layout.
      const action = planned.step.action as Extract<PlannedStep['step']['action'], { type: 'drag' }>;
      const elements = planned.step.observation.elements;
      const dragged = 'elementId' in action.from ? elements.find((element) => element.id === (action.from as { elementId: number }).elementId) : undefined;
      const items = dragged ? readingOrder(alikeSiblings(dragged, elements)) : [];
      const named = placesOf(context.demoTask).filter(({ place: named, conflict }) => {
        const found = placeIndex(named, items, conflict);
        return 'index' in found && found.index === place;
      });
      const wanted = placesOf(context.task);
      if (named.length !== 1 || wanted.length !== 1) continue;
      planned.dropPlace = { kind: 'position', wanted: { place: wanted[0]!.place, ...(wanted[0]!.conflict ? { conflict: true as const } : {}) }, demonstrated: { place, from }, at };
      const words = normalizeText(named[0]!.words);
      for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
        const slot = context.unusedSlots[index]!;
        if (slot.old.some((value) => normalizeText(value).includes(words) || words.includes(normalizeText(value)))) context.unusedSlots.splice(index, 1);
      }
      context.notes.push(`demonstrated step ${planned.sourceIndex + 1} dropped the element at place ${place + 1} of its list, which the task named (${JSON.stringify(named[0]!.words)}): drops at the place the new task names (${JSON.stringify(wanted[0]!.words)})`);
    } else if (drop.on) {
      planned.dropPlace = { kind: 'element', on: drop.on.descriptor, at: drop.on.at };
      context.notes.push(`demonstrated step ${planned.sourceIndex + 1} dropped on ${drop.on.descriptor.role} ${JSON.stringify(drop.on.descriptor.text || drop.on.descriptor.label || '')}: drops on that element, wherever it is now`);
    } else {
      planned.dropPlace = { kind: 'point', at: { fx: 0, fy: 0 } };
      context.notes.push(`demonstrated step ${planned.sourceIndex + 1} dropped on no element it could describe: its point is replayed only on a page laid out as the demonstration's`);
    }
  }
}

/** Grounding half: the drag of a marked step, dropped on the slot or element its place names now. */
export function groundDropPlace(planned: PlannedStep, elements: readonly UIElement[], demoTask: string): StepGrounding {
  const place = planned.dropPlace!;
  const action = planned.step.action;
  if (action.type !== 'drag') return { ok: false, score: 0, reason: 'not a drag' };
  const fromDescriptor = targetDescriptorsOf(planned.step)[0];
  if (!fromDescriptor) return { ok: false, score: 0, reason: 'the demonstration did not record what element was dragged' };
  // Position words are the drop's, not the dragged element's: they must not move the dragged element by its ordinal.
  const isPlace = (binding: Binding) => placesOf(binding.old).length > 0 || placesOf(binding.new).length > 0;
  const bindings = place.kind === 'position' ? planned.bindings.filter((binding) => !isPlace(binding)) : planned.bindings;
  const from = groundTarget(fromDescriptor, bindings, elements, { demoTask });
  if (!from.element) return { ok: false, score: 0, reason: `the element to drag is not found: ${from.reason}` };
  // Two items fit the dragged one about equally ("Milk" twice): dragging, or calling it already in place, would be a guess.
  const fromTie = nearTieRefusal(from, 'the element to drag');
  if (fromTie) return { ok: false, score: 0, reason: fromTie };
  const dragged = from.element;
  if (place.kind === 'point') {
    const point = action.to as { x: number; y: number };
    const moved = layoutChange(planned.step.observation.elements, elements);
    if (moved) {
      return {
        ok: false,
        score: 0,
        reason: `the demonstration dropped at the screen point (${point.x}, ${point.y}), on no element it could describe, and this page is laid out otherwise (${moved}): that point would be a guess`,
      };
    }
    return { ok: true, action: { type: 'drag', from: { elementId: dragged.id }, to: point, ...wayOf(action) }, score: Math.min(from.score, POINT_DROP_SCORE), reason: `drag ${from.reason}; drop at the demonstrated point (${point.x}, ${point.y}) on a page laid out as the demonstration's` };
  }
  if (place.kind === 'element') {
    const on = groundTarget(place.on!, planned.bindings, elements, { demoTask });
    const name = `${place.on!.role} ${JSON.stringify(place.on!.text || place.on!.label || '')}`;
    const onTie = nearTieRefusal(on, `the ${name} to drop on`);
    if (onTie) return { ok: false, score: 0, reason: onTie };
    if (!on.element || on.score < DROP_ELEMENT_SCORE) {
      return { ok: false, score: 0, reason: `the demonstration dropped on the ${name}, which is not found here (${on.reason}); dropping at the demonstrated screen point would be a guess` };
    }
    const box = on.element.box;
    return {
      ok: true,
      action: { type: 'drag', from: { elementId: dragged.id }, to: { x: Math.round(box.x + place.at.fx * box.width), y: Math.round(box.y + place.at.fy * box.height) }, ...wayOf(action) },
      score: Math.min(from.score, on.score),
      reason: `drag ${from.reason}; drop on ${on.reason}, at the place on it the demonstration dropped`,
    };
  }
  const siblings = readingOrder(alikeSiblings(dragged, elements));
  const found = placeIndex(place.wanted!.place, siblings, place.wanted!.conflict);
  if ('unsure' in found) {
    return { ok: false, score: 0, reason: `cannot tell which place of the list of ${JSON.stringify(dragged.text)} (${siblings.length} items) the task names: ${found.unsure}` };
  }
  const wanted = found.index;
  const current = siblings.indexOf(dragged);
  if (current === wanted) return { ok: true, satisfied: true, score: 1, reason: `${JSON.stringify(dragged.text)} already is at place ${wanted + 1} of ${siblings.length}` };
  const slot = siblings[wanted]!;
  const axis = listAxis(siblings);
  let { fx, fy } = place.at;
  const demonstratedUp = place.demonstrated!.from > place.demonstrated!.place;
  const up = current > wanted;
  if (demonstratedUp !== up) {
    // A person aims at the far part of the slot whichever way they drag: mirror the demonstrated aim along the list.
    if (axis === 'y') fy = 1 - fy;
    else fx = 1 - fx;
  }
  return {
    ok: true,
    action: { type: 'drag', from: { elementId: dragged.id }, to: { x: Math.round(slot.box.x + fx * slot.box.width), y: Math.round(slot.box.y + fy * slot.box.height) }, ...wayOf(action, demonstratedUp !== up ? axis : undefined) },
    score: Math.min(from.score, POSITION_DROP_SCORE),
    reason: `drag ${from.reason}; drop on the slot at place ${wanted + 1} of ${siblings.length} (now ${JSON.stringify(slot.text)}), the place the task names${demonstratedUp !== up ? ', aimed at its other end since the element moves the other way than demonstrated' : ''}`,
  };
}

/**
 * The demonstrated way of a drag (its waypoints), kept for the new drop; mirrored along the list's axis when
 * the element now moves the other way, so the drop is still approached from the far side.
 */
function wayOf(action: Extract<PlannedStep['step']['action'], { type: 'drag' }>, mirror?: 'x' | 'y'): { path?: DragWaypoint[] } {
  if (!action.path) return {};
  if (!mirror) return { path: action.path };
  return { path: action.path.map((waypoint) => (waypoint.of === 'to' ? { ...waypoint, [mirror === 'x' ? 'dx' : 'dy']: -(mirror === 'x' ? waypoint.dx : waypoint.dy) } : waypoint)) };
}

/** How the page's layout differs from the demonstration's (an element with a text gone or moved), or undefined when it does not. */
function layoutChange(then: readonly UIElement[], now: readonly UIElement[]): string | undefined {
  for (const element of then) {
    if (element.states.hidden || normalizeText(element.text) === '') continue;
    const same = now.filter((other) => other.role === element.role && normalizeText(other.text) === normalizeText(element.text));
    if (same.length === 0) return `${element.role} ${JSON.stringify(element.text.slice(0, 40))} is gone`;
    if (!same.some((other) => Math.abs(other.box.x - element.box.x) <= SAME_PLACE_PX && Math.abs(other.box.y - element.box.y) <= SAME_PLACE_PX)) {
      return `${element.role} ${JSON.stringify(element.text.slice(0, 40))} moved`;
    }
  }
  return undefined;
}
