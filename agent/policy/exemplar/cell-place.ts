/**
 * Where a cell stands: the header of its column, and its row. One reading
 * for every rule that asks (page-lookup's column captions, superlatives'
 * measures under their headers, header-cell's grids, row-keys' rows).
 *
 * Column (boxes in the page's CSS pixels): an element lies above a cell in
 * its column when its x-span holds the cell's centre and its bottom is at or
 * above that centre. A cell's column header is the nearest such element of
 * role columnheader: under a group header spanning several columns ("Specs"
 * over "Weight" and "Price") the cell's own header ("Weight"), never the
 * group's; a header whose span misses the cell's centre (shifted aside) heads
 * another column, and a cell with none above has no header rather than a
 * neighbour's.
 *
 * Row: an element's row is its ancestors up to (not including) the first one
 * that also holds another element like it (`others`: the same control in the
 * other rows), so the list holding every row is no part of any. A container
 * a stored observation left out still counts: its children name it as their
 * parent. Two cells compared on their own (no control repeated in every
 * row to bound a row by) are in one row when they share a parent, else when
 * they stand on one line.
 *
 * Pure functions over one observation's elements, no task knowledge.
 */
import { boxCentre, type UIElement } from '../../core/observation.js';

type Boxed = Pick<UIElement, 'box'>;

const centre = (element: Boxed) => boxCentre(element.box);

/** Is `header` above `cell` in its column: its x-span holds the cell's centre and its bottom is not below that centre? */
export function inColumnAbove(header: Boxed, cell: Boxed): boolean {
  const { x, y } = centre(cell);
  return header.box.x <= x && x <= header.box.x + header.box.width && header.box.y + header.box.height <= y;
}

/** Is `header` left of `cell` in its row: its y-span holds the cell's centre and its right edge is not right of it? */
export function inRowLeft(header: Boxed, cell: Boxed): boolean {
  const { x, y } = centre(cell);
  return header.box.y <= y && y <= header.box.y + header.box.height && header.box.x + header.box.width <= x;
}

/** The column header of `cell`: the nearest element of role columnheader above it in its column, if any. */
export function columnHeaderOf(cell: UIElement, elements: readonly UIElement[]): UIElement | undefined {
  let nearest: UIElement | undefined;
  for (const header of elements) {
    if (header.id === cell.id || header.role !== 'columnheader' || !inColumnAbove(header, cell)) continue;
    if (!nearest || header.box.y + header.box.height > nearest.box.y + nearest.box.height) nearest = header;
  }
  return nearest;
}

/**
 * The ids of `element`'s row: its ancestors that hold none of `others`,
 * nearest first, at most `levels` of them. An ancestor counts as holding
 * another when it lies up to three times `levels` above it (all the way up
 * when `levels` is unbounded).
 */
export function rowAncestorIds(element: UIElement, elements: readonly UIElement[], others: readonly UIElement[], levels = Infinity): number[] {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  const holdingOthers = new Set<number>();
  for (const other of others) {
    if (other.id === element.id) continue;
    const seen = new Set<number>();
    for (let up = other.parentId, level = 0; up !== undefined && level < levels * 3 && !seen.has(up); level++, up = byId.get(up)?.parentId) {
      seen.add(up);
      holdingOthers.add(up);
    }
  }
  const ids: number[] = [];
  for (let id = element.parentId, level = 0; id !== undefined && level < levels && !holdingOthers.has(id) && !ids.includes(id); level++) {
    ids.push(id);
    // A container the observation left out ends the walk: nothing says what holds it.
    id = byId.get(id)?.parentId;
  }
  return ids;
}

/** The row around `element` as one id: its outermost row ancestor (rowAncestorIds), or itself when its parent already holds another. */
export function rowOf(element: UIElement, elements: readonly UIElement[], others: readonly UIElement[]): number {
  return rowAncestorIds(element, elements, others).at(-1) ?? element.id;
}

/** Are two cells in one row: the same parent (a table row), else the same line (centres less than half the taller one's height apart)? */
export function sameRow(a: UIElement, b: UIElement): boolean {
  if (a.parentId !== undefined && b.parentId !== undefined) return a.parentId === b.parentId;
  return Math.abs(centre(a).y - centre(b).y) < Math.max(a.box.height, b.box.height) / 2;
}
