import { describe, expect, it } from 'vitest';
import { figureFits, figureOf, figureTerms, namedProperties } from './figure-words.js';

const figure = (words: string) => figureOf({ attributes: { figure: words } })!;

describe('figure words', () => {
  it('reads a figure attribute back as colour, shape and glyph', () => {
    expect(figure('red circle')).toEqual({ words: 'red circle', colour: 'red', shape: 'circle' });
    expect(figure('black letter k')).toEqual({ words: 'black letter k', colour: 'black', shape: 'letter', glyph: 'k' });
    expect(figure('olive')).toEqual({ words: 'olive', colour: 'olive' });
    expect(figureOf({ attributes: { id: 'x' } })).toBeUndefined();
  });

  it("reads a task's colour, shape, character and size words, and whether any one will do", () => {
    expect(figureTerms('Click on the olive colored box.')).toMatchObject({ colours: ['olive'], shapes: [], glyphs: [], indefinite: false });
    expect(figureTerms('Click on a large red circle')).toMatchObject({ colours: ['red'], shapes: ['circle'], sizes: ['large'], indefinite: true });
    expect(figureTerms('Click any number.')).toMatchObject({ shapes: ['digit'], indefinite: true });
    expect(figureTerms('Click on a k.')).toMatchObject({ glyphs: ['k'], indefinite: true });
    expect(figureTerms('Click an item that is gray.')).toMatchObject({ colours: ['grey'], indefinite: true });
    expect(figureTerms('Click the button.')).toMatchObject({ colours: [], shapes: [], glyphs: [] });
  });

  it('fits a figure to the words, a square being a rectangle and a swatch a box', () => {
    expect(figureFits(figure('blue square'), figureTerms('a blue rectangle'))).toBe(true);
    expect(figureFits(figure('blue square'), figureTerms('a red square'))).toBe(false);
    expect(figureFits(figure('red digit 7'), figureTerms('Click on a 7'))).toBe(true);
    expect(figureFits(figure('red digit 7'), figureTerms('Click on a 4'))).toBe(false);
    expect(figureFits(figure('pink'), figureTerms('the pink square'))).toBe(true);
    expect(figureFits(figure('pink'), figureTerms('the pink circle'))).toBe(false);
    expect(namedProperties(figure('red circle'), figureTerms('Click a red item'))).toEqual(['colour']);
    expect(namedProperties(figure('red circle'), figureTerms('Click the button'))).toEqual([]);
  });
});
