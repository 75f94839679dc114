/**
 * Input may leave a page moving, and Playwright does not wait for it: wheel
 * input scrolls asynchronously (smooth scrolling animates over several
 * frames), and after a click a section may still be sliding open (jQuery's
 * accordion animates the panel's height over ~400 ms in script, no CSS
 * animation to ask about). An observation taken then sees the new content cut
 * off half-way, and a search through sections moves on past the one that held
 * its goal (measured on the real click-collapsible-2). This waits, as a person
 * waits for the motion to stop, until what moved stays the same for three
 * animation frames in a row, or until the timeout (a page that never stops
 * costs the timeout, no more):
 * - `scrollersAt` given: the scroll offsets of the document and of every
 *   scroller under that point (after a wheel);
 * - else the boxes of the page's elements (after a click).
 *
 * Serialised into the page: self-contained.
 */
import type { DomDocument, DomElement, DomWindow } from './dom-types.js';

export function waitUntilStill(request: { scrollersAt?: { x: number; y: number }; timeoutMs: number }): Promise<void> {
  const view = globalThis as unknown as DomWindow & { document: DomDocument };
  const limit = 2000; // elements whose boxes make the layout signature, at most (the first in document order)
  const scrollSignature = (at: { x: number; y: number }): string => {
    const parts = [view.scrollX, view.scrollY];
    let element: DomElement | null = view.document.elementFromPoint(at.x, at.y);
    for (let depth = 0; element && depth < 50; depth++, element = element.parentElement) {
      parts.push(element.scrollTop, element.scrollLeft);
    }
    return parts.join(',');
  };
  const layoutSignature = (): string => {
    const all = view.document.querySelectorAll('body *');
    const parts: number[] = [];
    for (let i = 0; i < all.length && i < limit; i++) {
      const box = all[i]!.getBoundingClientRect();
      parts.push(Math.round(box.left), Math.round(box.top), Math.round(box.width), Math.round(box.height));
    }
    return parts.join(',');
  };
  const signature = (): string => (request.scrollersAt ? scrollSignature(request.scrollersAt) : layoutSignature());
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
