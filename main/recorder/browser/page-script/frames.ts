/**
 * One recorder per tab listens in the top document and in every same-origin
 * frame: these helpers find the element an input really reached (inside open
 * shadow roots and frames) and put points and boxes into the top viewport's
 * coordinates. In-page code.
 */
import type { DomStyle } from '../../../../agent/operators/browser/page-script/dom-types.js';
import type { PageDocument, PageElement, PageEvent, PageNode, PageWindow } from './page-dom.js';

const topWindow = (): PageWindow => globalThis as unknown as PageWindow;

/** The element an input really reached: inside an open shadow root, not the host it is retargeted to. */
export const originOf = (event: PageEvent): PageElement | null => {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return path.length && path[0]!.nodeType === 1 ? (path[0] as PageElement) : event.target;
};

/** The focused element, inside same-origin frames and open shadow roots. */
export const deepActive = (document: PageDocument): PageElement | null => {
  let el = document.activeElement;
  for (let depth = 0; el && depth < 10; depth++) {
    let inner: PageElement | null | undefined = null;
    if (el.shadowRoot && el.shadowRoot.activeElement) inner = el.shadowRoot.activeElement;
    else if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      try {
        inner = el.contentDocument && el.contentDocument.activeElement;
      } catch {
        inner = null;
      }
    }
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
};

/** Where a frame's viewport sits in the top one (0, 0 for the top document). */
export const offsetOfView = (view: PageWindow | null | undefined): { x: number; y: number } => {
  let x = 0;
  let y = 0;
  try {
    for (let depth = 0; view && view.frameElement && depth < 10; depth++, view = view.parent) {
      const frame = view.frameElement;
      const rect = frame.getBoundingClientRect();
      x += rect.left + frame.clientLeft;
      y += rect.top + frame.clientTop;
    }
  } catch {
    // A cross-origin ancestor: as far as we can see.
  }
  return { x, y };
};

export const viewOf = (node: PageNode | null | undefined): PageWindow => (node && node.ownerDocument && node.ownerDocument.defaultView) || topWindow();

/** An event's point in the top viewport. */
export const pointOf = (event: PageEvent): { x: number; y: number } => {
  const offset = offsetOfView(event.view || viewOf(event.target));
  return { x: event.clientX + offset.x, y: event.clientY + offset.y };
};

export const styleOf = (el: PageElement): DomStyle => viewOf(el).getComputedStyle(el);

/** The element at a top-viewport point, looking into same-origin frames and open shadow roots. */
export const deepElementFromPoint = (document: PageDocument, x: number, y: number): PageElement | null => {
  let doc = document;
  let localX = x;
  let localY = y;
  let hit: PageElement | null = null;
  for (let depth = 0; depth < 10; depth++) {
    hit = doc.elementFromPoint(localX, localY);
    while (hit && hit.shadowRoot) {
      const inner: PageElement | null = hit.shadowRoot.elementFromPoint(localX, localY);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit || (hit.tagName !== 'IFRAME' && hit.tagName !== 'FRAME')) return hit;
    let inner: PageDocument | null | undefined = null;
    try {
      inner = hit.contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) return hit;
    const rect = hit.getBoundingClientRect();
    localX -= rect.left + hit.clientLeft;
    localY -= rect.top + hit.clientTop;
    doc = inner;
  }
  return hit;
};
