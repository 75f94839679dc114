/** What a desktop operator is opened with, and what it reports of an observation. */
import type { OcrEngine } from './ocr.js';
import type { OwnWindowSpec } from './own-window.js';
import type { PixelRect } from './raw-image.js';
import type { ReadResult } from './screen-reader.js';

/** A rectangle in logical pixels of the virtual screen. */
export interface LogicalRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DesktopOperatorOptions {
  /** X display, e.g. ":91". Default: $DISPLAY. */
  display?: string;
  /** Part of the screen to observe and act in, logical pixels. Default: the whole screen. */
  region?: LogicalRegion;
  /** Physical pixels per logical pixel (2 on a 2× HiDPI screen). Default 'auto': detected (see screens.ts). */
  scaleFactor?: number | 'auto';
  /** Observe and act on one monitor (its XRandR index or name) instead of the whole screen; `region` wins when both are given. */
  monitor?: number | string;
  /** A shared OCR engine; default: the operator creates (and terminates) its own. */
  ocr?: OcrEngine;
  /** Refuse to act while the pointer is in the top-left corner. Default true. */
  failsafe?: boolean;
  /** Global chord that stops the run, or false for none. Default "Control+Shift+F12". */
  stopHotkey?: string | false;
  /** Milliseconds to let the application repaint after an input. Default 80. */
  settleMs?: number;
  /** Re-read only changed parts of the screen between observations. Default true. */
  incremental?: boolean;
  /**
   * Read applications' accessibility trees (AT-SPI) and use OCR only where none is published.
   * Default {}: used when the session has an accessibility bus, OCR alone otherwise; false: OCR only.
   */
  accessibility?: false | DesktopAccessibilityOptions;
  /**
   * Understudy's own windows, which the operator never clicks, types into by
   * pointer, scrolls or drags on (own-window.ts), or false for none. Default:
   * this process's windows and the app's title (defaultOwnWindow).
   */
  ownWindow?: OwnWindowSpec | false;
}

export interface DesktopAccessibilityOptions {
  /** Session bus address; default $DBUS_SESSION_BUS_ADDRESS. */
  sessionBusAddress?: string;
  /** Fail open() when the accessibility bus cannot be reached (instead of OCR alone). Default false. */
  required?: boolean;
  /** Milliseconds an observation may spend on the accessibility tree. Default 400. */
  budgetMs?: number;
  /** Most accessibility nodes read per observation. Default 4 000. */
  maxNodes?: number;
  /** 'all' applications (default) or only the one with the active window. */
  scope?: 'all' | 'focused';
  /** Keep each application's tree between observations and read only what its events say changed. Default true. */
  incremental?: boolean;
}

/** Why the operator stopped: the failsafe corner or the stop hotkey. */
export type StopReason = 'failsafe' | 'hotkey';

/** Timings and OCR facts of the latest observation, for benches and the demo. */
export interface ObserveStats {
  mode: ReadResult['mode'];
  changedShare: number;
  regions: PixelRect[];
  /** Screen grab (and the screenshot PNG, when asked for). */
  grabMs: number;
  /** Finding fields and buttons, erasing carets. */
  controlsMs: number;
  /** Change detection and OCR. */
  ocrMs: number;
  layoutMs: number;
  /** Reading the accessibility tree (concurrent with the grab). */
  accessibilityMs: number;
  totalMs: number;
  words: number;
  /** Elements from each source. */
  accessibilityElements: number;
  ocrElements: number;
  /** True when no part of the screen needed OCR (every window with content published a tree). */
  ocrSkipped: boolean;
  /** The tree read incrementally: applications read whole, kept, and nodes read again after events (absent: a full read). */
  accessibilityIncremental?: { applicationsRead: number; applicationsKept: number; nodesRefreshed: number };
}
