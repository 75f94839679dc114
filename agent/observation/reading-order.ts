/**
 * Reading order for elements that share a parent: top to bottom by visual
 * line, left to right within a line. A box joins the current line when it
 * starts above the middle of the line's shortest box so far; this is a sweep
 * over y, so the comparison stays consistent (a pairwise "same line" test is
 * not transitive and would upset a sort).
 */
import type { BoundingBox } from '../core/observation.js';

export function sortByReadingOrder<T extends { box: BoundingBox }>(items: readonly T[]): T[] {
  if (items.length < 2) return [...items];
  const byTop = items.map((item, index) => ({ item, index })).sort((a, b) => a.item.box.y - b.item.box.y || a.index - b.index);
  const line = new Map<T, number>();
  let lineIndex = 0;
  let lineMiddle = -Infinity;
  for (const { item } of byTop) {
    const middle = item.box.y + Math.max(item.box.height, 1) / 2;
    if (item.box.y >= lineMiddle) {
      lineIndex++;
      lineMiddle = middle;
    } else {
      // The line is as tall as its shortest member: a tall box must not swallow the lines beside it.
      lineMiddle = Math.min(lineMiddle, middle);
    }
    line.set(item, lineIndex);
  }
  return byTop
    .sort((a, b) => line.get(a.item)! - line.get(b.item)! || a.item.box.x - b.item.box.x || a.index - b.index)
    .map(({ item }) => item);
}
