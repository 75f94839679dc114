/**
 * Superlatives as choices: "the cheapest flight", "the shortest one" pick one
 * of several alike rows by comparing a quantity each row shows. This module
 * reads each row's quantity — the only one of its kind in the row, or the
 * one under the column header or label that names the measure ("Weight" for
 * "the lightest"); the words and the writing of quantities are measures.ts.
 * Which rows there are and which element of a row is clicked comes from the
 * demonstration.
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../core/observation.js';
import { columnHeaderOf, rowOf } from './cell-place.js';
import { markExtents } from './mark-extents.js';
import { labelMatches, measureName, quantitiesIn, quantityIn, superlativeOf, type FoundQuantity, type QuantityKind, type Superlative } from './measures.js';

// The vocabulary of comparison words and the quantities' writing live in measures.ts.
export { quantityIn, superlativeOf, type QuantityKind, type Superlative };

/**
 * What a row shows around one of its elements: the element's own text and
 * label, its parent's text, and its siblings' texts — the siblings only when
 * no other element of `peers` shares the parent (else they belong to
 * several rows).
 */
export function rowText(element: UIElement, elements: readonly UIElement[], peers: readonly UIElement[]): string {
  const parts = [element.label ?? '', element.text];
  if (element.parentId !== undefined) {
    const sharedParent = peers.some((peer) => peer.id !== element.id && peer.parentId === element.parentId);
    if (!sharedParent) {
      const parent = elements.find((candidate) => candidate.id === element.parentId);
      if (parent) parts.push(parent.text);
      for (const sibling of elements) if (sibling.id !== element.id && sibling.parentId === element.parentId) parts.push(sibling.text, sibling.label ?? '');
    }
  }
  return parts.filter(Boolean).join(' · ');
}

/** Kinds whose rows were compared by their first quantity before headers were read: kept when no header tells. */
const FIRST_OF_ROW = new Set<QuantityKind>(['money', 'duration', 'time']);

/** Kinds a page may write as a bare number under their header ("Rating" over "4.6", "Weight (kg)" over "1.4"). */
const PLAIN_UNDER_HEADER = new Set<QuantityKind>(['rating', 'mass', 'size', 'percent', 'money']);

/** One quantity a row shows, with the words that name it there (its column header, its label, the words before it). */
interface RowQuantity extends FoundQuantity {
  label: string;
}

/** The quantities of `kind` the row of `peer` shows, each from the innermost element that shows it. */
function rowQuantities(peer: UIElement, elements: readonly UIElement[], peers: readonly UIElement[], kind: QuantityKind): RowQuantity[] {
  // The row around `peer` (cell-place.ts): a table row around its button, a card around its link.
  const row = rowOf(peer, elements, peers);
  const byId = new Map(elements.map((element) => [element.id, element]));
  const within = (element: UIElement) => {
    for (let at: UIElement | undefined = element; at; at = at.parentId === undefined ? undefined : byId.get(at.parentId)) {
      if (at.id === row || at.parentId === row) return true;
    }
    return false;
  };
  const holders = elements.filter((element) => within(element) && quantitiesIn(element.text, kind).length > 0);
  const innermost = holders.filter((holder) => !holders.some((child) => child.parentId === holder.id));
  return innermost.flatMap((cell) => {
    const header = columnHeaderOf(cell, elements)?.text ?? '';
    return quantitiesIn(cell.text, kind).map((quantity, index, found) => ({
      ...quantity,
      label: [header, cell.label ?? '', cell.text.slice(index === 0 ? 0 : found[index - 1]!.end, quantity.index)].join(' '),
    }));
  });
}

/**
 * The quantity the row of `peer` shows for `choice` read as `kind`: the only
 * one of its kind, or the one whose header or label names the measure
 * ("Weight" for the lightest); or why none can be told.
 */
