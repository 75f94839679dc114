/**
 * After a click a page may still be moving: a section sliding open (jQuery's
 * accordion animates the panel's height over ~400 ms in script, no CSS
 * animation to ask about), a panel easing in. An observation taken then sees
 * the new content cut off half-way, and a search through sections moves on
 * past the one that held its goal (measured on the real click-collapsible-2).
 * This waits, as a person waits for the motion to stop, until the boxes of
 * the page's elements stay the same for three animation frames in a row, or
 * until the timeout (a page that never stops costs the timeout, no more).
 *
 * Serialised into the page: self-contained.
 */
import type { DomDocument, DomWindow } from './dom-types.js';

export function waitForLayoutToSettle(request: { timeoutMs: number }): Promise<void> {
  const view = globalThis as unknown as DomWindow & { document: DomDocument };
  const limit = 2000; // elements whose boxes make the signature, at most (the first in document order)
  const signature = (): string => {
    const all = view.document.querySelectorAll('body *');
    const parts: number[] = [];
    for (let i = 0; i < all.length && i < limit; i++) {
      const box = all[i]!.getBoundingClientRect();
      parts.push(Math.round(box.left), Math.round(box.top), Math.round(box.width), Math.round(box.height));
    }
    return parts.join(',');
  };
  return new Promise((resolve) => {
    const started = Date.now();
    let last = signature();
    let stableFrames = 0;
    const tick = () => {
      const now = signature();
      stableFrames = now === last ? stableFrames + 1 : 0;
      last = now;
      if (stableFrames >= 3 || Date.now() - started > request.timeoutMs) resolve();
      else view.requestAnimationFrame(tick);
    };
    view.requestAnimationFrame(tick);
  });
}
