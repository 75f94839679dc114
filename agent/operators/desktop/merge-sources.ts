/**
 * Putting the accessibility tree and OCR into one observation: windows whose
 * applications published their controls are masked out of the frame before
 * OCR (a flat area has no content tiles, so nothing there is read twice or
 * wasted on), and OCR elements are numbered after the accessibility elements,
 * so one observation has one id space.
 */
import type { UIElement } from '../../core/observation.js';
import type { PixelRect, RawImage } from './raw-image.js';

/**
 * Paint the rectangles (physical pixels of the frame), in place, in the colour
 * of the frame around them (an uncovered corner: usually the desktop
 * background), so a masked window merges into the background instead of
 * leaving edges that look like content. Parts outside the frame are ignored.
 */
export function maskRects(frame: RawImage, rects: readonly PixelRect[]): void {
  if (rects.length === 0) return;
  const pixels = new Uint32Array(frame.data.buffer, frame.data.byteOffset, frame.width * frame.height);
  const inside = (x: number, y: number) => rects.some((rect) => x >= rect.x && y >= rect.y && x < rect.x + rect.width && y < rect.y + rect.height);
  const corners: [number, number][] = [
    [0, 0],
    [frame.width - 1, 0],
    [0, frame.height - 1],
    [frame.width - 1, frame.height - 1],
  ];
  const free = corners.find(([x, y]) => !inside(x, y));
  const colour = free ? pixels[free[1] * frame.width + free[0]]! : pixels[0]!;
  for (const rect of rects) {
    const left = Math.max(0, Math.floor(rect.x));
    const top = Math.max(0, Math.floor(rect.y));
    const right = Math.min(frame.width, Math.ceil(rect.x + rect.width));
    const bottom = Math.min(frame.height, Math.ceil(rect.y + rect.height));
    if (right <= left || bottom <= top) continue;
    for (let y = top; y < bottom; y++) pixels.fill(colour, y * frame.width + left, y * frame.width + right);
  }
}

/** The elements with ids (and parent ids) shifted by `offset`. */
export function renumberElements(elements: readonly UIElement[], offset: number): UIElement[] {
  if (offset === 0) return [...elements];
  return elements.map((element) => ({
    ...element,
    id: element.id + offset,
    ...(element.parentId !== undefined ? { parentId: element.parentId + offset } : {}),
  }));
}
