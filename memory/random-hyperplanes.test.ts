import { describe, expect, it } from 'vitest';
import { HYPERPLANE_BITS, project } from './random-hyperplanes.js';

const angleBetween = (left: Float32Array, right: Float32Array) => {
  let dotProduct = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  left.forEach((value, index) => {
    dotProduct += value * right[index]!;
    leftNorm += value * value;
    rightNorm += right[index]! * right[index]!;
  });
  return Math.acos(Math.max(-1, Math.min(1, dotProduct / Math.sqrt(leftNorm * rightNorm))));
};

describe('random hyperplanes', () => {
  it('are the same every time and linear in the input', () => {
    const vector = Float32Array.from({ length: 32 }, (_, index) => Math.sin(index));
    expect(Array.from(project(vector))).toEqual(Array.from(project(vector)));
    expect(project(vector)).toHaveLength(HYPERPLANE_BITS);
    const doubled = project(vector.map((value) => value * 2));
    project(vector).forEach((value, index) => expect(doubled[index]).toBeCloseTo(2 * value, 4));
  });

  it('disagree in sign on about angle/π of the planes (what makes Hamming distance meaningful)', () => {
    const left = Float32Array.from({ length: 64 }, (_, index) => Math.cos(index * 0.3));
    const right = Float32Array.from({ length: 64 }, (_, index) => Math.cos(index * 0.3) + 0.8 * Math.sin(index * 1.7));
    const expected = angleBetween(left, right) / Math.PI;
    const leftSigns = project(left);
    const rightSigns = project(right);
    let differing = 0;
    for (let plane = 0; plane < HYPERPLANE_BITS; plane++) if (leftSigns[plane]! > 0 !== rightSigns[plane]! > 0) differing++;
    // 1024 planes: the standard error of the fraction is about 0.015.
    expect(Math.abs(differing / HYPERPLANE_BITS - expected)).toBeLessThan(0.1);
    expect(expected).toBeGreaterThan(0.1);
  });
});
