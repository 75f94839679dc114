/**
 * Codes of a grid — a seat, a gate, a cell: one capital letter and a number
 * ("C5", "B12", "D2, D3") — read as one value each, never a name "C" and a
 * loose number. A row named apart with its numbers ("Row E, seats 5 and 6",
 * "row C seat 1") names the codes E5 and E6, one value per number. A word of
 * more letters ending in digits is a code of another kind (value-spans.ts,
 * "Kite_quartz48"); lower-case ("x86", "v2") is none.
 *
 * An element of a page reads a code too (`elementGridCode`): a button reading
 * "C4"; one reading "4" named "Row C, seat 4"; one reading "4" in a line that
 * a lone "C" heads on its left, beside other such numbers (a seat map drawn
 * as a table with row letters). Pure functions.
 */
import type { UIElement } from '../../core/observation.js';
import { inRowLeft } from './cell-place.js';

export interface GridCode {
  /** The code a step would show: "E5". */
  value: string;
  start: number;
  end: number;
}

/** One capital and one to three digits, standing alone ("C5", "B12"; not "COVID-19", "x86", "A4-sized", a key "Ctrl+F5"). */
const CODE = /(?<![\p{L}\p{N}_.@'’+-])\p{Lu}\d{1,3}(?![\p{L}\p{N}_@]|[.,:/-]\d|[.-]\p{L})/gu;

// "Row E, seats 5 and 6", "row C seat 1", "Row B seats 2, 3 and 4": a row's letter, then the numbers of its places —
// not a count of something else ("Move row A 2 places down", "row B, 3 times").
const ROW_PLACES =
  /\brow\s+(\p{Lu})\b\s*,?\s*(?:seats?|places?|spots?|nos?\.?|numbers?)?\s*(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*&\s*)\d{1,3})*)(?![\p{L}\p{N}]|[.,:/-]\d|\s+(?:times|places|rows|steps|spots)\b)/giu;

/** The grid codes a text names, left to right: a row's numbers each read as the row's code. */
export function gridCodes(text: string): GridCode[] {
  const found: GridCode[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(ROW_PLACES)) {
    const start = match.index ?? 0;
    const row = match[1]!.toUpperCase();
    const numbersAt = start + match[0].length - match[2]!.length;
    const numbers = [...match[2]!.matchAll(/\d+/g)];
    numbers.forEach((number, index) => {
      const at = numbersAt + (number.index ?? 0);
      // The first code's span holds the row's words too: they are no value of their own.
      found.push({ value: `${row}${number[0]}`, start: index === 0 ? start : at, end: at + number[0].length });
    });
    taken.push([start, start + match[0].length]);
  }
  for (const match of text.matchAll(CODE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    found.push({ value: match[0], start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

const LONE_CODE = /^\p{Lu}\d{1,3}$/u;
const LONE_NUMBER = /^\d{1,3}$/;
const LONE_LETTER = /^\p{Lu}$/u;

/**
 * The grid code an element shows: its text when that is a code; the one code
 * its label names whole ("Row C, seat 4"); or, for a lone number, the lone
 * capital letter heading its line on the left, when another element of its
 * kind in that line reads a lone number too (a grid, not a button beside a
 * letter). Undefined when none, or when the readings disagree.
 */
export function elementGridCode(element: UIElement, elements: readonly UIElement[]): string | undefined {
  const text = element.text.trim();
  if (LONE_CODE.test(text)) return text;
  const label = (element.label ?? '').trim();
  const named = label === '' ? [] : gridCodes(label);
  if (named.length > 1) return undefined;
  if (named.length === 1) {
    const code = named[0]!;
    // The label is the code's own words ("Row C, seat 4"), nothing more said beside it.
    const rest = (label.slice(0, code.start) + label.slice(code.end)).replace(/[\s,.:;()-]+/g, '');
    const agrees = text === '' || text === code.value || text === code.value.slice(1);
    return rest === '' && agrees ? code.value : undefined;
  }
  if (!LONE_NUMBER.test(text)) return undefined;
  const visible = elements.filter((other) => other.id !== element.id && !other.states.hidden);
  const letters = new Set(
    visible.filter((other) => !other.interactive && LONE_LETTER.test(other.text.trim()) && inRowLeft(other, element)).map((other) => other.text.trim()),
  );
  if (letters.size !== 1) return undefined;
  const sameLine = (other: UIElement) => Math.abs(other.box.y + other.box.height / 2 - (element.box.y + element.box.height / 2)) < element.box.height / 2;
  const neighbours = visible.some((other) => other.role === element.role && LONE_NUMBER.test(other.text.trim()) && sameLine(other));
  return neighbours ? `${[...letters][0]}${text}` : undefined;
}
