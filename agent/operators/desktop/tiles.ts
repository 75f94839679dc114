/**
 * The screen as a grid of square tiles, for two questions asked on every
 * observation: which tiles hold anything but flat colour (where text can be),
 * and which tiles changed since the last grab (what must be read again).
 * Pure functions on RGBA images; sizes in physical pixels.
 */
import type { PixelRect, RawImage } from './raw-image.js';

export interface TileMask {
  /** Tile edge, physical pixels. */
  tileSize: number;
  columns: number;
  rows: number;
  /** One flag per tile, row-major. */
  flags: Uint8Array;
}

function emptyMask(width: number, height: number, tileSize: number): TileMask {
  const columns = Math.ceil(width / tileSize);
  const rows = Math.ceil(height / tileSize);
  return { tileSize, columns, rows, flags: new Uint8Array(columns * rows) };
}

/** Tiles that are not one flat colour. */
export function contentTiles(image: RawImage, tileSize = 32): TileMask {
  const mask = emptyMask(image.width, image.height, tileSize);
  const pixels = new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height);
  for (let row = 0; row < mask.rows; row++) {
    const top = row * tileSize;
    const bottom = Math.min(image.height, top + tileSize);
    for (let column = 0; column < mask.columns; column++) {
      const left = column * tileSize;
      const right = Math.min(image.width, left + tileSize);
      const first = pixels[top * image.width + left];
      let flat = true;
      for (let y = top; y < bottom && flat; y++) {
        const start = y * image.width;
        for (let x = left; x < right; x++) {
          if (pixels[start + x] !== first) {
            flat = false;
            break;
          }
        }
      }
      if (!flat) mask.flags[row * mask.columns + column] = 1;
    }
  }
  return mask;
}

/** Tiles whose pixels differ between two grabs of the same size. */
export function changedTiles(previous: RawImage, next: RawImage, tileSize = 32): TileMask {
  if (previous.width !== next.width || previous.height !== next.height) {
    throw new RangeError('changedTiles needs two images of the same size');
  }
  const mask = emptyMask(next.width, next.height, tileSize);
  const rowBytes = next.width * 4;
  for (let y = 0; y < next.height; y++) {
    const tileRow = Math.floor(y / tileSize);
    for (let column = 0; column < mask.columns; column++) {
      const index = tileRow * mask.columns + column;
      if (mask.flags[index]) continue;
      const from = y * rowBytes + column * tileSize * 4;
      const to = Math.min(from + tileSize * 4, (y + 1) * rowBytes);
      // Buffer.compare is native memcmp: far faster than a JS pixel loop.
      if (previous.data.compare(next.data, from, to, from, to) !== 0) mask.flags[index] = 1;
    }
  }
  return mask;
}

/** How many tiles are set. */
export function countTiles(mask: TileMask): number {
  let count = 0;
  for (const flag of mask.flags) count += flag;
  return count;
}

/**
 * Bounding rectangles (physical pixels, clipped to width × height) of the
 * groups of set tiles: touching tiles (diagonals too) join one group, and so do
 * tiles with at most `gap` unset tiles between them.
 */
export function tileGroups(mask: TileMask, width: number, height: number, gap = 1): PixelRect[] {
  const { columns, rows, flags, tileSize } = mask;
  const seen = new Uint8Array(flags.length);
  const rects: PixelRect[] = [];
  const stack: number[] = [];
  for (let start = 0; start < flags.length; start++) {
    if (!flags[start] || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    let minColumn = columns;
    let minRow = rows;
    let maxColumn = -1;
    let maxRow = -1;
    const reach = gap + 1;
    while (stack.length > 0) {
      const index = stack.pop()!;
      const column = index % columns;
      const row = (index - column) / columns;
      if (column < minColumn) minColumn = column;
      if (column > maxColumn) maxColumn = column;
      if (row < minRow) minRow = row;
      if (row > maxRow) maxRow = row;
      for (let dy = -reach; dy <= reach; dy++) {
        const r = row + dy;
        if (r < 0 || r >= rows) continue;
        for (let dx = -reach; dx <= reach; dx++) {
          const c = column + dx;
          if (c < 0 || c >= columns) continue;
          const neighbour = r * columns + c;
          if (flags[neighbour] && !seen[neighbour]) {
            seen[neighbour] = 1;
            stack.push(neighbour);
          }
        }
      }
    }
    const x = minColumn * tileSize;
    const y = minRow * tileSize;
    rects.push({
      x,
      y,
      width: Math.min(width, (maxColumn + 1) * tileSize) - x,
      height: Math.min(height, (maxRow + 1) * tileSize) - y,
    });
  }
  return mergeOverlapping(rects);
}

/** Merge rectangles that overlap until none do. */
export function mergeOverlapping(input: readonly PixelRect[]): PixelRect[] {
  const rects = input.map((rect) => ({ ...rect }));
  let merged = true;
  while (merged) {
    merged = false;
    outer: for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        if (intersects(rects[i]!, rects[j]!)) {
          rects[i] = union(rects[i]!, rects[j]!);
          rects.splice(j, 1);
          merged = true;
          break outer;
        }
      }
    }
  }
  return rects;
}

export function intersects(a: PixelRect, b: PixelRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function union(a: PixelRect, b: PixelRect): PixelRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** A rectangle grown by `padding` on every side and clipped to width × height. */
export function padRect(rect: PixelRect, padding: number, width: number, height: number): PixelRect {
  const x = Math.max(0, rect.x - padding);
  const y = Math.max(0, rect.y - padding);
  return {
    x,
    y,
    width: Math.min(width, rect.x + rect.width + padding) - x,
    height: Math.min(height, rect.y + rect.height + padding) - y,
  };
}