function rowQuantity(peer: UIElement, elements: readonly UIElement[], peers: readonly UIElement[], kind: QuantityKind, choice: Superlative): FoundQuantity | { reason: string } {
  const what = kind === choice.quantity ? measureName(choice) : kind;
  if (kind === 'number' && !choice.measure) {
    const value = quantityIn(rowText(peer, elements, peers), 'number');
    return value === undefined ? { reason: `the row of [${peer.id}] shows no number` } : { value, index: 0, end: 0 };
  }
  let found = rowQuantities(peer, elements, peers, kind);
  // A plain number under a header that names the measure ("Rating" over "4.6") is that measure, written without its unit.
  if (found.length === 0 && choice.measure && PLAIN_UNDER_HEADER.has(kind)) {
    found = rowQuantities(peer, elements, peers, 'number').filter((quantity) => labelMatches(quantity.label, choice.measure!));
  }
  const named = choice.measure ? found.filter((quantity) => labelMatches(quantity.label, choice.measure!)) : [];
  const distinct = (list: RowQuantity[]) => new Set(list.map((quantity) => quantity.value)).size;
  if (named.length > 0 && distinct(named) === 1) return named[0]!;
  if (named.length > 1) return { reason: `the row of [${peer.id}] shows several values labelled ${what} (${named.map((quantity) => quantity.value).join(', ')})` };
  // A plain number counts only under a header or label that names the measure (a rating "4.6" beside a count "12").
  if (kind === 'number' && found.length > 1) {
    return { reason: `the row of [${peer.id}] shows several numbers (${found.map((quantity) => quantity.value).join(', ')}) and none under a header or label that says ${choice.measure!.join(' or ')}` };
  }
  if (found.length === 1 || (found.length > 1 && distinct(found) === 1)) return found[0]!;
  if (FIRST_OF_ROW.has(kind)) {
    const value = quantityIn(rowText(peer, elements, peers), kind);
    if (value !== undefined) return { value, index: 0, end: 0 };
  }
  if (found.length === 0) return { reason: `the row of [${peer.id}] shows no ${what}` };
  return { reason: `the row of [${peer.id}] shows several ${kind === 'number' ? 'numbers' : `${kind} values`} (${found.map((quantity) => quantity.value).join(', ')}) and none under a header or label that says ${(choice.measure ?? [what]).join(' or ')}` };
}

/** Every row's quantity for `choice` read as `kind`, or why the rows cannot be compared so. */
function readRows(peers: readonly UIElement[], elements: readonly UIElement[], kind: QuantityKind, choice: Superlative): { values: number[] } | { reason: string } {
  const values: number[] = [];
  const scales = new Set<string | undefined>();
  for (const peer of peers) {
    const read = rowQuantity(peer, elements, peers, kind, choice);
    if ('reason' in read) return read;
    values.push(read.value);
    scales.add(read.scale);
  }
  if (scales.size > 1) return { reason: `the rows write their ${measureName(choice)} in ways that do not compare (${[...scales].join(', ')})` };
  return { values };
}

/**
 * The one of `peers` whose row holds the extreme quantity, or why there is
 * none (a row without the quantity, several it cannot tell apart, or a tie
 * at the extreme).
 */
export function extremeOf(
  peers: readonly UIElement[],
  elements: readonly UIElement[],
  choice: Superlative,
): { element: UIElement; value: number; values: number[] } | { reason: string } {
  if (peers.length < 2) return { reason: `${peers.length} row(s) to compare` };
  // Bars of a chart show a number (or a length: "the shortest bar") by their size.
  const extents = choice.quantity === 'number' || choice.quantity === 'duration' ? markExtents(peers) : undefined;
  let read: { values: number[] } | { reason: string } = extents ? { values: extents } : readRows(peers, elements, choice.quantity, choice);
  for (const kind of choice.fallback ?? []) {
    if ('values' in read) break;
    const again = readRows(peers, elements, kind, choice);
    if ('values' in again) read = again;
  }
  if ('reason' in read) return read;
  const values = read.values;
  const best = choice.extreme === 'min' ? Math.min(...values) : Math.max(...values);
  const at = values.flatMap((value, index) => (value === best ? [index] : []));
  if (at.length !== 1) return { reason: `${at.length} rows tie at the ${choice.extreme === 'min' ? 'lowest' : 'highest'} ${measureName(choice)} ${best}` };
  return { element: peers[at[0]!]!, value: best, values };
}
