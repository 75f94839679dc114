/**
 * The script the browser recorder injects into every document (Playwright
 * `addInitScript`, so it is back after every navigation and reload): the
 * bundle of page-script/install-recorder.ts and its modules
 * (page-script/generated/install-recorder.ts, written by
 * scripts/bundle-page-scripts.mjs), called with this recording's settings.
 */
import { installRecorderSource } from './page-script/generated/install-recorder.js';
import type { RecorderConfig } from './page-script/recorder-context.js';

/** The binding the page calls with each captured event. */
export const RECORDER_BINDING = '__understudyRecord';
/** Attribute on the recorder's own UI (the badge); events inside it are not recorded. */
export const RECORDER_UI_ATTRIBUTE = 'data-understudy-recorder';
/** The chord that stops a recording, in Action `press` vocabulary. */
export const STOP_HOTKEY = 'Control+Shift+X';

/** Where the recorder's event-time extraction keeps its node registry (apart from the operator's). */
export const RECORDER_REGISTRY = 'understudy.recorder-elements';
/**
 * Where the recorder's observations a moment after each input keep theirs: apart from the default
 * ('understudy.elements'), which any other operator observing the page (a scripted person) replaces.
 */
export const RECORDER_OBSERVED_REGISTRY = 'understudy.recorder-observed';

export interface RecorderPageScriptOptions {
  /** CSS selectors the observation leaves out (the recorder's own UI is always among them). */
  exclude?: string[];
  /** Only elements meeting this viewport rectangle are observed (MiniWoB's task area). */
  region?: { x: number; y: number; width: number; height: number };
  /** Most elements one event-time observation reports. Default 5000. */
  maxElements?: number;
}

/**
 * The page script with the observation settings of this recording. At every
 * input it runs the operator's own extraction pass synchronously, before the
 * page reacts, and sends it with the event and the id the target has in it:
 * the step's observation and its target are taken at the same instant, in the
 * same vocabulary as every later observation.
 */
export function recorderPageScript(options: RecorderPageScriptOptions = {}): string {
  const config: RecorderConfig = {
    binding: RECORDER_BINDING,
    ownAttribute: RECORDER_UI_ATTRIBUTE,
    stopHotkey: STOP_HOTKEY,
    extract: {
      sequence: 0,
      region: options.region,
      exclude: [...(options.exclude ?? []), `[${RECORDER_UI_ATTRIBUTE}]`],
      maxElements: options.maxElements ?? 5000,
      maxTextLength: 300,
      registryKey: RECORDER_REGISTRY,
    },
    observedRegistryKey: RECORDER_OBSERVED_REGISTRY,
  };
  return `(${installRecorderSource})(${JSON.stringify(config)});`;
}

/** The page script with default observation settings. */
export const RECORDER_PAGE_SCRIPT = recorderPageScript();
