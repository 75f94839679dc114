/**
 * pick-swatch, pick-shape: click the wordless figure the instruction
 * describes. A person sees colours and shapes; the scripted one reads them
 * as the observation gives them (the `figure` words of a swatch or SVG
 * shape: "red", "blue triangle", "black letter k").
 */
import type { UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, type Demonstrator } from './demonstrator.js';

const COLOURS = ['red', 'blue', 'green', 'yellow', 'orange', 'purple', 'pink', 'black', 'grey', 'cyan', 'brown', 'magenta'];
const KINDS = ['circle', 'square', 'triangle', 'letter', 'digit'];

/** What the instruction asks for: a colour, a kind, a character. */
function wanted(utterance: string): { colour?: string; kind?: string; glyph?: string } {
  const words = utterance.toLowerCase().replace(/[.]$/, '').split(/\s+/);
  const colour = words.find((word) => COLOURS.includes(word));
  const kind = words.find((word) => KINDS.includes(word));
  const glyph = /^Click on a (\S)\.$/.exec(utterance)?.[1];
  return { ...(colour ? { colour } : {}), ...(kind ? { kind } : {}), ...(glyph ? { glyph } : {}) };
}

function fits(element: UIElement, want: ReturnType<typeof wanted>): boolean {
  const words = (element.attributes?.['figure'] ?? '').split(' ');
  if (words[0] === '') return false;
  if (want.colour && words[0] !== want.colour) return false;
  if (want.kind && words[1] !== want.kind) return false;
  if (want.glyph && words[2] !== want.glyph) return false;
  return true;
}

export const pickFigure: Demonstrator = async (context) => {
  const want = wanted(context.utterance);
  if (!want.colour && !want.kind && !want.glyph) throw new DemonstrationError(`no colour, shape or character in "${context.utterance}"`);
  const figures = (await context.observe()).elements.filter((element) => element.interactive && fits(element, want));
  const figure = figures[0];
  if (!figure) throw new DemonstrationError(`no figure fits "${context.utterance}"`);
  await clickElement(context, figure);
};

/** The caption a person gives each kind of figure. */
const CAPTIONS: Record<string, string> = { circle: 'Circle', square: 'Square', triangle: 'Triangle', letter: 'Letter', digit: 'Number' };

/** name-figure: press the button naming the kind of the one figure shown. */
export const nameFigure: Demonstrator = async (context) => {
  const observation = await context.observe();
  const figures = observation.elements.filter((element) => !element.interactive && element.attributes?.['figure']);
  if (figures.length !== 1) throw new DemonstrationError(`expected one figure, saw ${figures.length}`);
  const kind = figures[0]!.attributes!['figure']!.split(' ')[1] ?? '';
  const caption = CAPTIONS[kind];
  const button = observation.elements.find((element) => element.role === 'button' && element.text === caption);
  if (!button) throw new DemonstrationError(`no button ${JSON.stringify(caption)} for a ${figures[0]!.attributes!['figure']}`);
  await clickElement(context, button);
};
