import { describe, expect, it } from 'vitest';
import { DragPath, MAX_WAYPOINTS, simplifyDragPath } from './drag-path.js';

/** Points from (x0, y0) to (x1, y1) in `n` even steps, `dt` ms apart, from time `t0`. */
function line(x0: number, y0: number, x1: number, y1: number, n: number, t0: number, dt = 16) {
  return Array.from({ length: n }, (_, index) => ({ x: x0 + ((x1 - x0) * (index + 1)) / n, y: y0 + ((y1 - y0) * (index + 1)) / n, t: t0 + dt * (index + 1) }));
}

describe('simplifyDragPath', () => {
  it('keeps nothing of a straight drag', () => {
    const points = [{ x: 0, y: 0, t: 0 }, ...line(0, 0, 100, 50, 12, 0)];
    expect(simplifyDragPath(points.slice(0, -1), { x: 100, y: 50 }, 200)).toEqual([]);
  });

  it('keeps the turn past the target and the rest before coming back, as offsets from the nearer end', () => {
    // Press at (100, 100), 5 px off, on to 14 px left of the target's middle (300, 200), rest, 3 px right of it, rest, release.
    const points = [{ x: 100, y: 100, t: 0 }, ...line(100, 100, 105, 105, 3, 0), ...line(105, 105, 286, 200, 12, 48)];
    const rested = points[points.length - 1]!.t + 300;
    points.push(...line(286, 200, 303, 200, 6, rested));
    const waypoints = simplifyDragPath(points, { x: 303, y: 200 }, points[points.length - 1]!.t + 300);
    expect(waypoints[waypoints.length - 1]).toEqual({ dx: -17, dy: 0, of: 'to' });
    expect(waypoints.length).toBeLessThanOrEqual(MAX_WAYPOINTS);
    expect(waypoints.every((waypoint) => waypoint.of === 'to' || Math.hypot(waypoint.dx, waypoint.dy) < 20)).toBe(true);
  });

  it('fits a wandering drag into at most MAX_WAYPOINTS, the rests nearest the drop kept', () => {
    const points = [{ x: 0, y: 0, t: 0 }];
    let t = 0;
    for (let index = 1; index <= 20; index++) {
      t += 200; // a rest at every corner
      points.push({ x: index * 10, y: index % 2 === 0 ? 0 : 40, t });
    }
    const waypoints = simplifyDragPath(points, { x: 210, y: 40 }, t + 200);
    expect(waypoints).toHaveLength(MAX_WAYPOINTS);
    expect(waypoints[waypoints.length - 1]).toEqual({ dx: -10, dy: -40, of: 'to' });
  });

  it("collects a press's positions, skipping repeats, and thins a long drag keeping its start", () => {
    const path = new DragPath(5, 5, 0);
    path.add(5, 5, 10);
    path.add(6, 5, 20);
    expect(path.points).toHaveLength(2);
    for (let index = 0; index < 1000; index++) path.add(index, index, index);
    expect(path.points.length).toBeLessThanOrEqual(400);
    expect(path.points[0]).toEqual({ x: 5, y: 5, t: 0 });
    expect(path.points[path.points.length - 1]).toEqual({ x: 999, y: 999, t: 999 });
  });
});
