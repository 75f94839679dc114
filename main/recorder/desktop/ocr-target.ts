/**
 * Describing what a desktop click landed on, from OCR alone: the element
 * (text line, or a field / button / check box the layout recognised) under
 * the pointer — or, if the pointer hit no text, the nearest one close by —
 * and the text around it, which is what tells "the field next to Email" from
 * "the field next to Name". Pure.
 */
import { boxCentre, type BoundingBox, type Observation, type UIElement } from '../../../agent/core/observation.js';
import type { TargetDescriptor } from '../../../agent/core/trajectory.js';
import { describeTarget } from '../../../agent/core/describe-target.js';
import type { Point } from './desktop-input-coalescer.js';

/** Logical px around the pointer within which the nearest element still counts as the target. */
export const NEAR_TARGET_PX = 24;
/** Logical px within which other text counts as the target's surroundings. */
const CONTEXT_RADIUS_PX = 160;
const CONTEXT_LIMIT = 80;

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

/** The texts around an element, nearest first (what a person would read next to it). */
export function surroundingText(element: UIElement, observation: Observation): string | undefined {
  const centre = boxCentre(element.box);
  const neighbours = observation.elements
    .filter((other) => other.id !== element.id && other.text.trim() !== '' && other.text !== element.text)
    .map((other) => ({ other, distance: distanceToBox(centre, other.box) }))
    .filter(({ distance }) => distance <= CONTEXT_RADIUS_PX)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ other }) => other.text.trim());
  const text = neighbours.join(' | ').slice(0, CONTEXT_LIMIT);
  return text || undefined;
}

/** A target descriptor for an OCR element: its own description plus the text around it. */
export function describeOcrTarget(element: UIElement, observation: Observation): TargetDescriptor {
  const descriptor = describeTarget(element, observation);
  const context = descriptor.context ?? surroundingText(element, observation);
  return Object.fromEntries(Object.entries({ ...descriptor, context }).filter(([, value]) => value !== undefined)) as TargetDescriptor;
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
