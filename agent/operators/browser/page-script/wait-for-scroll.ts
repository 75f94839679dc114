/**
 * Wheel input scrolls asynchronously (smooth scrolling animates over several
 * frames), and Playwright's mouse.wheel does not wait for it. This waits
 * until the scroll offsets of the document and of every scroller under the
 * wheel point stop changing for two animation frames, or until the timeout.
 *
 * Serialised into the page: self-contained.
 */
import type { DomDocument, DomElement, DomWindow } from './dom-types.js';

export function waitForScrollToSettle(request: { x: number; y: number; timeoutMs: number }): Promise<void> {
  const view = globalThis as unknown as DomWindow & { document: DomDocument };
  const signature = (): string => {
    const parts = [view.scrollX, view.scrollY];
    let element: DomElement | null = view.document.elementFromPoint(request.x, request.y);
    for (let depth = 0; element && depth < 50; depth++, element = element.parentElement) {
      parts.push(element.scrollTop, element.scrollLeft);
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
