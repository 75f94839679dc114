/**
 * Figures in words, on the Node side: the `figure` attribute the extraction
 * and the recorder give a wordless graphic (operators/browser/page-script/
 * extract/graphics.ts: "red circle", "blue square", "black letter k") read
 * back as properties, and the words of a task that name such properties
 * ("the olive colored box", "a large red circle", "a digit"), so a rule can
 * match one against the other (policy/exemplar/rules/figure-pick.ts). The
 * colour words are colour-palette.ts's, the extraction's own.
 */
import { COLOUR_PALETTE, paletteWord } from './colour-palette.js';

/** A figure's properties. */
export interface Figure {
  /** The attribute as stored ("red letter k"). */
  words: string;
  colour?: string;
  /** circle, square, rectangle, triangle, ellipse, …, letter, digit. */
  shape?: string;
  /** The character of a letter or digit. */
  glyph?: string;
}

/** The colour words the extraction names colours by: its palette's. */
const COLOURS = new Set(COLOUR_PALETTE.map((entry) => entry[0]));
const SHAPES = new Set(['circle', 'ellipse', 'square', 'rectangle', 'triangle', 'quadrilateral', 'pentagon', 'hexagon', 'polygon', 'letter', 'digit']);
/** Other words for shapes, and plurals. */
const SHAPE_SYNONYMS = new Map(Object.entries({ number: 'digit', numeral: 'digit', circles: 'circle', squares: 'square', rectangles: 'rectangle', triangles: 'triangle', letters: 'letter', digits: 'digit', numbers: 'digit' }));
/** Words for size, which a figure's words do not hold (Maps: a word such as "constructor" must name nothing). */
const SIZES = new Map(Object.entries({ large: 'large', big: 'large', larger: 'large', bigger: 'large', small: 'small', little: 'small', smaller: 'small', tiny: 'small' } as const));

/** The figure an element or target descriptor shows, when it has one. */
export function figureOf(element: { attributes?: Record<string, string> | undefined }): Figure | undefined {
  const words = element.attributes?.['figure'];
  if (!words) return undefined;
  const parts = words.split(' ');
  const figure: Figure = { words };
  let index = 0;
  if (COLOURS.has(parts[0]!)) figure.colour = parts[index++];
  if (parts[index] && SHAPES.has(parts[index]!)) figure.shape = parts[index++];
  if ((figure.shape === 'letter' || figure.shape === 'digit') && parts[index]) figure.glyph = parts[index];
  return figure;
}

/** What a text names of a figure. */
export interface FigureTerms {
  colours: string[];
  shapes: string[];
  glyphs: string[];
  sizes: ('large' | 'small')[];
  /** The words that named them, as written. */
  words: string[];
  /** Whether the figure is asked for with "a" / "an" / "any": any figure that fits will do. */
  indefinite: boolean;
}

/** The colour, shape, glyph and size words of a text ("Click on a large red circle"). */
export function figureTerms(text: string): FigureTerms {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
  const terms: FigureTerms = { colours: [], shapes: [], glyphs: [], sizes: [], words: [], indefinite: false };
  let firstAt = -1;
  tokens.forEach((token, index) => {
    const word = token.toLowerCase();
    const colour = paletteWord(word);
    const shape = SHAPES.has(word) ? word : SHAPE_SYNONYMS.get(word);
    const size = SIZES.get(word);
    // A lone character is a glyph ("Click on a k"), but not the article "a" before another word.
    const glyph = token.length === 1 && !(word === 'a' && index < tokens.length - 1) && !(word === 'i' && index < tokens.length - 1) ? token : undefined;
    if (!colour && !shape && !size && !glyph) return;
    if (colour) terms.colours.push(colour);
    else if (shape) terms.shapes.push(shape);
    else if (size) terms.sizes.push(size);
    else if (glyph) terms.glyphs.push(glyph);
    terms.words.push(token);
    if (firstAt < 0) firstAt = index;
  });
  // "a red circle", "any digit", "an item that is red": an indefinite article shortly before, with no "the" between.
  for (let index = firstAt - 1; index >= 0 && index >= firstAt - 4; index--) {
    const word = tokens[index]!.toLowerCase();
    if (word === 'the') break;
    if (word === 'a' || word === 'an' || word === 'any') {
      terms.indefinite = true;
      break;
    }
  }
  return terms;
}

/** Whether a text names anything a figure shows. */
export function namesFigure(terms: FigureTerms): boolean {
  return terms.colours.length + terms.shapes.length + terms.glyphs.length > 0;
}

/** Whether a shape word of a task fits a figure's shape (a square is a rectangle too). */
export function shapeFits(named: string, shape: string | undefined): boolean {
  // A figure with colour only is a box (a swatch): a square or rectangle to a person.
  if (!shape) return named === 'square' || named === 'rectangle';
  return named === shape || (named === 'rectangle' && shape === 'square') || (named === 'circle' && shape === 'ellipse');
}

/** Whether a figure has every property the terms name (sizes are judged against the other figures, elsewhere). */
export function figureFits(figure: Figure, terms: FigureTerms): boolean {
  if (terms.colours.some((colour) => colour !== figure.colour)) return false;
  if (terms.shapes.some((shape) => !shapeFits(shape, figure.shape))) return false;
  if (terms.glyphs.some((glyph) => glyph.toLowerCase() !== (figure.glyph ?? '').toLowerCase())) return false;
  return true;
}

/** The properties of `figure` that `terms` name: what a demonstration's task chose its figure by. */
export function namedProperties(figure: Figure, terms: FigureTerms): string[] {
  const named: string[] = [];
  if (figure.colour && terms.colours.includes(figure.colour)) named.push('colour');
  if (terms.shapes.some((shape) => shapeFits(shape, figure.shape))) named.push('shape');
  if (figure.glyph && terms.glyphs.some((glyph) => glyph.toLowerCase() === figure.glyph!.toLowerCase())) named.push('glyph');
  return named;
}

/** The terms in words ("large red circle"). */
export function termsPhrase(terms: FigureTerms): string {
  return [...terms.sizes, ...terms.colours, ...terms.shapes, ...terms.glyphs].join(' ');
}
