/**
 * Finding likely controls in a screen grab from layout alone: UI toolkits
 * draw fields and buttons as flat-filled rectangles, so connected regions of
 * one exact colour that fill their bounding box and have a control's size are
 * candidates. A near-white one wide enough is a field, a small square one a
 * check box or, with a round outline, a radio button (toggle-shape.ts), any
 * other that holds text is a button (decided in ocr-layout.ts).
 * Pure; physical pixels.
 */
import type { PixelRect, RawImage } from './raw-image.js';
import { toggleShape, type ToggleShape } from './toggle-shape.js';

export interface ControlCandidate {
  box: PixelRect;
  /** Mean luma of the fill colour, 0–255. */
  fillLuma: number;
  /** Share of the box covered by dark (luma < 110) pixels: text, or a check mark. */
  inkShare: number;
  /** A small square candidate's outline, round (a radio button) or square (a check box), when it can be told (toggle-shape.ts). */
  shape?: ToggleShape;
}

export interface DetectControlsOptions {
  /** Physical pixels per logical pixel: sizes below are logical. */
  scale?: number;
  /** Only look inside these rectangles (e.g. the tiles with content). */
  within?: readonly PixelRect[];
}

/** Size limits of a control, logical pixels. */
const MIN_SIDE = 8;
const MAX_HEIGHT = 90;
const MAX_WIDTH = 900;

export function detectControls(image: RawImage, options: DetectControlsOptions = {}): ControlCandidate[] {
  const scale = options.scale ?? 1;
  const { width, height } = image;
  const pixels = new Uint32Array(image.data.buffer, image.data.byteOffset, width * height);
  const labels = new Int32Array(width * height).fill(-1);
  const results: ControlCandidate[] = [];
  const areas = options.within ?? [{ x: 0, y: 0, width, height }];
  const stack: number[] = [];
  let next = 0;
  for (const area of areas) {
    const right = area.x + area.width;
    const bottom = area.y + area.height;
    for (let y = area.y; y < bottom; y++) {
      for (let x = area.x; x < right; x++) {
        const start = y * width + x;
        if (labels[start] !== -1) continue;
        const label = next++;
        const colour = pixels[start]!;
        let count = 0;
        let minX = x;
        let maxX = x;
        let minY = y;
        let maxY = y;
        labels[start] = label;
        stack.push(start);
        // Flood fill within the area; regions that leave a control's size stop mattering but are still labelled.
        while (stack.length > 0) {
          const index = stack.pop()!;
          const px = index % width;
          const py = (index - px) / width;
          count++;
          if (px < minX) minX = px;
          if (px > maxX) maxX = px;
          if (py < minY) minY = py;
          if (py > maxY) maxY = py;
          if (px > area.x && labels[index - 1] === -1 && pixels[index - 1] === colour) {
            labels[index - 1] = label;
            stack.push(index - 1);
          }
          if (px + 1 < right && labels[index + 1] === -1 && pixels[index + 1] === colour) {
            labels[index + 1] = label;
            stack.push(index + 1);
          }
          if (py > area.y && labels[index - width] === -1 && pixels[index - width] === colour) {
            labels[index - width] = label;
            stack.push(index - width);
          }
          if (py + 1 < bottom && labels[index + width] === -1 && pixels[index + width] === colour) {
            labels[index + width] = label;
            stack.push(index + width);
          }
        }
        const boxWidth = maxX - minX + 1;
        const boxHeight = maxY - minY + 1;
        if (boxWidth < MIN_SIDE * scale || boxHeight < MIN_SIDE * scale) continue;
        if (boxHeight > MAX_HEIGHT * scale || boxWidth > MAX_WIDTH * scale) continue;
        if (count < 0.45 * boxWidth * boxHeight) continue;
        // Regions cut by the search area's edge are not whole controls.
        if (minX === area.x || minY === area.y || maxX === right - 1 || maxY === bottom - 1) {
          if (area.width < width || area.height < height) continue;
        }
        const box = { x: minX, y: minY, width: boxWidth, height: boxHeight };
        const shape = smallSquare(box, scale) ? toggleShape(image, box, scale) : undefined;
        results.push({ box, fillLuma: lumaOf(colour), inkShare: inkShare(image, box), ...(shape ? { shape } : {}) });
      }
    }
  }
  return results;
}

/** A box of a check box's or radio button's size and shape: nearly square, at most 26 logical px. */
export function smallSquare(box: PixelRect, scale = 1): boolean {
  return Math.abs(box.width - box.height) <= 3 * scale && box.width <= 26 * scale;
}

/** Luma of a pixel read as a little-endian Uint32 of RGBA bytes. */
function lumaOf(colour: number): number {
  const r = colour & 0xff;
  const g = (colour >>> 8) & 0xff;
  const b = (colour >>> 16) & 0xff;
  return (r * 299 + g * 587 + b * 114) / 1000;
}

function inkShare(image: RawImage, box: PixelRect): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const offset = (y * image.width + x) * 4;
      const luma = (image.data[offset]! * 299 + image.data[offset + 1]! * 587 + image.data[offset + 2]! * 114) / 1000;
      if (luma < 110) dark++;
    }
  }
  return dark / (box.width * box.height);
}
