/**
 * Text carets confuse OCR ("lovelace|" reads "lovelacq|") and blink, which
 * would mark a tile as changed on every grab. Inside a field, a caret is a
 * dark vertical bar at most 3 px wide and taller than any glyph (it spans the
 * whole line height); we paint such bars with the field's fill colour before
 * reading. Pure apart from writing into the given image.
 */
import type { ControlCandidate } from './detect-controls.js';
import type { RawImage } from './raw-image.js';

/** A bar taller than this share of the field's height is a caret, not a glyph stroke. */
const CARET_MIN_SHARE = 0.52;

/**
 * Paint the border ring of each field (`width` px outside its fill) with the
 * fill colour: text starts a pixel or two from a field's edge, and OCR reads
 * the edge as "[" or "|" glued to the first letter.
 */
export function eraseFieldBorders(image: RawImage, controls: readonly ControlCandidate[], isField: (control: ControlCandidate) => boolean, width = 2): void {
  for (const control of controls) {
    if (!isField(control)) continue;
    const { x, y, width: boxWidth, height: boxHeight } = control.box;
    const fillOffset = (y * image.width + x) * 4;
    const fill = image.data.subarray(fillOffset, fillOffset + 4);
    const paint = (left: number, top: number, w: number, h: number) => {
      for (let row = Math.max(0, top); row < Math.min(image.height, top + h); row++) {
        for (let column = Math.max(0, left); column < Math.min(image.width, left + w); column++) {
          image.data.set(fill, (row * image.width + column) * 4);
        }
      }
    };
    paint(x - width, y - width, boxWidth + 2 * width, width);
    paint(x - width, y + boxHeight, boxWidth + 2 * width, width);
    paint(x - width, y, width, boxHeight);
    paint(x + boxWidth, y, width, boxHeight);
  }
}

/** Erase carets in the fields among `controls`; returns how many were erased. */
export function eraseCarets(image: RawImage, controls: readonly ControlCandidate[], isField: (control: ControlCandidate) => boolean): number {
  let erased = 0;
  for (const control of controls) {
    if (!isField(control)) continue;
    const { x, y, width, height } = control.box;
    const minRun = Math.ceil(height * CARET_MIN_SHARE);
    const fillOffset = (y * image.width + x) * 4;
    const fill = [image.data[fillOffset]!, image.data[fillOffset + 1]!, image.data[fillOffset + 2]!];
    const tall: number[] = [];
    for (let column = x; column < x + width; column++) {
      let run = 0;
      let longest = 0;
      let runStart = y;
      let longestStart = y;
      for (let row = y; row < y + height; row++) {
        const offset = (row * image.width + column) * 4;
        const luma = (image.data[offset]! * 299 + image.data[offset + 1]! * 587 + image.data[offset + 2]! * 114) / 1000;
        if (luma < 128) {
          if (run === 0) runStart = row;
          run++;
          if (run > longest) {
            longest = run;
            longestStart = runStart;
          }
        } else {
          run = 0;
        }
      }
      tall[column - x] = longest >= minRun ? longestStart * 65536 + longest : 0;
    }
    for (let start = 0; start < width; start++) {
      if (!tall[start]) continue;
      let end = start;
      while (end + 1 < width && tall[end + 1]) end++;
      if (end - start + 1 <= 3) {
        // Paint the bar and one anti-aliased column each side.
        for (let column = Math.max(0, start - 1); column <= Math.min(width - 1, end + 1); column++) {
          const value = tall[start]!;
          const top = Math.floor(value / 65536);
          const length = value % 65536;
          for (let row = top; row < top + length; row++) {
            const offset = (row * image.width + x + column) * 4;
            image.data[offset] = fill[0]!;
            image.data[offset + 1] = fill[1]!;
            image.data[offset + 2] = fill[2]!;
          }
        }
        erased++;
      }
      start = end;
    }
  }
  return erased;
}
