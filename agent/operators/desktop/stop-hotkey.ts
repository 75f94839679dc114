/**
 * A global stop hotkey: uiohook-napi hears every key press on the X server
 * (real or injected), so the user can stop a run from the keyboard whatever
 * window has focus. uiohook is one hook per process; listeners share it and
 * it stops when the last one leaves.
 *
 * Load only after assertDisplay(): uiohook aborts the process without a display.
 */
import { parseHotkey, type HotkeySpec } from './key-names.js';
import { markNativeClients } from './native-clients.js';

/** The default chord: unlikely to be pressed by accident or by a task. */
export const DEFAULT_STOP_HOTKEY = 'Control+Shift+F12';

/** One uiohook event (keyboard, pointer or wheel; which fields are set depends on the kind). */
export interface UiohookEvent {
  type?: number;
  keycode?: number;
  x?: number;
  y?: number;
  button?: unknown;
  clicks?: number;
  rotation?: number;
  direction?: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The part of uiohook-napi we use. */
export interface UiohookModule {
  uIOhook: {
    start(): void;
    stop(): void;
    on(event: string, listener: (event: UiohookEvent) => void): unknown;
    off(event: string, listener: (event: UiohookEvent) => void): unknown;
  };
  UiohookKey: Record<string, number>;
}

let hook: { module: UiohookModule; users: number } | undefined;

/** Import uiohook-napi (its CommonJS export lands on `default` under some loaders). Only after assertDisplay(). */
export async function loadUiohook(): Promise<UiohookModule> {
  const imported = (await import('uiohook-napi')) as unknown as UiohookModule & { default?: UiohookModule };
  return imported.uIOhook ? imported : imported.default!;
}

/**
 * Share the process's one hook: started for the first user, stopped when the
 * last one releases it (the stop hotkey and the desktop recorder may both listen).
 */
export async function acquireUiohook(): Promise<{ module: UiohookModule; release(): void }> {
  const module = hook?.module ?? (await loadUiohook());
  if (!hook) {
    // uiohook connects to $DISPLAY; a private Xvfb there must now outlive this process (see native-clients.ts).
    if (process.env.DISPLAY) markNativeClients(process.env.DISPLAY);
    hook = { module, users: 0 };
    module.uIOhook.start();
  }
  hook.users++;
  let released = false;
  return {
    module,
    release() {
      if (released) return;
      released = true;
      if (hook && --hook.users === 0) {
        hook = undefined;
        module.uIOhook.stop();
      }
    },
  };
}

export interface StopHotkeyHandle {
  /** The parsed chord. */
  spec: HotkeySpec;
  /** Stop listening (and stop the hook if nobody else listens). Safe to call twice. */
  dispose(): void;
}

/**
 * Call `onPressed` whenever the chord is pressed anywhere on the display.
 * @throws RangeError for a chord uiohook does not know.
 */
export async function listenForStopHotkey(chord: string, onPressed: () => void): Promise<StopHotkeyHandle> {
  const module = hook?.module ?? (await loadUiohook());
  // Parsed before the hook starts: a bad chord starts nothing.
  const spec = parseHotkey(chord, module.UiohookKey);
  const listener = (event: UiohookEvent) => {
    if (
      event.keycode === spec.keycode &&
      event.ctrlKey === spec.ctrl &&
      event.shiftKey === spec.shift &&
      event.altKey === spec.alt &&
      event.metaKey === spec.meta
    ) {
      onPressed();
    }
  };
  const shared = await acquireUiohook();
  shared.module.uIOhook.on('keydown', listener);
  let disposed = false;
  return {
    spec,
    dispose() {
      if (disposed) return;
      disposed = true;
      shared.module.uIOhook.off('keydown', listener);
      shared.release();
    },
  };
}
