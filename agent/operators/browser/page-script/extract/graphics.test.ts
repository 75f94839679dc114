import { describe, expect, it } from 'vitest';
import { COLOUR_PALETTE } from '../../../../observation/colour-palette.js';
import { figureOf, figureTerms } from '../../../../observation/figure-words.js';
import { colourName, figureWords, parseColour } from './graphics.js';

const element = (tagName: string, attributes: Record<string, string> = {}, text = '', box = { width: 30, height: 30 }) => ({
  tagName,
  textContent: text,
  getAttribute: (name: string) => attributes[name] ?? null,
  getBoundingClientRect: () => box,
});

describe('figures in words', () => {
  it('reads computed and written colours', () => {
    expect(parseColour('rgb(255, 0, 0)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('#0f0')).toEqual({ r: 0, g: 255, b: 0, a: 1 });
    expect(parseColour('gray')).toEqual({ r: 128, g: 128, b: 128, a: 1 });
    expect(parseColour('none')).toBeUndefined();
    expect(parseColour('url(#gradient)')).toBeUndefined();
  });

  it('names a colour by the nearest palette word, shades included', () => {
    expect(colourName({ r: 240, g: 24, b: 24 })).toBe('red');
    expect(colourName({ r: 10, g: 122, b: 10 })).toBe('green');
    expect(colourName({ r: 28, g: 28, b: 240 })).toBe('blue');
    expect(colourName({ r: 255, g: 184, b: 200 })).toBe('pink');
    expect(colourName({ r: 154, g: 42, b: 36 })).toBe('brown');
    expect(colourName({ r: 136, g: 136, b: 136 })).toBe('grey');
    expect(colourName({ r: 16, g: 16, b: 16 })).toBe('black');
    expect(colourName({ r: 255, g: 159, b: 16 })).toBe('orange');
    expect(colourName({ r: 128, g: 128, b: 0 })).toBe('olive');
    // Every palette colour is named by its own word.
    for (const [name, r, g, b] of COLOUR_PALETTE) expect(colourName({ r, g, b })).toBe(name);
  });

  it("reads back every colour word it writes, and its synonyms, as the observation's reading of them", () => {
    for (const [name, r, g, b] of COLOUR_PALETTE) {
      const words = figureWords(element('circle'), { fill: `rgb(${r}, ${g}, ${b})` });
      expect(figureOf({ attributes: { figure: words } })).toMatchObject({ colour: name, shape: 'circle' });
      expect(figureTerms(`Click the ${name} circle`).colours).toEqual([name]);
    }
    expect(parseColour('aqua')).toEqual({ r: 0, g: 255, b: 255, a: 1 });
    expect(parseColour('fuchsia')).toEqual({ r: 255, g: 0, b: 255, a: 1 });
    expect(figureTerms('the gray square').colours).toEqual(['grey']);
    // A word that only looks up a built-in property names no colour.
    expect(parseColour('constructor')).toBeUndefined();
    expect(figureTerms('the constructor button')).toMatchObject({ colours: [], shapes: [], sizes: [] });
  });

  it('describes SVG shapes by kind and fill, glyphs by their character, swatches by their background', () => {
    expect(figureWords(element('circle'), { fill: 'rgb(0, 0, 255)' })).toBe('blue circle');
    expect(figureWords(element('rect'), { fill: 'rgb(0, 128, 0)' })).toBe('green square');
    expect(figureWords(element('rect', {}, '', { width: 60, height: 20 }), { fill: 'rgb(0, 128, 0)' })).toBe('green rectangle');
    expect(figureWords(element('polygon', { points: '10,0 0,20 20,20' }), { fill: 'rgb(255, 0, 255)' })).toBe('magenta triangle');
    expect(figureWords(element('text', {}, 'k'), { fill: 'rgb(0, 0, 0)' })).toBe('black letter k');
    expect(figureWords(element('text', {}, '7'), { fill: 'rgb(255, 0, 0)' })).toBe('red digit 7');
    expect(figureWords(element('text', {}, 'Total'), { fill: 'rgb(0, 0, 0)' })).toBe('');
    expect(figureWords(element('path'), { fill: 'rgb(0, 0, 0)' })).toBe('');
    expect(figureWords(element('div'), { backgroundColor: 'rgb(255, 165, 0)' })).toBe('orange');
    // Words of its own, no colour, or a page-sized background: no figure.
    expect(figureWords(element('div', {}, 'Submit'), { backgroundColor: 'rgb(255, 165, 0)' })).toBe('');
    expect(figureWords(element('div'), { backgroundColor: 'rgba(0, 0, 0, 0)' })).toBe('');
    expect(figureWords(element('div', {}, '', { width: 800, height: 600 }), { backgroundColor: 'rgb(255, 255, 255)' })).toBe('');
  });
});
