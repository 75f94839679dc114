/**
 * Places a task names in a list or a grid, and which item's slot each one is
 * on the page — read as a person reads them.
 *
 * A place is an ordinal ("the 3rd position", "second place": the n-th item in
 * reading order, row by row), an end of the list ("the top of the list",
 * "the start", "last", "the bottom of the list"), or row and column words
 * ("top right", "the bottom-left corner", "the middle", "upper middle"):
 * top / upper / bottom / lower name the first or last row, left / right the
 * first or last item of that row, middle / center one between. Row and column
 * words are read against the items as laid out now (rows are items whose
 * boxes share a line): on a single column "top" is the first item, on a grid
 * it names no column, and a place that leaves a row or a column open on a
 * grid, names both ends of one, or asks for the middle of an even count is
 * unsure — the caller refuses rather than guess.
 *
 * Pure functions over the task text and element boxes.
 */
import type { BoundingBox } from '../../../core/observation.js';
import { ordinalValue } from './ordinal-noun.js';

/** Which of a row's (or a column's) items: the first, the one in the middle, the last. */
export type Edge = 'first' | 'middle' | 'last';

/** A place a task names. */
export type NamedPlace =
  /** The n-th item in reading order (0-based). */
  | { kind: 'index'; index: number }
  /** The last item, whatever the count. */
  | { kind: 'last' }
  /** Row and column words: each may be open. */
  | { kind: 'edges'; row?: Edge; column?: Edge };

const ROW_WORDS: Record<string, Edge> = { top: 'first', upper: 'first', bottom: 'last', lower: 'last' };
const COLUMN_WORDS: Record<string, Edge> = { left: 'first', right: 'last' };
const MIDDLE_WORDS = new Set(['middle', 'center', 'centre']);

/**
 * The places a task text names, each with the words that name it. Row and
 * column words together ("top right") are one place; "top of the list",
 * "start", "beginning", "end" are ends of a list. Row and column words that
 * contradict each other ("top … bottom") give no place of their own but an
 * `edges` place with `conflict`, which never resolves.
 */
export function placesOf(task: string): { place: NamedPlace; words: string; conflict?: true }[] {
  const places: { place: NamedPlace; words: string; conflict?: true }[] = [];
  const listEnds = /\b(top|bottom|start|end|beginning|front|back)\s+of\s+(?:the\s+)?(?:list|queue|line)\b|\b(start|beginning|end)\b/gi;
  // Ends of a list first, so that their "top" / "bottom" is not read again as a row word.
  const taken: [number, number][] = [];
  for (const match of task.matchAll(listEnds)) {
    const edge = (match[1] ?? match[2]!).toLowerCase();
    places.push({ place: /^(top|start|beginning|front)$/.test(edge) ? { kind: 'index', index: 0 } : { kind: 'last' }, words: match[0] });
    taken.push([match.index!, match.index! + match[0].length]);
  }
  const free = (index: number) => !taken.some(([start, end]) => index >= start && index < end);
  for (const match of task.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b/gi)) {
    if (!free(match.index!)) continue;
    const [words, digits, word] = match;
    if (digits) places.push({ place: { kind: 'index', index: Number(digits) - 1 }, words });
    else places.push({ place: word!.toLowerCase() === 'last' ? { kind: 'last' } : { kind: 'index', index: ordinalValue(word!)! - 1 }, words });
  }
  let row: Edge | undefined;
  let column: Edge | undefined;
  let middle = false;
  let conflict = false;
  let first: number | undefined;
  let last = 0;
  for (const match of task.matchAll(/\b(top|upper|bottom|lower|left|right|middle|center|centre)(?:[\s-]+(?:most|hand))?\b/gi)) {
    if (!free(match.index!)) continue;
    const word = match[1]!.toLowerCase();
    first ??= match.index!;
    last = match.index! + match[0].length;
    if (MIDDLE_WORDS.has(word)) middle = true;
    else if (word in ROW_WORDS) {
      if (row !== undefined && row !== ROW_WORDS[word]) conflict = true;
      row = ROW_WORDS[word];
    } else {
      if (column !== undefined && column !== COLUMN_WORDS[word]) conflict = true;
      column = COLUMN_WORDS[word];
    }
  }
  if (first !== undefined) {
    // "the middle": both; "top middle" / "middle left": the open one.
    if (middle && row === undefined) row = 'middle';
    if (middle && column === undefined) column = 'middle';
    if (middle && row !== 'middle' && column !== 'middle') conflict = true;
    const place: NamedPlace = { kind: 'edges', ...(row ? { row } : {}), ...(column ? { column } : {}) };
    places.push({ place, words: task.slice(first, last), ...(conflict ? { conflict: true as const } : {}) });
  }
  return places;
}

/** Items laid out in rows: each row's items left to right, rows top to bottom (reading order). */
export function rowsOf<Item extends { box: BoundingBox }>(items: readonly Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  const rows: Item[][] = [];
  for (const item of sorted) {
    const centre = item.box.y + item.box.height / 2;
    const row = rows[rows.length - 1];
    // One line: the item's middle lies within the row's first item's height.
    const head = row?.[0];
    if (head && centre >= head.box.y && centre <= head.box.y + head.box.height) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => row.sort((a, b) => a.box.x - b.box.x));
}

const pick = (count: number, edge: Edge): number | undefined => (edge === 'first' ? 0 : edge === 'last' ? count - 1 : count % 2 === 1 ? (count - 1) / 2 : undefined);

/**
 * Which item (its index in reading order) a named place is among `items`, or
 * why it cannot be told.
 */
export function placeIndex<Item extends { box: BoundingBox }>(place: NamedPlace, items: readonly Item[], conflict = false): { index: number } | { unsure: string } {
  const count = items.length;
  if (count === 0) return { unsure: 'there are no items' };
  if (place.kind === 'last') return { index: count - 1 };
  if (place.kind === 'index') return place.index < count ? { index: place.index } : { unsure: `the task names place ${place.index + 1}, and there are ${count} items` };
  if (conflict) return { unsure: 'the task names both ends of a row or a column' };
  const rows = rowsOf(items);
  const columns = Math.max(...rows.map((row) => row.length));
  const grid = rows.length > 1 && columns > 1;
  let rowIndex: number | undefined;
  if (place.row !== undefined) rowIndex = pick(rows.length, place.row);
  else if (rows.length === 1) rowIndex = 0;
  if (rowIndex === undefined) {
    return { unsure: place.row ? `the middle of ${rows.length} rows is no one row` : `the task names no row of the ${rows.length}×${columns} grid` };
  }
  const row = rows[rowIndex]!;
  let columnIndex: number | undefined;
  if (place.column !== undefined) columnIndex = pick(row.length, place.column);
  else if (row.length === 1) columnIndex = 0;
  if (columnIndex === undefined) {
    return { unsure: place.column ? `the middle of a row of ${row.length} is no one item` : `the task names no column${grid ? ` of the ${rows.length}×${columns} grid` : ` of a row of ${row.length}`}` };
  }
  // A short last row: "right" is its last item, but "middle" or a column counted on a full row may not exist there.
  if (grid && place.column === 'middle' && row.length !== columns) return { unsure: `row ${rowIndex + 1} is shorter than the others` };
  const before = rows.slice(0, rowIndex).reduce((sum, earlier) => sum + earlier.length, 0);
  return { index: before + columnIndex };
}

/** Items in reading order (rows top to bottom, each left to right). */
export const readingOrder = <Item extends { box: BoundingBox }>(items: readonly Item[]): Item[] => rowsOf(items).flat();
