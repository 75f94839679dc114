/**
 * Rule: an option below the visible part of a scrolling list is scrolled
 * into view inside the list.
 *
 * "Choose 5ft 11in from the dropdown" after a demonstration that picked
 * "5ft 9in", the first line of an opened styled drop-down: the new option is
 * further down the list, which shows a few lines at a time (the rest is
 * clipped, so not on screen to click). When a click whose caption was a
 * slot does not ground, and exactly one scrolling container on screen holds
 * the new caption in its text — or holds elements like the demonstrated one
 * and more of them below its view —, the wheel is turned over it —
 * most of its height at a time — until the option shows; then the step is
 * grounded as usual. It stops (and the step is refused) when a turn changed
 * nothing the container shows, or after a bound. Scrolling changes no value
 * on the page, so a turn is never a wrong action.
 *
 * Grounding half only (ground-plan-step.ts, for a plain step that did not
 * ground); the planning half is the slot binding the step already has.
 */
import type { UIElement } from '../../../core/observation.js';
import type { RepeatedGrounding, StepGrounding } from '../ground-step.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';

/** Most turns over one list. */
const MAX_TURNS = 12;
const LIST_SCROLL_SCORE = 0.7;
/** Part of the container's height one turn scrolls. */
const TURN_SHARE = 0.8;

const scrollsVertically = (element: UIElement) => /\by\b/.test(element.attributes?.['scrollable'] ?? '');

/**
 * A turn of the wheel over the one scrolling list that holds the step's new
 * caption, when the step (a click on a slot's caption) did not ground;
 * otherwise `failed` as it was.
 */
export function groundListScroll(
  planned: PlannedStep,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  failed: StepGrounding,
  threshold = 0,
): RepeatedGrounding {
  if (failed.ok && failed.score >= threshold) return clippedInList(failed, elements, visited, prefix);
  const target = targetDescriptorsOf(planned.step)[0];
  if (planned.step.action.type !== 'click' || !target || normalizeText(target.text) === '') return { grounding: failed };
  const caption = substitute(target.text, planned.bindings);
  if (!caption.changed) return { grounding: failed };
  const wanted = caption.text.trim();
  const byId = new Map(elements.map((element) => [element.id, element]));
  const within = (element: UIElement, list: UIElement) => {
    for (let parent = byId.get(element.parentId ?? -1), level = 0; parent && level < 3; parent = byId.get(parent.parentId ?? -1), level++) if (parent.id === list.id) return true;
    return false;
  };
  // A list that holds the caption, or one of elements like the demonstrated one with more of them below its view.
  const holdsMore = (list: UIElement) => {
    const inside = elements.filter((element) => within(element, list));
    const alike = inside.some((element) => element.role === target.role && (element.tag ?? '') === (target.tag ?? ''));
    return alike && inside.some((element) => element.box.y + element.box.height > list.box.y + list.box.height + 1);
  };
  const lists = elements.filter((element) => !element.states.hidden && scrollsVertically(element) && (containsWhole(element.text, wanted) || holdsMore(element)));
  if (lists.length !== 1) return { grounding: failed };
  const list = lists[0]!;
  const turns = [...visited].filter((key) => key.startsWith(prefix)).length;
  const key = `${prefix}${normalizeText(list.text)}`;
  if (visited.has(key)) {
    return { grounding: { ok: false, score: 0, reason: `scrolled the list ${turns} time(s) until it showed nothing new, and ${JSON.stringify(wanted)} did not come into view (${failed.reason})` } };
  }
  if (turns >= MAX_TURNS) {
    return { grounding: { ok: false, score: 0, reason: `scrolled the list ${turns} times, the most this search turns, and ${JSON.stringify(wanted)} did not come into view (${failed.reason})` } };
  }
  const deltaY = Math.max(20, Math.round(list.box.height * TURN_SHARE));
  return {
    visitKey: key,
    stay: true,
    grounding: {
      ok: true,
      action: { type: 'scroll', target: { elementId: list.id }, deltaX: 0, deltaY },
      score: LIST_SCROLL_SCORE,
      reason: `${JSON.stringify(wanted)} is not in view; the list [${list.id}] ${containsWhole(list.text, wanted) ? 'holds it' : 'holds more elements like the demonstrated one below its view'}: scroll down ${deltaY}px over it (${turns} turn(s) so far)`,
    },
  };
}

/**
 * A grounded click on an element cut off by the bottom or top of its
 * scrolling list (half an option at the list's edge): the wheel brings its
 * middle into the view first; then it is clicked.
 */
function clippedInList(grounding: StepGrounding, elements: readonly UIElement[], visited: ReadonlySet<string>, prefix: string): RepeatedGrounding {
  if (!grounding.ok || !('action' in grounding) || grounding.action.type !== 'click') return { grounding };
  const target = grounding.action.target;
  const id = target && 'elementId' in target ? target.elementId : undefined;
  const byId = new Map(elements.map((element) => [element.id, element]));
  const element = id === undefined ? undefined : byId.get(id);
  if (!element) return { grounding };
  let list: UIElement | undefined;
  for (let parent = byId.get(element.parentId ?? -1), level = 0; parent && level < 3 && !list; parent = byId.get(parent.parentId ?? -1), level++) if (scrollsVertically(parent)) list = parent;
  if (!list) return { grounding };
  const middle = element.box.y + element.box.height / 2;
  if (middle > list.box.y + 2 && middle < list.box.y + list.box.height - 2) return { grounding };
  const key = `${prefix}${normalizeText(list.text)}|${Math.round(middle)}`;
  if (visited.has(key)) return { grounding: { ok: false, score: 0, reason: `[${element.id}] stays cut off at the edge of its list after a scroll` } };
  const deltaY = Math.round(middle - (list.box.y + list.box.height / 2));
  return {
    visitKey: key,
    stay: true,
    grounding: { ok: true, action: { type: 'scroll', target: { elementId: list.id }, deltaX: 0, deltaY }, score: grounding.score, reason: `[${element.id}] is cut off at the edge of its list [${list.id}]: scroll ${deltaY > 0 ? 'down' : 'up'} ${Math.abs(deltaY)}px over the list to bring it into view, then click it (${grounding.reason})` },
  };
}
