import { describe, expect, it } from 'vitest';
import { overlapOfLarger, rectWithin } from './box-geometry.js';

describe('rectWithin', () => {
  const outer = { x: 10, y: 20, width: 100, height: 50 };

  it('holds for a box inside, and for one that is the outer box itself (edges included)', () => {
    expect(rectWithin({ x: 20, y: 30, width: 10, height: 10 }, outer)).toBe(true);
    expect(rectWithin(outer, outer)).toBe(true);
  });

  it('fails exactly for a box that pokes out by any edge', () => {
    expect(rectWithin({ x: 9, y: 30, width: 10, height: 10 }, outer)).toBe(false);
    expect(rectWithin({ x: 20, y: 19.5, width: 10, height: 10 }, outer)).toBe(false);
    expect(rectWithin({ x: 20, y: 30, width: 91, height: 10 }, outer)).toBe(false);
    expect(rectWithin({ x: 20, y: 30, width: 10, height: 41 }, outer)).toBe(false);
  });

  it('lets each edge stand outside by the slack, and no further', () => {
    const rounded = { x: 9, y: 19, width: 102, height: 52 };
    expect(rectWithin(rounded, outer)).toBe(false);
    expect(rectWithin(rounded, outer, 1)).toBe(true);
    expect(rectWithin({ x: 8.5, y: 30, width: 10, height: 10 }, outer, 1)).toBe(false);
  });
});

describe('overlapOfLarger', () => {
  it('is the share of the larger box both cover, and 0 for boxes that only touch or are empty', () => {
    expect(overlapOfLarger({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBe(1);
    expect(overlapOfLarger({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 })).toBe(0.5);
    expect(overlapOfLarger({ x: 0, y: 0, width: 100, height: 100 }, { x: 10, y: 10, width: 10, height: 10 })).toBe(0.01);
    expect(overlapOfLarger({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
    expect(overlapOfLarger({ x: 0, y: 0, width: 0, height: 0 }, { x: 0, y: 0, width: 0, height: 0 })).toBe(0);
  });
});
