/**
 * Superlatives as choices: "the cheapest flight", "the shortest one" pick one
 * of several alike rows by comparing a quantity each row shows. This module
 * knows how English names such choices (the word → which kind of quantity,
 * lowest or highest) and how quantities are written (money "$129", durations
 * "1h 45m", clock times "08:30"); which rows there are and which element of
 * a row is clicked comes from the demonstration.
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../core/observation.js';
import { markExtents } from './mark-extents.js';

export type QuantityKind = 'money' | 'duration' | 'time' | 'number';

export interface Superlative {
  quantity: QuantityKind;
  extreme: 'min' | 'max';
}

const SUPERLATIVES: Record<string, Superlative> = {
  cheapest: { quantity: 'money', extreme: 'min' },
  priciest: { quantity: 'money', extreme: 'max' },
  dearest: { quantity: 'money', extreme: 'max' },
  shortest: { quantity: 'duration', extreme: 'min' },
  quickest: { quantity: 'duration', extreme: 'min' },
  fastest: { quantity: 'duration', extreme: 'min' },
  longest: { quantity: 'duration', extreme: 'max' },
  slowest: { quantity: 'duration', extreme: 'max' },
  earliest: { quantity: 'time', extreme: 'min' },
  soonest: { quantity: 'time', extreme: 'min' },
  latest: { quantity: 'time', extreme: 'max' },
  lowest: { quantity: 'number', extreme: 'min' },
  smallest: { quantity: 'number', extreme: 'min' },
  fewest: { quantity: 'number', extreme: 'min' },
  // "The tallest bar": a size, read off a chart mark's length (mark-extents.ts) or a number its row shows.
  tallest: { quantity: 'number', extreme: 'max' },
  // "The folder with the most unread messages": a count, compared like any number.
  least: { quantity: 'number', extreme: 'min' },
  most: { quantity: 'number', extreme: 'max' },
  highest: { quantity: 'number', extreme: 'max' },
  largest: { quantity: 'number', extreme: 'max' },
  biggest: { quantity: 'number', extreme: 'max' },
  // Phrases a slot may hold ("cheapest" → "most expensive"): the price, not any number.
  'most expensive': { quantity: 'money', extreme: 'max' },
  'least expensive': { quantity: 'money', extreme: 'min' },
  'most costly': { quantity: 'money', extreme: 'max' },
  'least costly': { quantity: 'money', extreme: 'min' },
  'highest priced': { quantity: 'money', extreme: 'max' },
  'lowest priced': { quantity: 'money', extreme: 'min' },
  'highest price': { quantity: 'money', extreme: 'max' },
  'lowest price': { quantity: 'money', extreme: 'min' },
};

/** The choice a word or phrase names ("cheapest", "most expensive", "highest-priced"), if it is a known superlative. */
export function superlativeOf(word: string): Superlative | undefined {
  const key = word.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  return Object.prototype.hasOwnProperty.call(SUPERLATIVES, key) ? SUPERLATIVES[key] : undefined;
}

const MONEY = /[$€£]\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?(?:USD|EUR|GBP|dollars?|euros?)\b/i;
const DURATION_HM = /(?<![\d:])(\d+)\s?h(?:ours?|rs?)?\.?\s*(?:(\d+)\s?m(?:in(?:utes?|s)?)?\b)?/i;
const DURATION_M = /(?<![\d:])(\d+)\s?min(?:utes?|s)?\b/i;
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?!\d)\s*(am|pm)?/i;

/** The first quantity of `kind` written in `text`, as a number (money in units, durations and times in minutes). */
export function quantityIn(text: string, kind: QuantityKind): number | undefined {
  switch (kind) {
    case 'money': {
      const match = MONEY.exec(text);
      return match ? Number((match[1] ?? match[2]!).replace(',', '.')) : undefined;
    }
    case 'duration': {
      const hm = DURATION_HM.exec(text);
      if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
      const m = DURATION_M.exec(text);
      return m ? Number(m[1]) : undefined;
    }
    case 'time': {
      const match = TIME.exec(text);
      if (!match) return undefined;
      let hours = Number(match[1]) % (match[3] ? 12 : 24);
      if (match[3]?.toLowerCase() === 'pm') hours += 12;
      return hours * 60 + Number(match[2]);
    }
    case 'number': {
      // A plain number: money if the row shows one, else its only bare number.
      const money = quantityIn(text, 'money');
      if (money !== undefined) return money;
      const numbers = text.match(/(?<![\d:.])\d+(?:\.\d+)?(?![\d:])/g) ?? [];
      return numbers.length === 1 ? Number(numbers[0]) : undefined;
    }
  }
}

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

/**
 * The one of `peers` whose row holds the extreme quantity, or why there is
 * none (a row without the quantity, or a tie at the extreme).
 */
export function extremeOf(
  peers: readonly UIElement[],
  elements: readonly UIElement[],
  choice: Superlative,
): { element: UIElement; value: number; values: number[] } | { reason: string } {
  if (peers.length < 2) return { reason: `${peers.length} row(s) to compare` };
  // Bars of a chart show a number (or a length: "the shortest bar") by their size.
  const extents = choice.quantity === 'number' || choice.quantity === 'duration' ? markExtents(peers) : undefined;
  const values: number[] = extents ?? [];
  for (const peer of extents ? [] : peers) {
    const value = quantityIn(rowText(peer, elements, peers), choice.quantity);
    if (value === undefined) return { reason: `the row of [${peer.id}] shows no ${choice.quantity}` };
    values.push(value);
  }
  const best = choice.extreme === 'min' ? Math.min(...values) : Math.max(...values);
  const at = values.flatMap((value, index) => (value === best ? [index] : []));
  if (at.length !== 1) return { reason: `${at.length} rows tie at the ${choice.extreme === 'min' ? 'lowest' : 'highest'} ${choice.quantity} ${best}` };
  return { element: peers[at[0]!]!, value: best, values };
}
