import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeGreyPng, normalisePolarity, prepareForOcr, toGreyscale, upscaleGrey } from './preprocess.js';
import { cropImage, decodePng, encodePng } from './raw-image.js';

describe('preprocessing for OCR', () => {
  const image = { width: 2, height: 1, data: Buffer.from([255, 255, 255, 255, 0, 0, 0, 255]) };

  it('greys, upscales and keeps the geometry', () => {
    const grey = toGreyscale(image);
    expect([...grey.data]).toEqual([255, 0]);
    const big = upscaleGrey(grey, 2);
    expect(big.width).toBe(4);
    expect(big.height).toBe(2);
    expect(big.data[0]).toBe(255);
    expect(big.data[3]).toBe(0);
    expect(() => upscaleGrey(grey, 5)).toThrow(RangeError);
  });

  it('inverts only mostly dark images', () => {
    const dark = { width: 3, height: 1, data: new Uint8Array([0, 10, 250]) };
    expect(normalisePolarity(dark)).toBe(true);
    expect([...dark.data]).toEqual([255, 245, 5]);
    expect(normalisePolarity(dark)).toBe(false);
  });

  it('writes PNGs that decode to the same pixels', () => {
    const grey = PNG.sync.read(encodeGreyPng(toGreyscale(image)));
    expect(grey.width).toBe(2);
    expect(grey.data[0]).toBe(255);
    expect(grey.data[4]).toBe(0);
    expect(decodePng(encodePng(image)).data.equals(image.data)).toBe(true);
    expect(prepareForOcr(image).scale).toBe(2);
    expect(cropImage(image, { x: 1, y: 0, width: 5, height: 5 })).toEqual({ width: 1, height: 1, data: Buffer.from([0, 0, 0, 255]) });
  });
});
