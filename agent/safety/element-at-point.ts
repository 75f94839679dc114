/**
 * What an action aims at, whatever form its target takes: an element id of
 * the observation, or a point in logical pixels. A point is judged by the
 * element under it in the same observation (DOM, OCR or accessibility
 * element alike), so `click (500, 420)` on a "Delete account" button is as
 * risky as `click [7]`.
 */
import { actionTargets, type Action, type Target } from '../core/action.js';
import { findElement, type Observation, type UIElement } from '../core/observation.js';

/** One target of an action, as the gate sees it. */
export interface AimedTarget {
  target: Target;
  /** The element the target names or lies on, when one can be identified. */
  element?: UIElement;
  /** True when the target is a point. */
  byPoint: boolean;
}

function contains(element: UIElement, x: number, y: number): boolean {
  const { box } = element;
  return box.width > 0 && box.height > 0 && x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
}

/**
 * The element under a point: the smallest interactive element containing it,
 * else the smallest element of any kind containing it, else undefined.
 * Hidden elements are skipped (a click cannot land on them).
 */
export function elementAtPoint(observation: Observation, x: number, y: number): UIElement | undefined {
  let best: UIElement | undefined;
  let bestInteractive = false;
  let bestArea = Infinity;
  for (const element of observation.elements) {
    if (element.states.hidden || !contains(element, x, y)) continue;
    const interactive = element.interactive;
    const area = element.box.width * element.box.height;
    if ((interactive && !bestInteractive) || (interactive === bestInteractive && area < bestArea)) {
      best = element;
      bestInteractive = interactive;
      bestArea = area;
    }
  }
  return best;
}

/** The element a target names or lies on. */
export function elementOfTarget(observation: Observation, target: Target): UIElement | undefined {
  return 'elementId' in target ? findElement(observation, target.elementId) : elementAtPoint(observation, target.x, target.y);
}

/** Every target of an action (both ends of a drag), each with its element when one can be identified. */
export function aimedTargets(action: Action, observation: Observation): AimedTarget[] {
  return actionTargets(action).map((target) => ({ target, element: elementOfTarget(observation, target), byPoint: !('elementId' in target) }));
}

/** The element and its kept ancestors, innermost first (at most 8; cycles cut). */
export function withAncestors(observation: Observation, element: UIElement): UIElement[] {
  const chain: UIElement[] = [element];
  const seen = new Set([element.id]);
  let current = element;
  while (chain.length < 8 && current.parentId !== undefined && !seen.has(current.parentId)) {
    const parent = findElement(observation, current.parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parent.id);
    current = parent;
  }
  return chain;
}
