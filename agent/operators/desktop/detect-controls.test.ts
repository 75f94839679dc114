import { describe, expect, it } from 'vitest';
import { fillRect, drawRect } from './annotate-screenshot.js';
import { detectControls } from './detect-controls.js';
import { eraseCarets, eraseFieldBorders } from './erase-carets.js';
import type { RawImage } from './raw-image.js';
import { lumaAt } from './raw-image.js';

/** A grey window with a white bordered field (with a caret and a letter stroke) and a grey bordered button. */
function formImage(): RawImage {
  const image: RawImage = { width: 300, height: 120, data: Buffer.alloc(300 * 120 * 4, 236) };
  // Field: 1 px black border around a white 200×28 inside at (50, 10).
  drawRect(image, 49, 9, 202, 30, [0, 0, 0], 1);
  fillRect(image, 50, 10, 200, 28, [255, 255, 255]);
  fillRect(image, 60, 18, 2, 12, [0, 0, 0]); // a glyph stroke ("l"): shorter than a caret
  fillRect(image, 90, 12, 1, 22, [0, 0, 0]); // the caret: nearly the field's height
  // Button: border around a grey 80×30 inside at (50, 70), with some dark "text".
  drawRect(image, 49, 69, 82, 32, [0, 0, 0], 1);
  fillRect(image, 50, 70, 80, 30, [212, 212, 212]);
  fillRect(image, 70, 80, 30, 8, [0, 0, 0]);
  return image;
}

describe('detectControls', () => {
  it('finds the flat-filled field and button with their fill and ink', () => {
    const controls = detectControls(formImage());
    const field = controls.find((control) => control.fillLuma > 250);
    const button = controls.find((control) => Math.round(control.fillLuma) === 212);
    expect(field?.box).toEqual({ x: 50, y: 10, width: 200, height: 28 });
    expect(button?.box).toEqual({ x: 50, y: 70, width: 80, height: 30 });
    expect(button!.inkShare).toBeCloseTo(240 / 2400, 2);
    // The window background is far too big to be a control.
    expect(controls.some((control) => control.box.width >= 300)).toBe(false);
  });

  it('honours size limits in logical pixels', () => {
    // At scale 4 the 28 px field is a 7 px logical sliver: too small.
    expect(detectControls(formImage(), { scale: 4 }).some((control) => control.fillLuma > 250)).toBe(false);
  });
});

describe('eraseCarets / eraseFieldBorders', () => {
  it('erases the caret but not glyph strokes, and paints the field border', () => {
    const image = formImage();
    const controls = detectControls(image);
    const isField = (control: { fillLuma: number }) => control.fillLuma > 250;
    expect(eraseCarets(image, controls, isField)).toBe(1);
    expect(lumaAt(image, 90, 20)).toBe(255);
    expect(lumaAt(image, 60, 20)).toBe(0);
    eraseFieldBorders(image, controls, isField);
    expect(lumaAt(image, 49, 20)).toBe(255);
    expect(lumaAt(image, 49, 80)).toBe(0); // the button keeps its border
  });
});
