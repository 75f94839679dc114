/**
 * The seam every platform's accessibility reader sits behind: read the
 * desktop's applications as UIElements (source 'a11y'), and act on one of them
 * through the accessibility interface where real input cannot reach it.
 *
 * Built: Linux (AT-SPI 2 over D-Bus, atspi-reader.ts). On paper only: Windows
 * UI Automation (windows-uia-reader.ts) and macOS AX (macos-ax-reader.ts) —
 * adding one is a new file implementing this interface, not a redesign.
 */
import { UserFacingError } from '../../../core/errors.js';
import type { BoundingBox, UIElement } from '../../../core/observation.js';

export interface AccessibilityReadOptions {
  /** Physical pixels per logical pixel. */
  scale: number;
  /** The observed region, logical pixels (elements outside are marked offscreen). */
  region: BoundingBox;
  /** First element id to give. Default 0. */
  firstId?: number;
  /** 'all' applications, or the one with the active window. Default 'all'. */
  scope?: 'all' | 'focused';
  /** Only applications whose name contains this. */
  application?: string;
  /** Milliseconds to spend reading; the rest is left out and said. Default 400. */
  budgetMs?: number;
  /** Most nodes read. Default 4 000. */
  maxNodes?: number;
  /** Deepest level read. Default 40. */
  maxDepth?: number;
  /** How the tree is listed (see ReadTreeOptions.strategy); default 'collection'. */
  strategy?: 'collection' | 'walk';
}

export interface AccessibilitySnapshot {
  elements: UIElement[];
  focusedId?: number;
  /** What the read left out (limits, budget, silent applications), for the observation's notes. */
  notes: string[];
  /** Names of the applications read. */
  applications: string[];
  /** Top-level windows (and dialogs) read, physical screen pixels: the areas the accessibility tree covers. */
  windows: { application: string; title: string; box: BoundingBox }[];
  /** Element id → index in `windows` of the top-level window it belongs to (where known). */
  elementWindows?: Map<number, number>;
  /** Element id → boxes of the objects it lies in below its window (physical pixels, like `windows`). */
  elementFrames?: Map<number, BoundingBox[]>;
  stats: {
    elapsedMs: number;
    nodes: number;
    calls: number;
    /** Set when the read was incremental: applications read whole, kept from the last read, nodes read again after an event. */
    incremental?: { applicationsRead: number; applicationsKept: number; nodesRefreshed: number };
  };
  /** False when a limit, the budget or a silent application left part of a tree unread. */
  complete: boolean;
}

/** What to do to an element through the accessibility interface. */
export type AccessibleActionRequest =
  /** Its default action: press a button, toggle a check box, activate a menu item or a row. */
  | { kind: 'activate' }
  /** Replace the text of an editable field. */
  | { kind: 'set-text'; text: string }
  /** Select it in its container (a list row, a tab, a combo box option). */
  | { kind: 'select' }
  /** Give it keyboard focus. */
  | { kind: 'focus' }
  /** Scroll its containers until it shows (then real input can reach it). */
  | { kind: 'scroll-into-view' };

export type AccessibleActionResult = { ok: true; how: string } | { ok: false; error: string };

export interface AccessibilityReader {
  /** 'linux-atspi', 'windows-uia', 'macos-ax'. */
  readonly platform: string;
  read(options: AccessibilityReadOptions): Promise<AccessibilitySnapshot>;
  /** Act on an element of the latest read(). */
  act(elementId: number, request: AccessibleActionRequest): Promise<AccessibleActionResult>;
  close(): void;
}

export interface OpenAccessibilityReaderOptions {
  /** Session bus address (Linux); default $DBUS_SESSION_BUS_ADDRESS. */
  sessionBusAddress?: string;
  /** Override the platform (tests). Default process.platform. */
  platform?: NodeJS.Platform;
  /** Keep the last tree and read only what the platform's events say changed. Default true. */
  incremental?: boolean;
}

/**
 * The reader for this platform.
 * @throws UserFacingError when the platform has no reader yet or its accessibility service is not reachable.
 */
export async function openAccessibilityReader(options: OpenAccessibilityReaderOptions = {}): Promise<AccessibilityReader> {
  const platform = options.platform ?? process.platform;
  switch (platform) {
    case 'linux': {
      const { AtspiReader } = await import('./atspi-reader.js');
      return AtspiReader.open({ ...(options.sessionBusAddress ? { sessionBusAddress: options.sessionBusAddress } : {}), incremental: options.incremental ?? true });
    }
    case 'win32': {
      const { WindowsUiaReader } = await import('./windows-uia-reader.js');
      return WindowsUiaReader.open();
    }
    case 'darwin': {
      const { MacosAxReader } = await import('./macos-ax-reader.js');
      return MacosAxReader.open();
    }
    default:
      throw new UserFacingError(`no accessibility reader for platform ${platform}`, 'the desktop operator falls back to OCR');
  }
}
