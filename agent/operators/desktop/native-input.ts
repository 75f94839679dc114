/**
 * nut-js, loaded lazily: screen grabs, mouse and keyboard on the X display.
 * Everything here is in physical pixels of the X screen. Call only after
 * assertDisplay(): nut-js segfaults the process when there is no display.
 */
import os from 'node:os';
import type { RawImage } from './raw-image.js';
import { nutKeyNames } from './key-names.js';
import { markNativeClients } from './native-clients.js';

type NutModule = typeof import('@nut-tree-fork/nut-js');

let loaded: Promise<NutModule> | undefined;

/**
 * Load nut-js with fast settings. nut-js reads DISPLAY once, on first use, so
 * one process drives one display: `display` must not change between calls.
 */
export function loadNut(display: string): Promise<NutModule> {
  if (process.env.DISPLAY !== display) process.env.DISPLAY = display;
  markNativeClients(display);
  loaded ??= import('@nut-tree-fork/nut-js').then((nut) => {
    // Defaults are human-speed (hundreds of ms per key and per move).
    nut.keyboard.config.autoDelayMs = 2;
    nut.mouse.config.autoDelayMs = 5;
    nut.mouse.config.mouseSpeed = 100_000;
    return nut;
  });
  return loaded;
}

export class NativeInput {
  private constructor(private readonly nut: NutModule) {}

  static async open(display: string): Promise<NativeInput> {
    return new NativeInput(await loadNut(display));
  }

  /** Size of the whole X screen, physical pixels. */
  async screenSize(): Promise<{ width: number; height: number }> {
    return { width: await this.nut.screen.width(), height: await this.nut.screen.height() };
  }

  /** Grab a rectangle of the screen as RGBA. */
  async grab(rect: { x: number; y: number; width: number; height: number }): Promise<RawImage> {
    const { Region } = this.nut;
    const image = await this.nut.screen.grabRegion(new Region(rect.x, rect.y, rect.width, rect.height));
    const { width, height, byteWidth, channels } = image;
    const source = image.data;
    const data = Buffer.allocUnsafe(width * height * 4);
    // nut-js hands over BGR(A) rows of byteWidth bytes; we use packed RGBA.
    const bgr = image.colorMode === this.nut.ColorMode.BGR;
    if (channels === 4 && bgr && source.byteOffset % 4 === 0 && byteWidth % 4 === 0 && os.endianness() === 'LE') {
      // The common case, a word at a time: swap blue and red, set alpha (about 4× faster than byte by byte).
      const from = new Uint32Array(source.buffer, source.byteOffset, (byteWidth / 4) * height);
      const to = new Uint32Array(data.buffer, data.byteOffset, width * height);
      const stride = byteWidth / 4;
      for (let y = 0; y < height; y++) {
        for (let x = 0, i = y * stride, o = y * width; x < width; x++, i++, o++) {
          const pixel = from[i]!;
          to[o] = (pixel & 0x0000ff00) | ((pixel & 0xff) << 16) | ((pixel >>> 16) & 0xff) | 0xff000000;
        }
      }
      return { width, height, data };
    }
    for (let y = 0; y < height; y++) {
      let from = y * byteWidth;
      let to = y * width * 4;
      for (let x = 0; x < width; x++, from += channels, to += 4) {
        data[to] = source[bgr ? from + 2 : from]!;
        data[to + 1] = source[from + 1]!;
        data[to + 2] = source[bgr ? from : from + 2]!;
        data[to + 3] = 255;
      }
    }
    return { width, height, data };
  }

  async pointer(): Promise<{ x: number; y: number }> {
    const point = await this.nut.mouse.getPosition();
    return { x: point.x, y: point.y };
  }

  async move(x: number, y: number): Promise<void> {
    await this.nut.mouse.setPosition(new this.nut.Point(Math.round(x), Math.round(y)));
  }

  async click(button: 'left' | 'right', count = 1): Promise<void> {
    const which = button === 'left' ? this.nut.Button.LEFT : this.nut.Button.RIGHT;
    if (count === 2 && button === 'left') {
      await this.nut.mouse.doubleClick(which);
      return;
    }
    for (let index = 0; index < count; index++) await this.nut.mouse.click(which);
  }

  async press(): Promise<void> {
    await this.nut.mouse.pressButton(this.nut.Button.LEFT);
  }

  async release(): Promise<void> {
    await this.nut.mouse.releaseButton(this.nut.Button.LEFT);
  }

  /** Wheel by whole notches; positive scrolls down / right. */
  async wheel(notchesX: number, notchesY: number): Promise<void> {
    if (notchesY > 0) await this.nut.mouse.scrollDown(notchesY);
    if (notchesY < 0) await this.nut.mouse.scrollUp(-notchesY);
    if (notchesX > 0) await this.nut.mouse.scrollRight(notchesX);
    if (notchesX < 0) await this.nut.mouse.scrollLeft(-notchesX);
  }

  /** Press and release a chord like "Control+A". @throws RangeError for an unknown key. */
  async chord(chord: string): Promise<void> {
    const keys = nutKeyNames(chord).map((name) => this.nut.Key[name as keyof typeof this.nut.Key]);
    await this.nut.keyboard.pressKey(...keys);
    await this.nut.keyboard.releaseKey(...keys);
  }

  /** Type lower-case letters, digits and spaces key by key (see clipboard-typing.ts for the rest). */
  async typeKeys(text: string): Promise<void> {
    await this.nut.keyboard.type(text);
  }
}
