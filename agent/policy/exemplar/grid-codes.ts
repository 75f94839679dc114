/**
 * Codes of a grid — a seat, a gate, a cell: one capital letter and a number
 * ("C5", "B12", "D2, D3") — read as one value each, never a name "C" and a
 * loose number. A row named apart with its numbers ("Row E, seats 5 and 6",
 * "row C seat 1") names the codes E5 and E6, one value per number. A word of
 * more letters ending in digits is a code of another kind (value-spans.ts,
 * "Kite_quartz48"); lower-case ("x86", "v2") is none. Pure functions.
 */

export interface GridCode {
  /** The code a step would show: "E5". */
  value: string;
  start: number;
  end: number;
}

/** One capital and one to three digits, standing alone ("C5", "B12"; not "COVID-19", "x86", "A4-sized"). */
const CODE = /(?<![\p{L}\p{N}_.@'’-])\p{Lu}\d{1,3}(?![\p{L}\p{N}_@]|[.,:/-]\d|[.-]\p{L})/gu;

// "Row E, seats 5 and 6", "row C seat 1", "Row B seats 2, 3 and 4": a row's letter, then the numbers of its places.
const ROW_PLACES = /\brow\s+(\p{Lu})\b\s*,?\s*(?:seats?|places?|spots?|nos?\.?|numbers?)?\s*(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*&\s*)\d{1,3})*)(?![\p{L}\p{N}]|[.,:/-]\d)/giu;

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
