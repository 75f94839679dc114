/**
 * Drawing what the agent saw and did onto a screenshot (pngjs, no fonts):
 * thin outlines for the elements it recognised, a thick red frame around the
 * action's target and a cross at the point it clicked. Boxes are logical
 * pixels of the observation; the screenshot is physical, hence `scale`.
 */
import type { UIElement } from '../../core/observation.js';
import { decodePng, encodePng, type RawImage } from './raw-image.js';

export type Rgb = readonly [number, number, number];

const ROLE_COLOURS: Record<string, Rgb> = {
  textbox: [30, 110, 230],
  button: [20, 160, 60],
  checkbox: [230, 140, 0],
  text: [150, 150, 150],
};
const TARGET_COLOUR: Rgb = [230, 20, 20];

export interface Annotation {
  /** Elements to outline thinly, coloured by role. */
  elements?: readonly UIElement[];
  /** The action's target element(s), framed thickly. */
  targets?: readonly { x: number; y: number; width: number; height: number }[];
  /** Where the pointer acted, logical pixels. */
  points?: readonly { x: number; y: number }[];
  /** Logical origin of the screenshot in the virtual screen. */
  originX?: number;
  originY?: number;
  /** Physical pixels per logical pixel. */
  scale?: number;
}

/** Draw onto a copy of the PNG; returns the new PNG bytes. */
export function annotateScreenshot(png: Uint8Array, annotation: Annotation): Buffer {
  const image = decodePng(png);
  const scale = annotation.scale ?? 1;
  const toPhysical = (x: number, y: number) => ({
    x: Math.round((x - (annotation.originX ?? 0)) * scale),
    y: Math.round((y - (annotation.originY ?? 0)) * scale),
  });
  for (const element of annotation.elements ?? []) {
    const topLeft = toPhysical(element.box.x, element.box.y);
    drawRect(image, topLeft.x - 1, topLeft.y - 1, Math.round(element.box.width * scale) + 2, Math.round(element.box.height * scale) + 2, ROLE_COLOURS[element.role] ?? ROLE_COLOURS.text!, 1);
  }
  for (const target of annotation.targets ?? []) {
    const topLeft = toPhysical(target.x, target.y);
    drawRect(image, topLeft.x - 3, topLeft.y - 3, Math.round(target.width * scale) + 6, Math.round(target.height * scale) + 6, TARGET_COLOUR, 3);
  }
  for (const point of annotation.points ?? []) {
    const centre = toPhysical(point.x, point.y);
    const arm = Math.round(10 * scale);
    fillRect(image, centre.x - arm, centre.y - 1, 2 * arm + 1, 3, TARGET_COLOUR);
    fillRect(image, centre.x - 1, centre.y - arm, 3, 2 * arm + 1, TARGET_COLOUR);
  }
  return encodePng(image);
}

/** An outline `thickness` pixels wide, inside the rectangle. */
export function drawRect(image: RawImage, x: number, y: number, width: number, height: number, colour: Rgb, thickness: number): void {
  fillRect(image, x, y, width, thickness, colour);
  fillRect(image, x, y + height - thickness, width, thickness, colour);
  fillRect(image, x, y, thickness, height, colour);
  fillRect(image, x + width - thickness, y, thickness, height, colour);
}

/** Fill a rectangle, clipped to the image. */
export function fillRect(image: RawImage, x: number, y: number, width: number, height: number, colour: Rgb): void {
  const left = Math.max(0, x);
  const top = Math.max(0, y);
  const right = Math.min(image.width, x + width);
  const bottom = Math.min(image.height, y + height);
  for (let row = top; row < bottom; row++) {
    for (let column = left; column < right; column++) {
      const offset = (row * image.width + column) * 4;
      image.data[offset] = colour[0];
      image.data[offset + 1] = colour[1];
      image.data[offset + 2] = colour[2];
      image.data[offset + 3] = 255;
    }
  }
}
