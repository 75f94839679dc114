/**
 * The in-page half of waiting for a hover to settle before a press (see
 * actions/hover-settle.ts): with the pointer resting at a point, does the
 * element there reach the target, is it in the browser's hover state (the
 * hover styles apply to what is under the pointer now), and where is the
 * target? A CSS image that swaps on hover and is still loading gives neither
 * "reaches" and "hovered" together: the icon has no size while hovered (the
 * pointer is over what is behind it), and is unhovered while it has its size.
 *
 * Serialised into the page by Playwright: self-contained, see extract-elements.ts.
 */
import type { DomDocument, DomElement, DomNode, DomWindow } from './dom-types.js';

export interface HoverLookRequest {
  /** The observation the id belongs to. */
  sequence: number;
  id: number;
  /** Where the pointer rests, viewport CSS px. */
  x: number;
  y: number;
}

export interface HoverLook {
  /** The element at the point is the target, inside it, or its label. */
  reaches: boolean;
  /** The element at the point matches :hover: the browser's hover state has caught up with the page. */
  hovered: boolean;
  box: { x: number; y: number; width: number; height: number };
}

/** One look, or null when it cannot be judged here (a stale id, a target inside a frame). Runs in the page. */
export function hoverLook(request: HoverLookRequest): HoverLook | null {
  const top = globalThis as unknown as DomWindow & { document: DomDocument };
  const registry = top[Symbol.for('understudy.elements')] as { sequence: number; nodes: DomNode[] } | undefined;
  if (!registry || registry.sequence !== request.sequence) return null;
  const node = registry.nodes[request.id];
  if (!node || !node.isConnected) return null;
  const element: DomElement | null = node.nodeType === 1 ? (node as DomElement) : node.parentElement;
  if (!element || element.ownerDocument !== top.document) return null;
  let hit = top.document.elementFromPoint(request.x, request.y);
  for (let depth = 0; hit?.shadowRoot && depth < 10; depth++) {
    const inner = (hit.shadowRoot as unknown as DomDocument).elementFromPoint(request.x, request.y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const rect = element.getBoundingClientRect();
  const box = { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  if (!hit) return { reaches: false, hovered: false, box };
  const tag = hit.tagName.toUpperCase();
  const reaches =
    hit === element ||
    element.contains(hit) ||
    (tag === 'SELECT' && hit.contains(element)) ||
    (tag === 'LABEL' && (hit as unknown as { control?: DomElement | null }).control === element);
  return { reaches, hovered: hit.matches(':hover'), box };
}
