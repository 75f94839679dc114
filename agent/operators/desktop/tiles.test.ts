import { describe, expect, it } from 'vitest';
import type { RawImage } from './raw-image.js';
import { changedTiles, contentTiles, countTiles, mergeOverlapping, padRect, tileGroups } from './tiles.js';

function solid(width: number, height: number, value = 200): RawImage {
  const data = Buffer.alloc(width * height * 4, value);
  return { width, height, data };
}

function paint(image: RawImage, x: number, y: number, width: number, height: number, value: number): void {
  for (let row = y; row < y + height; row++) {
    for (let column = x; column < x + width; column++) image.data.fill(value, (row * image.width + column) * 4, (row * image.width + column) * 4 + 3);
  }
}

describe('tiles', () => {
  it('finds no content on a flat screen and the painted tiles otherwise', () => {
    const image = solid(128, 96);
    expect(countTiles(contentTiles(image, 32))).toBe(0);
    paint(image, 40, 40, 5, 5, 0); // inside tile (1, 1)
    const mask = contentTiles(image, 32);
    expect(countTiles(mask)).toBe(1);
    expect(mask.flags[1 * mask.columns + 1]).toBe(1);
  });

  it('reports exactly the changed tiles, including a partial edge tile', () => {
    const before = solid(100, 70);
    const after = solid(100, 70);
    paint(after, 98, 68, 2, 2, 0); // the bottom-right partial tile
    paint(after, 0, 0, 1, 1, 0);
    const mask = changedTiles(before, after, 32);
    expect(mask.columns).toBe(4);
    expect(mask.rows).toBe(3);
    expect([...mask.flags.keys()].filter((index) => mask.flags[index])).toEqual([0, 11]);
    expect(() => changedTiles(before, solid(10, 10), 32)).toThrow(RangeError);
  });

  it('groups neighbouring tiles into clipped rectangles', () => {
    const image = solid(200, 100);
    paint(image, 5, 5, 40, 10, 0); // tiles (0,0), (1,0)
    paint(image, 170, 80, 10, 10, 0); // tile (5,2), far away
    const groups = tileGroups(contentTiles(image, 32), 200, 100, 0).sort((a, b) => a.x - b.x);
    expect(groups).toEqual([
      { x: 0, y: 0, width: 64, height: 32 },
      { x: 160, y: 64, width: 32, height: 32 },
    ]);
  });

  it('merges overlapping rectangles and pads within bounds', () => {
    expect(mergeOverlapping([{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, { x: 50, y: 50, width: 1, height: 1 }])).toEqual([
      { x: 0, y: 0, width: 15, height: 15 },
      { x: 50, y: 50, width: 1, height: 1 },
    ]);
    expect(padRect({ x: 2, y: 2, width: 4, height: 4 }, 5, 8, 100)).toEqual({ x: 0, y: 0, width: 8, height: 11 });
  });
});
