/**
 * Figures: what a wordless graphic shows, in words a task would use. A
 * coloured swatch with no text is "red"; an SVG shape is its kind and colour
 * ("blue triangle", "green square"); a one-character SVG text is a glyph
 * ("black letter k", "red digit 7"). The colour is the nearest name of a
 * small palette of everyday colour words. Extraction stores the words as the
 * element's `figure` attribute and the recorder describes its targets with
 * this same function, so observations and recorded targets agree by
 * construction. The palette is observation/colour-palette.ts's, the one
 * figure-words.ts reads back. In-page code: the bundle inlines its imports.
 */
import { COLOUR_PALETTE, paletteWord } from '../../../../observation/colour-palette.js';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed CSS colour ("rgb(1, 2, 3)", "rgba(…)", "#abc", "#aabbcc", a palette name), or undefined. */
export const parseColour = (css: string | null | undefined): Rgba | undefined => {
  const text = (css ?? '').trim().toLowerCase();
  if (!text || text === 'none' || text === 'transparent') return undefined;
  const functional = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(text);
  if (functional) {
    const alphaText = functional[4];
    const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
    return { r: Number(functional[1]), g: Number(functional[2]), b: Number(functional[3]), a };
  }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? hex[1]!.split('').map((digit) => digit + digit).join('') : hex[1]!;
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a: 1 };
  }
  const word = paletteWord(text);
  const named = word === undefined ? undefined : COLOUR_PALETTE.find((entry) => entry[0] === word);
  return named ? { r: named[1], g: named[2], b: named[3], a: 1 } : undefined;
};

/** The palette word nearest to a colour (a perceptually weighted RGB distance). */
export const colourName = (colour: { r: number; g: number; b: number }): string => {
  let best = '';
  let bestDistance = Infinity;
  for (const [name, r, g, b] of COLOUR_PALETTE) {
    const meanRed = (colour.r + r) / 2;
    const dr = colour.r - r;
    const dg = colour.g - g;
    const db = colour.b - b;
    const distance = (2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best;
};

/** What figureWords reads of an element. */
export interface FigureElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { width: number; height: number };
}

/** What figureWords reads of its computed style. */
export interface FigureStyle {
  backgroundColor?: string;
  fill?: string;
}

/** Shapes drawn by SVG elements a task can name. */
const svgKind = (element: FigureElement, tag: string): string => {
  if (tag === 'CIRCLE') return 'circle';
  if (tag === 'ELLIPSE' || tag === 'RECT') {
    const box = element.getBoundingClientRect();
    const square = box.width > 0 && Math.abs(box.width - box.height) <= 0.1 * Math.max(box.width, box.height);
    return tag === 'ELLIPSE' ? (square ? 'circle' : 'ellipse') : square ? 'square' : 'rectangle';
  }
  if (tag === 'POLYGON') {
    const numbers = (element.getAttribute('points') ?? '').trim().split(/[\s,]+/).filter((part) => part !== '');
    const corners = Math.floor(numbers.length / 2);
    return corners === 3 ? 'triangle' : corners === 4 ? 'quadrilateral' : corners === 5 ? 'pentagon' : corners === 6 ? 'hexagon' : corners > 6 ? 'polygon' : '';
  }
  if (tag === 'TEXT') {
    const glyph = (element.textContent ?? '').trim();
    if (/^\p{L}$/u.test(glyph)) return `letter ${glyph}`;
    if (/^\p{N}$/u.test(glyph)) return `digit ${glyph}`;
  }
  return '';
};

/** SVG tags whose drawing a figure can be. */
export const FIGURE_SVG_TAGS = new Set(['CIRCLE', 'ELLIPSE', 'RECT', 'POLYGON', 'TEXT']);

/**
 * The words for what an element draws: an SVG shape's kind and fill colour,
 * or a text-less box's background colour; '' when it is no figure (has
 * words of its own, no visible colour, or an unknown shape).
 */
export const figureWords = (element: FigureElement, style: FigureStyle): string => {
  const tag = element.tagName.toUpperCase();
  if (FIGURE_SVG_TAGS.has(tag)) {
    const kind = svgKind(element, tag);
    if (!kind) return '';
    const fill = parseColour(style.fill ?? element.getAttribute('fill'));
    return fill && fill.a >= 0.3 ? `${colourName(fill)} ${kind}` : kind;
  }
  if ((element.textContent ?? '').trim() !== '') return '';
  const background = parseColour(style.backgroundColor);
  if (!background || background.a < 0.5) return '';
  const box = element.getBoundingClientRect();
  // A swatch, not a page's or a panel's background.
  if (box.width <= 0 || box.height <= 0 || box.width > 200 || box.height > 200) return '';
  return colourName(background);
};
