/**
 * The in-page half of acting on an element id: find the node the latest
 * observation numbered, scroll it into view if it is not — wholly inside the
 * visible area of every scrolling ancestor (a list pane), then the window —
 * and choose a point on its unclipped part that a real click would hit (not
 * covered by something else).
 *
 * Serialised into the page by Playwright: self-contained, see extract-elements.ts.
 * Coordinates returned are CSS pixels of the top-level viewport.
 */
import type { DomDocument, DomElement, DomIFrame, DomNode, DomRect, DomWindow } from './dom-types.js';

export interface LocateRequest {
  id: number;
  /** The observation the id belongs to. */
  sequence: number;
  /** Scroll the element into view first (when it is not fully visible). */
  scroll: boolean;
}

export type LocateResult =
  | {
      ok: true;
      /** Point to press, viewport CSS px. */
      x: number;
      y: number;
      box: { x: number; y: number; width: number; height: number };
      tag: string;
      /** Whether a scroller or the page was scrolled to bring the element into view. */
      scrolled: boolean;
    }
  | { ok: false; reason: 'stale' | 'detached' | 'hidden' | 'covered'; detail: string };

export function locateElement(request: LocateRequest): LocateResult {
  const topWindow = globalThis as unknown as DomWindow & { document: DomDocument };
  const registry = topWindow[Symbol.for('understudy.elements')] as { sequence: number; nodes: DomNode[] } | undefined;
  if (!registry) {
    return { ok: false, reason: 'stale', detail: 'the page was reloaded or navigated since it was observed' };
  }
  if (registry.sequence !== request.sequence) {
    return { ok: false, reason: 'stale', detail: `the page holds observation ${registry.sequence}, not ${request.sequence}` };
  }
  const node = registry.nodes[request.id];
  if (!node) return { ok: false, reason: 'stale', detail: `element ${request.id} is not in observation ${request.sequence}` };
  if (!node.isConnected) return { ok: false, reason: 'detached', detail: `element ${request.id} was removed from the page` };
  const element: DomElement | null = node.nodeType === 1 ? (node as DomElement) : node.parentElement;
  if (!element) return { ok: false, reason: 'detached', detail: `element ${request.id} has no element to click` };

  const rectOf = (): DomRect => {
    if (node.nodeType === 1) return element.getBoundingClientRect();
    const range = (node.ownerDocument as DomDocument).createRange();
    range.selectNodeContents(node);
    // The first line of wrapped text, as the observation reported it.
    const lines = range.getClientRects();
    return lines.length > 1 ? lines[0]! : range.getBoundingClientRect();
  };
  /** Offset of the node's frame in the top-level viewport. */
  const frameOffset = (): { x: number; y: number } => {
    let x = 0;
    let y = 0;
    let view = (node.ownerDocument as DomDocument).defaultView;
    for (let depth = 0; view && view.frameElement && depth < 10; depth++) {
      const frame = view.frameElement;
      const rect = frame.getBoundingClientRect();
      x += rect.left + frame.clientLeft;
      y += rect.top + frame.clientTop;
      view = view.parent;
    }
    return { x, y };
  };

  const measure = () => {
    const rect = rectOf();
    const offset = frameOffset();
    return { x: rect.left + offset.x, y: rect.top + offset.y, width: rect.width, height: rect.height };
  };
  /** The element's ancestors in its own document, crossing open shadow roots to their hosts. */
  const ancestors = (): DomElement[] => {
    const found: DomElement[] = [];
    let current: DomNode | null = element;
    for (let depth = 0; current && depth < 200; depth++) {
      const parent: DomNode | null = current.parentNode;
      if (!parent) break;
      if (parent.nodeType === 11) current = (parent as unknown as { host?: DomElement }).host ?? null;
      else if (parent.nodeType === 1) current = parent;
      else break;
      if (current) found.push(current as DomElement);
    }
    return found;
  };
  const view = (node.ownerDocument as DomDocument).defaultView ?? topWindow;
  const clips = (overflow: string) => overflow !== 'visible' && overflow !== '';
  const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay';
  /** An ancestor's client area (inside its borders, without scroll bars), frame-local px. */
  const clientRect = (ancestor: DomElement) => {
    const rect = ancestor.getBoundingClientRect();
    const left = rect.left + ancestor.clientLeft;
    const top = rect.top + ancestor.clientTop;
    return { left, top, right: left + ancestor.clientWidth, bottom: top + ancestor.clientHeight };
  };
  /**
   * Bring the element wholly into the visible area of each scrolling ancestor
   * (innermost first), as a person scrolls a list pane until the row is fully
   * in it; a scroller smaller than the element shows its start. Instant, so a
   * page's smooth scrolling leaves nothing moving. Whether anything moved.
   */
  const scrollIntoScrollers = (): boolean => {
    let moved = false;
    for (const ancestor of ancestors()) {
      const style = view.getComputedStyle(ancestor);
      const vertical = scrolls(style.overflowY) && ancestor.scrollHeight > ancestor.clientHeight;
      const horizontal = scrolls(style.overflowX) && ancestor.scrollWidth > ancestor.clientWidth;
      if (!vertical && !horizontal) continue;
      const rect = rectOf();
      const area = clientRect(ancestor);
      const delta = (start: number, end: number, areaStart: number, areaEnd: number) =>
        start < areaStart ? start - areaStart : end > areaEnd ? Math.min(end - areaEnd, start - areaStart) : 0;
      const top = vertical ? Math.round(delta(rect.top, rect.bottom, area.top, area.bottom)) : 0;
      const left = horizontal ? Math.round(delta(rect.left, rect.right, area.left, area.right)) : 0;
      if (top === 0 && left === 0) continue;
      const before = ancestor.scrollTop + ancestor.scrollLeft;
      ancestor.scrollBy({ top, left, behavior: 'instant' });
      if (ancestor.scrollTop + ancestor.scrollLeft !== before) moved = true;
    }
    return moved;
  };
  /** The part of the element's box that no clipping ancestor (nor its frame's window) cuts off, top-level px. */
  const visibleBox = (): { left: number; top: number; right: number; bottom: number } => {
    const rect = rectOf();
    let left = rect.left;
    let top = rect.top;
    let right = rect.right;
    let bottom = rect.bottom;
    for (const ancestor of ancestors()) {
      const style = view.getComputedStyle(ancestor);
      if (!clips(style.overflowX) && !clips(style.overflowY)) continue;
      const area = clientRect(ancestor);
      if (clips(style.overflowX)) {
        left = Math.max(left, area.left);
        right = Math.min(right, area.right);
      }
      if (clips(style.overflowY)) {
        top = Math.max(top, area.top);
        bottom = Math.min(bottom, area.bottom);
      }
    }
    const offset = frameOffset();
    return {
      left: Math.max(left + offset.x, 0),
      top: Math.max(top + offset.y, 0),
      right: Math.min(right + offset.x, topWindow.innerWidth),
      bottom: Math.min(bottom + offset.y, topWindow.innerHeight),
    };
  };

  let scrolled = false;
  if (request.scroll) scrolled = scrollIntoScrollers();
  let box = measure();
  const fullyVisible =
    box.x >= 0 && box.y >= 0 && box.x + box.width <= topWindow.innerWidth && box.y + box.height <= topWindow.innerHeight;
  if (request.scroll && !fullyVisible) {
    if (element.scrollIntoViewIfNeeded) element.scrollIntoViewIfNeeded(true);
    else element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    box = measure();
    scrolled = true;
  }
  if (box.width <= 0 || box.height <= 0) {
    return { ok: false, reason: 'hidden', detail: `element ${request.id} has no size any more (hidden or collapsed)` };
  }

  /** The element at a viewport point, looking into same-origin iframes and open shadow roots. */
  const hitTest = (x: number, y: number): DomElement | null => {
    let document: DomDocument = topWindow.document;
    let localX = x;
    let localY = y;
    for (let depth = 0; depth < 10; depth++) {
      let hit = document.elementFromPoint(localX, localY);
      for (let shadowDepth = 0; hit?.shadowRoot && shadowDepth < 10; shadowDepth++) {
        const inner = (hit.shadowRoot as unknown as DomDocument).elementFromPoint(localX, localY);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      if (!hit) return null;
      const tag = hit.tagName.toUpperCase();
      if (tag === 'IFRAME' || tag === 'FRAME') {
        let inner: DomDocument | null = null;
        try {
          inner = (hit as DomIFrame).contentDocument;
        } catch {
          inner = null;
        }
        if (!inner) return hit;
        const rect = hit.getBoundingClientRect();
        localX -= rect.left + hit.clientLeft;
        localY -= rect.top + hit.clientTop;
        document = inner;
        continue;
      }
      return hit;
    }
    return null;
  };
  const accepts = (hit: DomElement | null): boolean => {
    if (!hit) return false;
    if (hit === element || element.contains(hit)) return true;
    const hitTag = hit.tagName.toUpperCase();
    // An <option> of a list box is hit-tested as its <select>.
    if (hitTag === 'SELECT' && hit.contains(element)) return true;
    // A label in front of its own control (custom-drawn checkboxes) clicks the control.
    if (hitTag === 'LABEL' && (hit as unknown as { control?: DomElement | null }).control === element) return true;
    return false;
  };

  let left = Math.max(box.x, 0);
  let top = Math.max(box.y, 0);
  let right = Math.min(box.x + box.width, topWindow.innerWidth);
  let bottom = Math.min(box.y + box.height, topWindow.innerHeight);
  if (right <= left || bottom <= top) {
    return { ok: false, reason: 'hidden', detail: `element ${request.id} is outside the viewport and could not be scrolled into view` };
  }
  // Points are tried on the part no clipping pane cuts off (a row half out of its list's pane), when there is one;
  // an element wholly clipped (a visually hidden input under its label) keeps its own box.
  const visible = visibleBox();
  if (visible.right > visible.left && visible.bottom > visible.top) {
    left = visible.left;
    top = visible.top;
    right = visible.right;
    bottom = visible.bottom;
  }
  const fractions: [number, number][] = [
    [0.5, 0.5], [0.3, 0.5], [0.7, 0.5], [0.5, 0.3], [0.5, 0.7], [0.15, 0.5], [0.85, 0.5], [0.2, 0.2], [0.8, 0.8],
  ];
  let blocker: DomElement | null = null;
  for (const [fractionX, fractionY] of fractions) {
    const x = left + (right - left) * fractionX;
    const y = top + (bottom - top) * fractionY;
    const hit = hitTest(x, y);
    if (accepts(hit)) {
      return { ok: true, x, y, box, tag: element.tagName.toLowerCase(), scrolled };
    }
    blocker ??= hit;
  }
  const describe = (other: DomElement | null) => {
    if (!other) return 'nothing';
    const id = other.id ? `#${other.id}` : '';
    const className = typeof other.className === 'string' && other.className.trim() ? `.${other.className.trim().split(/\s+/).join('.')}` : '';
    return `<${other.tagName.toLowerCase()}${id}${className}>`;
  };
  return { ok: false, reason: 'covered', detail: `element ${request.id} is covered by ${describe(blocker)}` };
}
