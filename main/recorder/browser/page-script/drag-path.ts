/**
 * The way a drag went, kept as a few waypoints: where the pointer paused or
 * turned between the press and the release. Pages that reorder while
 * dragging (a sortable grid) decide where an item lands from the side the
 * pointer entered the target from, so a straight line from start to end does
 * not replay them. Each waypoint is an offset from the nearer end of the drag
 * (the press or the release point), so a replay whose ends were found again
 * elsewhere keeps the approach to the drop. In-page code (pure).
 */
import type { DragWaypoint } from '../../../../agent/core/action.js';

/** A pointer position during a drag, with the time it was reached (ms). */
export interface PathPoint {
  x: number;
  y: number;
  t: number;
}


/** Most waypoints a drag keeps. */
export const MAX_WAYPOINTS = 6;
/** A rest this long (ms) before the pointer moved on is a pause. */
const PAUSE_MS = 120;
/** CSS px a point may lie off the straight line between waypoints and be dropped. */
const TOLERANCE_PX = 4;
/** Positions kept while a drag goes on (the oldest are thinned past it). */
const MAX_POINTS = 400;

/** Collects the pointer positions of one press. */
export class DragPath {
  readonly points: PathPoint[] = [];
  constructor(x: number, y: number, t: number) {
    this.points.push({ x, y, t });
  }
  add(x: number, y: number, t: number): void {
    const last = this.points[this.points.length - 1]!;
    if (last.x === x && last.y === y) return;
    if (this.points.length >= MAX_POINTS) this.points.splice(1, this.points.length - 1, ...this.points.slice(1).filter((_, index) => index % 2 === 0));
    this.points.push({ x, y, t });
  }
}

const offLine = (p: PathPoint, a: PathPoint, b: PathPoint): number => {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (length === 0) return Math.hypot(p.x - a.x, p.y - a.y);
  return Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length;
};

/** Indices of the points of `points[first..last]` that a straight-line simplification within `tolerance` keeps. */
function keep(points: readonly PathPoint[], first: number, last: number, tolerance: number, out: Set<number>): void {
  let worst = -1;
  let far = tolerance;
  for (let index = first + 1; index < last; index++) {
    const distance = offLine(points[index]!, points[first]!, points[last]!);
    if (distance > far) {
      far = distance;
      worst = index;
    }
  }
  if (worst < 0) return;
  out.add(worst);
  keep(points, first, worst, tolerance, out);
  keep(points, worst, last, tolerance, out);
}

/**
 * The waypoints between the press (`points[0]`) and the release (`end`, at time `endTime`): the points the
 * pointer rested at, and those where it turned off a straight line; at most MAX_WAYPOINTS (the tolerance
 * grows until they fit, pauses kept first). Empty for a straight drag.
 */
export function simplifyDragPath(points: readonly PathPoint[], end: { x: number; y: number }, endTime: number): DragWaypoint[] {
  if (points.length === 0) return [];
  const all: PathPoint[] = [...points, { x: end.x, y: end.y, t: endTime }];
  const last = all.length - 1;
  const pauses = new Set<number>();
  for (let index = 1; index < last; index++) if (all[index + 1]!.t - all[index]!.t >= PAUSE_MS) pauses.add(index);
  let chosen: number[] = [];
  for (let tolerance = TOLERANCE_PX; tolerance < 4096; tolerance *= 2) {
    const kept = new Set<number>(pauses);
    const anchors = [0, ...[...pauses].sort((a, b) => a - b), last];
    for (let index = 0; index + 1 < anchors.length; index++) keep(all, anchors[index]!, anchors[index + 1]!, tolerance, kept);
    chosen = [...kept].sort((a, b) => a - b);
    if (chosen.length <= MAX_WAYPOINTS) break;
  }
  // Too many pauses to fit: the last ones, nearest the drop, matter most.
  chosen = chosen.slice(-MAX_WAYPOINTS);
  const start = all[0]!;
  // A waypoint where the pointer ended anyway (a rest on the drop point) says nothing.
  return chosen
    .filter((index) => Math.hypot(all[index]!.x - end.x, all[index]!.y - end.y) >= 1 && Math.hypot(all[index]!.x - start.x, all[index]!.y - start.y) >= 1)
    .map((index) => {
      const point = all[index]!;
      const nearStart = Math.hypot(point.x - start.x, point.y - start.y) < Math.hypot(point.x - end.x, point.y - end.y);
      const base = nearStart ? start : end;
      return { dx: Math.round(point.x - base.x), dy: Math.round(point.y - base.y), of: nearStart ? 'from' : 'to' };
    });
}
