/**
 * Reading helpers shared by the demonstrators of the evaluation pages on
 * lists, data and navigation (data-sort-table, data-pager, list-todo,
 * list-comments, list-folders, list-cart): the nearest ancestor of a role,
 * whether an element lies wholly inside its scrolling box, and scrolling a
 * box until what a person looks for is wholly in view.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { DemonstrationError, perform, type DemonstratorContext } from './demonstrator.js';

/** The element's nearest ancestor with one of the roles, or undefined. */
export function ancestorWithRole(observation: Observation, element: UIElement, roles: readonly string[]): UIElement | undefined {
  const byId = new Map(observation.elements.map((candidate) => [candidate.id, candidate]));
  let parent = element.parentId === undefined ? undefined : byId.get(element.parentId);
  while (parent) {
    if (roles.includes(parent.role)) return parent;
    parent = parent.parentId === undefined ? undefined : byId.get(parent.parentId);
  }
  return undefined;
}

/** True when the element's box lies inside the container's box (half a pixel of slack). */
export function whollyInside(element: UIElement, container: UIElement): boolean {
  return element.box.y >= container.box.y - 0.5 && element.box.y + element.box.height <= container.box.y + container.box.height + 0.5;
}

/**
 * Observe until `find` gives an element wholly inside the scrolling box that
 * `box` finds, scrolling the box down (or up, once the bottom is reached)
 * between looks; returns the element and the observation it was seen in.
 */
export async function scrollIntoView(
  context: DemonstratorContext,
  find: (observation: Observation) => UIElement | undefined,
  box: (observation: Observation) => UIElement | undefined,
  what: string,
): Promise<{ element: UIElement; observation: Observation }> {
  let direction = 1;
  let lastTop: string | undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    const observation = await context.observe();
    const element = find(observation);
    const container = box(observation);
    if (element && (!container || whollyInside(element, container))) return { element, observation };
    if (!container) break;
    // When nothing moved since the last look, the box is at its end: turn round.
    const signature = observation.elements.filter((candidate) => candidate.parentId === container.id).map((child) => `${child.id}@${child.box.y}`).join(',');
    if (signature === lastTop) direction = -direction;
    lastTop = signature;
    const step = element ? (element.box.y < container.box.y ? -30 : 30) : 60 * direction;
    await perform(context, { type: 'scroll', deltaX: 0, deltaY: step, target: { elementId: container.id } });
  }
  throw new DemonstrationError(`${what} never came wholly into view`);
}

/** "three" → 3, "3" → 3. */
export function readCount(word: string): number {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const index = words.indexOf(word.toLowerCase());
  if (index >= 0) return index;
  const value = Number(word);
  if (!Number.isInteger(value)) throw new DemonstrationError(`"${word}" is not a count`);
  return value;
}
