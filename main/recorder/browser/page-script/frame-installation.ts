/**
 * Every listener goes on the top window and on each same-origin frame's
 * window (a frame's document.open() erases them, and a navigation brings a
 * new window: each load of a frame listens again). In-page code.
 */
import type { Handler, ListenerOptions, PageDocument, PageWindow } from './page-dom.js';
import type { Recorder } from './recorder-context.js';

/** Where a frame's copy of the script finds the top's recorder, to ask it to listen there too. */
export const ADOPT_FRAME = '__understudyAdoptFrame';

export function installInFrames(recorder: Recorder): void {
  const installed = new Map<PageWindow, [string, Handler, ListenerOptions][]>(); // window → the listeners added to it
  const installOn = (win: PageWindow) => {
    const previous = installed.get(win);
    if (previous) for (const [type, handler, options] of previous) win.removeEventListener(type, handler, options);
    const added: [string, Handler, ListenerOptions][] = [];
    for (const [type, handler, options] of recorder.listeners) {
      win.addEventListener(type, handler, options);
      added.push([type, handler, options]);
    }
    installed.set(win, added);
    win.addEventListener('load', onFrameLoad as unknown as Handler, true);
    adoptFramesOf(win.document);
  };
  const adoptFramesOf = (doc: PageDocument) => {
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      let win: PageWindow | null | undefined = null;
      try {
        win = frame.contentWindow;
        if (win && !win.document) win = null;
      } catch {
        win = null;
      }
      if (win && !installed.has(win)) installOn(win);
    }
  };
  // One function for every window: adding it again is a no-op.
  function onFrameLoad(event: { target: unknown }) {
    const frame = event.target as { tagName?: string; contentWindow?: PageWindow | null } | null;
    if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
    try {
      if (frame.contentWindow && frame.contentWindow.document) installOn(frame.contentWindow);
    } catch {
      // Cross-origin.
    }
  }
  recorder.window[ADOPT_FRAME] = (win: PageWindow) => {
    try {
      if (win.top === recorder.window) installOn(win);
    } catch {
      // Not ours.
    }
  };
  installOn(recorder.window);
}
