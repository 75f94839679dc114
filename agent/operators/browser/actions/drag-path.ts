/**
 * The moves a drag replays between its press and its release: through the
 * demonstrated waypoints (core/action.ts DragWaypoint), each placed from the
 * end it was recorded nearer to, so a drop found again elsewhere keeps the
 * demonstrated approach (the side a sortable list's target was entered from).
 * Without waypoints, one straight move. Pure.
 */
import type { DragWaypoint } from '../../../core/action.js';

interface Point {
  x: number;
  y: number;
}

/** CSS px per intermediate mouse event: drag code often needs to see motion past a threshold, and each cell entered. */
const PX_PER_STEP = 8;
const MIN_STEPS = 4;
const MAX_STEPS = 24;

export interface DragMove extends Point {
  steps: number;
}

export function dragMoves(from: Point, to: Point, path: readonly DragWaypoint[] | undefined): DragMove[] {
  if (!path || path.length === 0) return [{ ...to, steps: 12 }];
  const points = [...path.map((waypoint) => (waypoint.of === 'from' ? { x: from.x + waypoint.dx, y: from.y + waypoint.dy } : { x: to.x + waypoint.dx, y: to.y + waypoint.dy })), to];
  const moves: DragMove[] = [];
  let at = from;
  for (const point of points) {
    const steps = Math.min(MAX_STEPS, Math.max(MIN_STEPS, Math.round(Math.hypot(point.x - at.x, point.y - at.y) / PX_PER_STEP)));
    moves.push({ ...point, steps });
    at = point;
  }
  return moves;
}
