/**
 * What every part of the recorder's page script shares: its settings, the
 * channel to Node (the binding), the list of listeners to install in every
 * same-origin window, and the little state one gesture needs (the press being
 * tracked, the fields' values before an edit). In-page code.
 */
import type { ExtractOptions } from '../../../../agent/operators/browser/page-script/extract/types.js';
import type { DragPath } from './drag-path.js';
import type { Handler, ListenerOptions, PageDocument, PageElement, PageNode, PageWindow } from './page-dom.js';
import type { EventSnapshot } from './event-snapshot.js';

/** The page script's argument (JSON, from recorder-page-script.ts). */
export interface RecorderConfig {
  /** The binding the page calls with each captured event. */
  binding: string;
  /** Attribute on the recorder's own UI: events inside it are not recorded. */
  ownAttribute: string;
  /** The chord that stops a recording, in Action `press` vocabulary. */
  stopHotkey: string;
  /** The event-time extraction's settings (its own registry key, the exclusions, the region). */
  extract: ExtractOptions;
  /**
   * Where the recorder's own observations (the browser operator it observes with a moment after each input)
   * keep their node registry: what was on screen before an input. Apart from any other operator's, so a
   * driver that observes the page meanwhile (a scripted person) does not change what the recorder saw.
   */
  observedRegistryKey: string;
}

/** A description of an element as the page script sends it (PageTarget on the Node side). */
export type Described = Record<string, unknown> | undefined;

export interface PressState {
  time: number;
  x: number;
  y: number;
  button: number;
  node: PageElement | null;
  target: Described;
  snapshot: EventSnapshot | undefined;
  dragging: boolean;
  /** Where the pointer went while pressed (drag-path.ts). */
  path?: DragPath;
}

export interface FieldEntry {
  target: Described;
  snapshot: EventSnapshot | undefined;
  sent: boolean;
  /** The keys typed since it got the focus (consumed-keys.ts). */
  keys?: string;
  /** Its value after the last input; undefined after a key step. */
  valueAfterInput?: string;
  /** The page takes typed text back out of it: its edit is the keys typed. */
  keyed?: boolean;
}

export interface Recorder {
  config: RecorderConfig;
  window: PageWindow;
  document: PageDocument;
  send(payload: Record<string, unknown>): void;
  /** Register a listener for the top window and every same-origin frame (frame-installation.ts). */
  listen(type: string, handler: Handler, options: ListenerOptions): void;
  readonly listeners: [string, Handler, ListenerOptions][];
  /** Inside the recorder's own UI. */
  isOwn(node: PageNode | null | undefined): boolean;
  /** The time of the last recorded input (hovers before it are not candidates). */
  lastInputAt: number;
  /** The pointer press being tracked. */
  press: PressState | null;
}

export function createRecorder(config: RecorderConfig, topWindow: PageWindow): Recorder {
  const listeners: [string, Handler, ListenerOptions][] = [];
  const own = `[${config.ownAttribute}]`;
  return {
    config,
    window: topWindow,
    document: topWindow.document,
    send(payload) {
      payload['time'] = payload['time'] || Date.now();
      payload['url'] = topWindow.location.href;
      try {
        (topWindow[config.binding] as (payload: unknown) => void)(payload);
      } catch {
        // The binding is gone while the page unloads.
      }
    },
    listen(type, handler, options) {
      listeners.push([type, handler, options]);
    },
    listeners,
    isOwn: (node) => !!(node && (node as PageElement).closest && (node as PageElement).closest(own)),
    lastInputAt: 0,
    press: null,
  };
}

/** The capture-phase, passive options most listeners use: they see each input before the page can react. */
export const CAPTURE = { capture: true, passive: true } as const;
