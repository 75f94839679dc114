/**
 * Rectangles compared as rectangles: does one lie within another, how much
 * of the larger of two they have in common. The one
 * reading the policy (element boxes, logical pixels) and the desktop
 * operator (X windows and screen regions, physical pixels) share; the unit
 * is the caller's, the same for both boxes. Pure.
 */

import type { BoundingBox } from './observation.js';

/** An axis-aligned rectangle of a BoundingBox's shape, in whichever unit its caller uses (the same for both boxes). */
type Rect = Pick<BoundingBox, 'x' | 'y' | 'width' | 'height'>;

/**
 * Does `inner` lie within `outer`, edges included? `slack` (in the boxes'
 * unit, default 0: exact) lets each edge of `inner` stand that far outside,
 * for boxes whose edges were rounded apart.
 */
export function rectWithin(inner: Rect, outer: Rect, slack = 0): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/** The share (0..1) of the larger of two rectangles that both cover; 0 when they do not meet or both are empty. */
export function overlapOfLarger(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const larger = Math.max(a.width * a.height, b.width * b.height);
  return larger > 0 ? (width * height) / larger : 0;
}
