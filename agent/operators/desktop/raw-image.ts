/**
 * Uncompressed images as the desktop operator passes them around: RGBA, 4
 * bytes a pixel, rows packed, sizes in physical pixels. Pure functions only.
 */
import { PNG } from 'pngjs';

export interface RawImage {
  /** Physical pixels. */
  width: number;
  height: number;
  /** RGBA bytes, `width * height * 4` of them, row after row. */
  data: Buffer;
}

/** A rectangle in physical pixels of some image or screen. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Copy a rectangle out of an image (the rectangle is clipped to the image). */
export function cropImage(image: RawImage, rect: PixelRect): RawImage {
  const clipped = clipRect(rect, image.width, image.height);
  const data = Buffer.allocUnsafe(clipped.width * clipped.height * 4);
  const rowBytes = clipped.width * 4;
  for (let row = 0; row < clipped.height; row++) {
    const from = ((clipped.y + row) * image.width + clipped.x) * 4;
    image.data.copy(data, row * rowBytes, from, from + rowBytes);
  }
  return { width: clipped.width, height: clipped.height, data };
}

/** The part of `rect` inside a width × height image (possibly empty). */
export function clipRect(rect: PixelRect, width: number, height: number): PixelRect {
  const x = Math.max(0, Math.min(width, Math.floor(rect.x)));
  const y = Math.max(0, Math.min(height, Math.floor(rect.y)));
  const right = Math.max(x, Math.min(width, Math.ceil(rect.x + rect.width)));
  const bottom = Math.max(y, Math.min(height, Math.ceil(rect.y + rect.height)));
  return { x, y, width: right - x, height: bottom - y };
}

/** PNG bytes of an RGBA image. Level 1 deflate: screenshots are big and speed matters more than size. */
export function encodePng(image: RawImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  image.data.copy(png.data, 0, 0, image.width * image.height * 4);
  return PNG.sync.write(png, { deflateLevel: 1 });
}

/** Decode PNG bytes into an RGBA image. */
export function decodePng(bytes: Uint8Array): RawImage {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, data: png.data };
}

/** Rec. 601 luma of the pixel at (x, y), 0…255. */
export function lumaAt(image: RawImage, x: number, y: number): number {
  const offset = (y * image.width + x) * 4;
  return (image.data[offset]! * 299 + image.data[offset + 1]! * 587 + image.data[offset + 2]! * 114) / 1000;
}
