/**
 * What a desktop input landed on: the element of the observation (an
 * accessibility control, or a text line / field / button / check box the OCR
 * layout recognised) under the pointer — or, if the pointer hit nothing, the
 * nearest one close by. The element is then described by the one describer
 * every step uses (agent/core/describe-target.ts), so a recorded target says
 * what the observation says of it. Pure.
 */
import type { BoundingBox, Observation, UIElement } from '../../../agent/core/observation.js';
import type { Point } from './desktop-input-coalescer.js';

/** Logical px around the pointer within which the nearest element still counts as the target. */
export const NEAR_TARGET_PX = 24;

export interface PointedElement {
  element: UIElement;
  /** True when the pointer was inside the element's box; false when it was merely the nearest. */
  inside: boolean;
}

/** The element under the point (the smallest that contains it), else the nearest within NEAR_TARGET_PX. */
export function elementAtPoint(observation: Observation, point: Point): PointedElement | undefined {
  // A control another window lies over (states.hidden) cannot be what the pointer hit.
  const seen = observation.elements.filter((element) => !element.states.hidden);
  const containing = seen
    .filter((element) => distanceToBox(point, element.box) === 0)
    .sort((a, b) => Number(b.interactive) - Number(a.interactive) || area(a.box) - area(b.box));
  if (containing[0]) return { element: containing[0], inside: true };
  let nearest: { element: UIElement; distance: number } | undefined;
  for (const element of seen) {
    const distance = distanceToBox(point, element.box);
    if (distance <= NEAR_TARGET_PX && (!nearest || distance < nearest.distance)) nearest = { element, distance };
  }
  return nearest ? { element: nearest.element, inside: false } : undefined;
}

function area(box: BoundingBox): number {
  return box.width * box.height;
}

/** 0 inside the box (with 2 px of slack for OCR boxes hugging glyphs), else the distance to its edge. */
function distanceToBox(point: Point, box: BoundingBox): number {
  const slack = 2;
  const dx = Math.max(box.x - slack - point.x, 0, point.x - (box.x + box.width + slack));
  const dy = Math.max(box.y - slack - point.y, 0, point.y - (box.y + box.height + slack));
  return Math.hypot(dx, dy);
}
