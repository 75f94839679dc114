import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { maskRects, renumberElements } from './merge-sources.js';
import { contentTiles, countTiles } from './tiles.js';

describe('maskRects', () => {
  it('paints covered windows in the background colour, so no tile there has content', () => {
    const width = 128;
    const height = 64;
    const data = Buffer.alloc(width * height * 4);
    for (let index = 0; index < width * height; index++) data.writeUInt32LE(0xff202020, index * 4); // dark background
    // A "window" with some text-like pixels at 32..96 × 0..64.
    for (let y = 0; y < height; y++) for (let x = 32; x < 96; x++) data.writeUInt32LE((x + y) % 3 ? 0xffffffff : 0xff000000, (y * width + x) * 4);
    const frame = { width, height, data };
    expect(countTiles(contentTiles(frame))).toBeGreaterThan(0);
    maskRects(frame, [{ x: 32, y: 0, width: 64, height: 64 }]);
    expect(countTiles(contentTiles(frame))).toBe(0);
    expect(data.readUInt32LE((10 * width + 40) * 4)).toBe(0xff202020);
  });
});

describe('renumberElements', () => {
  it('shifts ids and parent ids past the accessibility elements', () => {
    const element = (id: number, parentId?: number): UIElement => ({ id, role: 'text', text: `t${id}`, states: {}, box: { x: 0, y: 0, width: 1, height: 1 }, source: 'ocr', interactive: false, ...(parentId !== undefined ? { parentId } : {}) });
    expect(renumberElements([element(0), element(1, 0)], 5).map((item) => [item.id, item.parentId])).toEqual([[5, undefined], [6, 5]]);
  });
});
