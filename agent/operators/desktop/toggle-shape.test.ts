import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectControls, smallSquare } from './detect-controls.js';
import { decodePng, type RawImage } from './raw-image.js';
import { toggleShape } from './toggle-shape.js';

/** Crops of real screenshots under Xvfb: the GTK sign-up form's newsletter check box and plan radios (Adwaita), at scale 1 and 2, and the Tk form's check box. */
const fixture = (name: string) => decodePng(readFileSync(new URL(`../../../test/fixtures/desktop/${name}`, import.meta.url)));

/** The small white squares detectControls finds, left to right, top to bottom, with the shape read around each. */
function toggles(image: RawImage, scale = 1) {
  return detectControls(image, { scale })
    .filter((control) => smallSquare(control.box, scale) && control.fillLuma >= 235)
    .map((control) => ({ x: control.box.x, y: control.box.y, shape: control.shape }));
}

describe('round or square outline of a small white control', () => {
  it('tells the GTK radio buttons from the check box on a real screenshot', () => {
    // The newsletter check box (a rounded square), then the "Pro" and "Team" radios; "Free" is checked (a blue disc, no white square).
    expect(toggles(fixture('gtk-toggles.png'))).toEqual([
      { x: 15, y: 11, shape: 'square' },
      { x: 84, y: 42, shape: 'round' },
      { x: 145, y: 42, shape: 'round' },
    ]);
  });

  it('does so at scale 2 (GDK_SCALE=2 on a 192 dpi screen)', () => {
    expect(toggles(fixture('gtk-toggles-scale2.png'), 2).map((toggle) => toggle.shape)).toEqual(['square', 'round', 'round']);
  });

  it("reads a bevelled Tk check box, whose outline shows only on its top and left, as square", () => {
    expect(toggles(fixture('tk-checkbutton.png')).map((toggle) => toggle.shape)).toEqual(['square']);
  });

  it('tells nothing where the outline is too faint, or does not show all round a circle', () => {
    const image = fixture('gtk-toggles.png');
    const radio = { x: 84, y: 42, width: 12, height: 12 };
    // Fade the whole crop towards its background: the outline's contrast falls below what is read.
    const faded: RawImage = { ...image, data: Buffer.from(image.data.map((value, index) => (index % 4 === 3 ? value : Math.round(245 - (245 - value) * 0.3)))) };
    expect(toggleShape(faded, radio)).toBeUndefined();
    // Erase the radio's lower half outline: a circle is called round only when its whole outline shows.
    const cut: RawImage = { ...image, data: Buffer.from(image.data) };
    for (let y = 49; y < 60; y++) for (let x = 80; x < 100; x++) if (y >= 54 || x < 84 || x >= 96) cut.data.fill(245, (y * cut.width + x) * 4, (y * cut.width + x) * 4 + 3);
    expect(toggleShape(cut, radio)).toBeUndefined();
    expect(toggleShape(image, radio)).toBe('round');
  });
});
