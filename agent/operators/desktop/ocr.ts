/**
 * One long-lived tesseract.js worker, fully offline: the English model comes
 * from the @tesseract.js-data/eng package and nothing is cached to disk.
 *
 * Coordinates: `recognize` returns word boxes in the pixel frame of the PNG it
 * was given (physical pixels of the grab), offset by `region` when the PNG is
 * a crop of a larger image — never in the upscaled frame tesseract saw.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UserFacingError, errorMessage } from '../../core/errors.js';
import { decodePng, type PixelRect, type RawImage } from './raw-image.js';
import { prepareForOcr } from './preprocess.js';
import { TimeoutError, startWatchingThread, withTimeout } from './tesseract-thread.js';

/** One recognised word. */
export interface OcrWord {
  text: string;
  /** 0–100, tesseract's confidence. */
  confidence: number;
  /** Physical pixels in the frame of the whole image (region offset applied). */
  box: PixelRect;
}

export interface OcrEngineOptions {
  /** Integer upscale before recognition. Default 2 (best measured on UI text). */
  upscale?: number;
  /** Tesseract page segmentation mode. Default '11' (sparse text: UI text is scattered labels, not paragraphs). */
  pageSegmentationMode?: string;
  /** Words below this confidence (0–100) are dropped. Default 30. */
  minConfidence?: number;
  /** Milliseconds to wait for the worker and model to load. Default 60 000. */
  loadTimeoutMs?: number;
  /** Where the English model is. Default: the @tesseract.js-data/eng package (see englishModelLocation). */
  model?: { langPath: string; gzip: boolean };
}

interface TesseractWordLike {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TesseractWorkerLike {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Buffer, options?: object, output?: object): Promise<{ data: { blocks: TesseractBlockLike[] | null } }>;
  terminate(): Promise<unknown>;
}
interface TesseractBlockLike {
  paragraphs: { lines: { words: TesseractWordLike[] }[] }[];
}

/** The folder holding eng.traineddata(.gz), and whether it is gzipped. */
export function englishModelLocation(): { langPath: string; gzip: boolean } {
  const require = createRequire(import.meta.url);
  let info: { langPath: string; gzip: boolean };
  try {
    info = require('@tesseract.js-data/eng') as { langPath: string; gzip: boolean };
  } catch (error) {
    throw new UserFacingError(`the English OCR model package is missing: ${errorMessage(error)}`, 'npm install @tesseract.js-data/eng');
  }
  const file = join(info.langPath, info.gzip ? 'eng.traineddata.gz' : 'eng.traineddata');
  if (!existsSync(file)) throw new UserFacingError(`the English OCR model is missing: ${file}`, 'reinstall @tesseract.js-data/eng');
  return info;
}

/** A "word" that is only bars and brackets: the edge of a box or a caret, never UI text. */
const EDGE_ARTEFACT = /^[|[\]{}_]+$/;

export class OcrEngine {
  private busy: Promise<unknown> = Promise.resolve();
  private terminated = false;

  private constructor(
    private readonly worker: TesseractWorkerLike,
    /** Rejects if the worker thread dies: a recognize job would otherwise wait forever. */
    private readonly failed: Promise<never>,
    private readonly options: Required<Pick<OcrEngineOptions, 'upscale' | 'minConfidence'>>,
  ) {}

  /**
   * Load the worker and the English model (≈1–2 s).
   * @throws UserFacingError naming the model folder when the model does not load within `loadTimeoutMs`
   *   or the worker refuses its settings; the half-started worker is ended either way.
   */
  static async create(options: OcrEngineOptions = {}): Promise<OcrEngine> {
    const { langPath, gzip } = options.model ?? englishModelLocation();
    const tesseract = (await import('tesseract.js')).default;
    const timeoutMs = options.loadTimeoutMs ?? 60_000;
    const hint = 'reinstall @tesseract.js-data/eng (npm ci) so the English model is complete';
    const { creating, thread, failed } = startWatchingThread(
      () =>
        tesseract.createWorker('eng', tesseract.OEM.LSTM_ONLY, {
          langPath,
          gzip,
          cacheMethod: 'none',
          cachePath: langPath,
          errorHandler: () => undefined,
        }) as unknown as Promise<TesseractWorkerLike>,
    );
    let worker: TesseractWorkerLike;
    try {
      // A model that fails to load can hang the worker forever (tesseract.js never settles the promise): bound the wait.
      worker = await withTimeout(Promise.race([creating, failed]), timeoutMs);
    } catch (error) {
      // The thread is still loading, or stuck: end it, and the worker too should it finish loading later.
      void thread?.terminate().catch(() => undefined);
      creating.then((late) => late.terminate()).catch(() => undefined);
      const why = error instanceof TimeoutError ? `did not load within ${timeoutMs} ms` : `failed to load: ${errorMessage(error)}`;
      throw new UserFacingError(`the OCR worker ${why} (English model from ${langPath})`, hint);
    }
    try {
      await worker.setParameters({
        tessedit_pageseg_mode: options.pageSegmentationMode ?? '11',
        // UI text is screen text at ~96 dpi shown 2× larger; saying so stops a "resolution unknown" guess.
        user_defined_dpi: String(96 * (options.upscale ?? 2)),
      });
    } catch (error) {
      await worker.terminate().catch(() => undefined);
      throw new UserFacingError(`the OCR worker refused its settings (English model from ${langPath}): ${errorMessage(error)}`, hint);
    }
    return new OcrEngine(worker, failed, { upscale: options.upscale ?? 2, minConfidence: options.minConfidence ?? 30 });
  }

  /**
   * Recognise the words of a PNG screenshot (or of raw RGBA pixels).
   * @param region where the image sits in the larger frame; boxes are offset by it.
   */
  async recognize(png: Buffer | RawImage, region?: Pick<PixelRect, 'x' | 'y'>): Promise<OcrWord[]> {
    const image = Buffer.isBuffer(png) ? decodePng(png) : png;
    return this.recognizeImage(image, region);
  }

  /** Like `recognize`, on raw pixels (saves a PNG round trip). */
  async recognizeImage(image: RawImage, region?: Pick<PixelRect, 'x' | 'y'>): Promise<OcrWord[]> {
    if (this.terminated) throw new Error('the OCR engine was terminated');
    if (image.width < 4 || image.height < 4) return [];
    const { png, scale } = prepareForOcr(image, { upscale: this.options.upscale });
    // One worker does one job at a time; queue rather than interleave.
    const job = this.busy.then(() => Promise.race([this.worker.recognize(png, {}, { blocks: true, text: false }), this.failed]));
    this.busy = job.catch(() => undefined);
    const result = await job;
    const offsetX = region?.x ?? 0;
    const offsetY = region?.y ?? 0;
    const words: OcrWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) {
            const text = word.text.trim();
            if (!text || word.confidence < this.options.minConfidence || EDGE_ARTEFACT.test(text)) continue;
            const { x0, y0, x1, y1 } = word.bbox;
            words.push({
              text,
              confidence: word.confidence,
              box: {
                x: offsetX + x0 / scale,
                y: offsetY + y0 / scale,
                width: (x1 - x0) / scale,
                height: (y1 - y0) / scale,
              },
            });
          }
        }
      }
    }
    return words;
  }

  /** Stop the worker. Safe to call twice. */
  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    await this.busy;
    await this.worker.terminate();
  }
}
