/**
 * Preparing a screen grab for tesseract: UI text is small (11–13 px) and
 * anti-aliased, and tesseract was trained on print at ~300 dpi. Greyscale
 * plus a 2× upscale recovered the most words on UI text in our measurements
 * (bench/observe-desktop.ts); dark-on-light polarity is normalised because
 * tesseract reads dark text on a light page best.
 */
import { PNG } from 'pngjs';
import type { RawImage } from './raw-image.js';

export interface PreprocessOptions {
  /** Integer upscale factor, 1–4. Default 2. */
  upscale?: number;
  /**
   * Invert when the image is mostly dark (light text on a dark theme). Default
   * false: a grab of a light window on a dark desktop is "mostly dark" too, and
   * tesseract already tries inverted lines itself.
   */
  normalisePolarity?: boolean;
}

export interface GreyImage {
  width: number;
  height: number;
  /** One luma byte per pixel. */
  data: Uint8Array;
}

/** Luma (Rec. 601, integer arithmetic) of every pixel. */
export function toGreyscale(image: RawImage): GreyImage {
  const count = image.width * image.height;
  const data = new Uint8Array(count);
  const source = image.data;
  for (let index = 0, offset = 0; index < count; index++, offset += 4) {
    data[index] = (source[offset]! * 77 + source[offset + 1]! * 150 + source[offset + 2]! * 29) >> 8;
  }
  return { width: image.width, height: image.height, data };
}

/** Bilinear integer upscale: smoother glyph edges than nearest-neighbour, which tesseract prefers. */
export function upscaleGrey(image: GreyImage, factor: number): GreyImage {
  if (!Number.isInteger(factor) || factor < 1 || factor > 4) throw new RangeError(`upscale factor must be 1–4, got ${factor}`);
  if (factor === 1) return image;
  const width = image.width * factor;
  const height = image.height * factor;
  const data = new Uint8Array(width * height);
  const source = image.data;
  const maxX = image.width - 1;
  const maxY = image.height - 1;
  for (let y = 0; y < height; y++) {
    const sourceY = (y + 0.5) / factor - 0.5;
    const y0 = Math.max(0, Math.floor(sourceY));
    const y1 = Math.min(maxY, y0 + 1);
    const wy = Math.max(0, sourceY - y0);
    const row0 = y0 * image.width;
    const row1 = y1 * image.width;
    const out = y * width;
    for (let x = 0; x < width; x++) {
      const sourceX = (x + 0.5) / factor - 0.5;
      const x0 = Math.max(0, Math.floor(sourceX));
      const x1 = Math.min(maxX, x0 + 1);
      const wx = Math.max(0, sourceX - x0);
      const top = source[row0 + x0]! + (source[row0 + x1]! - source[row0 + x0]!) * wx;
      const bottom = source[row1 + x0]! + (source[row1 + x1]! - source[row1 + x0]!) * wx;
      data[out + x] = top + (bottom - top) * wy;
    }
  }
  return { width, height, data };
}

/** Invert a mostly dark image so text ends up dark on light. Returns whether it inverted. */
export function normalisePolarity(image: GreyImage): boolean {
  let sum = 0;
  const step = Math.max(1, Math.floor(image.data.length / 20_000));
  let samples = 0;
  for (let index = 0; index < image.data.length; index += step) {
    sum += image.data[index]!;
    samples++;
  }
  if (samples === 0 || sum / samples >= 110) return false;
  for (let index = 0; index < image.data.length; index++) image.data[index] = 255 - image.data[index]!;
  return true;
}

/** PNG (8-bit greyscale, fast deflate) for tesseract. */
export function encodeGreyPng(image: GreyImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  // pngjs reads `data` as input pixels of inputColorType; greyscale input is one byte a pixel.
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, deflateLevel: 1 });
}

/** The whole preprocessing chain: greyscale, polarity, upscale, PNG. */
export function prepareForOcr(image: RawImage, options: PreprocessOptions = {}): { png: Buffer; scale: number } {
  const scale = options.upscale ?? 2;
  const grey = toGreyscale(image);
  if (options.normalisePolarity ?? false) normalisePolarity(grey);
  return { png: encodeGreyPng(upscaleGrey(grey, scale)), scale };
}
