/**
 * Reading the words on the screen, incrementally: the first grab is read
 * region by region (groups of tiles that hold anything but flat colour — a
 * dark desktop around a light window confuses tesseract's thresholding when
 * read as one page), and each later grab re-reads only the changed tiles,
 * padded and grown to cover any old word they touch, keeping every word from
 * the unchanged rest. This is what makes a desktop step fast.
 */
import { rectWithin } from '../../core/box-geometry.js';
import type { OcrEngine, OcrWord } from './ocr.js';
import { cropImage, type PixelRect, type RawImage } from './raw-image.js';
import { changedTiles, contentTiles, countTiles, intersects, mergeOverlapping, padRect, tileGroups, union } from './tiles.js';

export interface ScreenReaderOptions {
  /** Physical pixels per logical pixel; paddings below scale with it. Default 1. */
  scale?: number;
  /** Tile edge, physical pixels. Default 32. */
  tileSize?: number;
  /** Above this share of changed tiles (0–1), read the whole screen again. Default 0.4. */
  fullReadShare?: number;
  /** Always read everything (no reuse). Default false. */
  disableIncremental?: boolean;
}

export interface ReadResult {
  words: OcrWord[];
  /** 'full' (everything read), 'incremental' (changed regions only) or 'unchanged'. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Rectangles read this time, physical pixels. */
  regions: PixelRect[];
  /** Share of tiles that changed since the previous read (1 for a full read). */
  changedShare: number;
  /** Groups of tiles with content, physical pixels (where controls can be). */
  contentRegions: PixelRect[];
}

export class ScreenReader {
  private previous: RawImage | undefined;
  private words: OcrWord[] = [];
  private contentRegions: PixelRect[] = [];

  constructor(
    private readonly ocr: OcrEngine,
    private readonly options: ScreenReaderOptions = {},
  ) {}

  /** Forget the last frame: the next read is a full one. */
  reset(): void {
    this.previous = undefined;
    this.words = [];
  }

  /**
   * @param wholeAreas rectangles a re-read must never cut through (controls:
   *   a crop that slices a button leaves its edge, which reads as "|").
   */
  async read(frame: RawImage, wholeAreas: readonly PixelRect[] = []): Promise<ReadResult> {
    const tileSize = this.options.tileSize ?? 32;
    const scale = this.options.scale ?? 1;
    const previous = this.previous;
    const sameSize = previous && previous.width === frame.width && previous.height === frame.height;
    if (!sameSize || this.options.disableIncremental) return this.readFull(frame, tileSize, scale);

    const changed = changedTiles(previous, frame, tileSize);
    const changedCount = countTiles(changed);
    const changedShare = changedCount / changed.flags.length;
    if (changedCount === 0) {
      this.previous = frame;
      return { words: [...this.words], mode: 'unchanged', regions: [], changedShare: 0, contentRegions: this.contentRegions };
    }
    if (changedShare > (this.options.fullReadShare ?? 0.4)) return this.readFull(frame, tileSize, scale);

    // Grow each changed area until no kept word or control straddles its edge.
    let regions = tileGroups(changed, frame.width, frame.height, 0).map((rect) =>
      padRect(rect, Math.round(8 * scale), frame.width, frame.height),
    );
    for (let grown = true; grown; ) {
      grown = false;
      regions = regions.map((region) => {
        let result = region;
        for (const box of [...this.words.map((word) => word.box), ...wholeAreas]) {
          if (intersects(result, box) && !rectWithin(box, result)) {
            result = padRect(union(result, roundOut(box)), Math.round(4 * scale), frame.width, frame.height);
            grown = true;
          }
        }
        return result;
      });
      const merged = mergeOverlapping(regions);
      if (merged.length !== regions.length) grown = true;
      regions = merged;
    }
    const kept = this.words.filter((word) => !regions.some((region) => intersects(region, word.box)));
    const fresh = await this.readRegions(frame, regions);
    this.words = [...kept, ...fresh];
    this.previous = frame;
    // The content map changes little between steps; refresh it where the screen changed.
    this.contentRegions = mergeOverlapping([...this.contentRegions, ...regions]);
    return { words: [...this.words], mode: 'incremental', regions, changedShare, contentRegions: this.contentRegions };
  }

  private async readFull(frame: RawImage, tileSize: number, scale: number): Promise<ReadResult> {
    const content = contentTiles(frame, tileSize);
    const regions = tileGroups(content, frame.width, frame.height, 1).map((rect) =>
      padRect(rect, Math.round(4 * scale), frame.width, frame.height),
    );
    this.words = await this.readRegions(frame, regions);
    this.previous = frame;
    this.contentRegions = regions;
    return { words: [...this.words], mode: 'full', regions, changedShare: 1, contentRegions: regions };
  }

  private async readRegions(frame: RawImage, regions: readonly PixelRect[]): Promise<OcrWord[]> {
    const words: OcrWord[] = [];
    for (const region of regions) {
      const found = await this.ocr.recognizeImage(cropImage(frame, region), region);
      // A crop can catch the edge of a glyph outside it; keep words centred inside.
      for (const word of found) {
        const cx = word.box.x + word.box.width / 2;
        const cy = word.box.y + word.box.height / 2;
        if (cx >= region.x && cx <= region.x + region.width && cy >= region.y && cy <= region.y + region.height) words.push(word);
      }
    }
    return words;
  }
}

function roundOut(rect: PixelRect): PixelRect {
  const x = Math.floor(rect.x);
  const y = Math.floor(rect.y);
  return { x, y, width: Math.ceil(rect.x + rect.width) - x, height: Math.ceil(rect.y + rect.height) - y };
}
