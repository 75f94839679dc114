/** The desktop operator and its parts others may use: see desktop-operator.ts for the overview. */
export { DesktopOperator, type DesktopOperatorOptions, type LogicalRegion, type ObserveStats, type StopReason } from './desktop-operator.js';
export { OcrEngine, type OcrEngineOptions, type OcrWord } from './ocr.js';
export { startXvfb, type XvfbHandle, type XvfbOptions } from './xvfb.js';
export { assertDisplay } from './display.js';
export { annotateScreenshot, type Annotation } from './annotate-screenshot.js';
export { DEFAULT_STOP_HOTKEY } from './stop-hotkey.js';
export type { PixelRect, RawImage } from './raw-image.js';
