import { describe, expect, it } from 'vitest';
import { DragActionSchema } from '../../../core/action.js';
import { dragMoves } from './drag-path.js';

describe('dragMoves', () => {
  it('is one straight move without waypoints (recordings from before waypoints)', () => {
    expect(dragMoves({ x: 0, y: 0 }, { x: 100, y: 0 }, undefined)).toEqual([{ x: 100, y: 0, steps: 12 }]);
  });

  it('goes through each waypoint, placed from the end it was recorded nearer to, then to the drop', () => {
    const moves = dragMoves({ x: 10, y: 10 }, { x: 300, y: 200 }, [
      { dx: 5, dy: 5, of: 'from' },
      { dx: -17, dy: 0, of: 'to' },
    ]);
    expect(moves.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: 15, y: 15 },
      { x: 283, y: 200 },
      { x: 300, y: 200 },
    ]);
    expect(moves.every((move) => move.steps >= 4 && move.steps <= 24)).toBe(true);
  });

  it('keeps the approach when the drop was found elsewhere', () => {
    const moves = dragMoves({ x: 0, y: 0 }, { x: 50, y: 400 }, [{ dx: -17, dy: 0, of: 'to' }]);
    expect(moves.map(({ x, y }) => ({ x, y }))).toEqual([
      { x: 33, y: 400 },
      { x: 50, y: 400 },
    ]);
  });
});

describe('DragActionSchema path', () => {
  it('is optional, and validated when present', () => {
    expect(DragActionSchema.safeParse({ type: 'drag', from: { x: 1, y: 2 }, to: { elementId: 3 } }).success).toBe(true);
    expect(DragActionSchema.safeParse({ type: 'drag', from: { x: 1, y: 2 }, to: { elementId: 3 }, path: [{ dx: 1, dy: 2, of: 'to' }] }).success).toBe(true);
    expect(DragActionSchema.safeParse({ type: 'drag', from: { x: 1, y: 2 }, to: { elementId: 3 }, path: [{ dx: 1, dy: 2, of: 'middle' }] }).success).toBe(false);
    expect(DragActionSchema.safeParse({ type: 'drag', from: { x: 1, y: 2 }, to: { elementId: 3 }, path: Array(9).fill({ dx: 0, dy: 0, of: 'to' }) }).success).toBe(false);
  });
});
