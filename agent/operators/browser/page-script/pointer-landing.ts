/**
 * The in-page half of checking where a click landed (see
 * track-pointer-landing.ts for the listener that notes it):
 *
 * - `armPointerLanding` just before the press: forget any earlier landing and
 *   remember what the intended element looks like (tag, text, box), in case
 *   the page re-renders it by the time the landing is judged;
 * - `judgePointerLanding` just after: did the press land on the intended
 *   element (or inside it, or on its label, or on the list box of an option),
 *   on a re-rendered copy of it, on something else, or is it unknown (no
 *   trusted press was seen: a cross-origin frame, a navigation)?
 *
 * Serialised into the page by Playwright: self-contained, see extract-elements.ts.
 */
import type { DomElement, DomNode } from './dom-types.js';

export interface PointerLandingRequest {
  /** The observation the id belongs to. */
  sequence: number;
  id: number;
}

export type PointerLanding =
  | { verdict: 'intended' | 'unknown' }
  | { verdict: 'elsewhere'; hit: string; intended: string };

interface LandingRecord {
  armed: boolean;
  hit: DomNode | null;
  release: DomNode | null;
  node: DomNode | null;
  tag: string;
  text: string;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** Forget the last landing and remember the intended element. Runs in the page. */
export function armPointerLanding(request: PointerLandingRequest): boolean {
  const top = globalThis as unknown as Record<symbol, unknown>;
  const registry = top[Symbol.for('understudy.elements')] as { sequence: number; nodes: DomNode[] } | undefined;
  const node = registry && registry.sequence === request.sequence ? registry.nodes[request.id] ?? null : null;
  const element: DomElement | null = node ? (node.nodeType === 1 ? (node as DomElement) : node.parentElement) : null;
  const rect = element?.getBoundingClientRect();
  const record: LandingRecord = {
    armed: true,
    hit: null,
    release: null,
    node: element,
    tag: element ? element.tagName : '',
    text: element ? (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300) : '',
    box: rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null,
  };
  top[Symbol.for('understudy.pointer-landing')] = record;
  return element !== null;
}

/** Where the press since arming landed, judged against the intended element. Runs in the page. */
export function judgePointerLanding(_request: PointerLandingRequest): PointerLanding {
  const top = globalThis as unknown as Record<symbol, unknown>;
  const key = Symbol.for('understudy.pointer-landing');
  const record = top[key] as LandingRecord | undefined;
  top[key] = undefined;
  if (!record || !record.node || !record.hit) return { verdict: 'unknown' };
  const intended = record.node as DomElement;
  /** The parent of a node, crossing out of a shadow root to its host. */
  const parentOf = (node: DomNode): DomNode | null => {
    if (node.parentNode) return node.parentNode;
    const host = (node as unknown as { host?: DomNode }).host;
    return host ?? null;
  };
  const within = (node: DomNode, ancestor: DomNode): boolean => {
    for (let at: DomNode | null = node, depth = 0; at && depth < 200; at = parentOf(at), depth++) if (at === ancestor) return true;
    return false;
  };
  const text = (node: DomNode) => (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
  /** Did a press or release on this element reach the intended one? */
  const reaches = (hitElement: DomElement): boolean => {
    if (within(hitElement, intended)) return true;
    const hitTag = hitElement.tagName.toUpperCase();
    // An <option> of a list box is pressed through its <select>; a label presses its own control.
    if (hitTag === 'SELECT' && within(intended, hitElement)) return true;
    const control = (hitElement as unknown as { control?: DomNode | null }).control;
    if (hitTag === 'LABEL' && control && (control === intended || within(control, intended))) return true;
    const labelOf = (intended as unknown as { labels?: ArrayLike<DomNode> | null }).labels;
    if (labelOf) for (let index = 0; index < labelOf.length; index++) if (within(hitElement, labelOf[index]!)) return true;
    // The page re-rendered the target between the look and the press (a list that redraws itself):
    // a copy with the same tag, text and place is the same thing to a person.
    if (record.box && !intended.isConnected) {
      for (let at: DomNode | null = hitElement, depth = 0; at && depth < 8; at = parentOf(at), depth++) {
        if (at.nodeType !== 1) continue;
        const element = at as DomElement;
        if (element.tagName !== record.tag || text(element) !== record.text) continue;
        const rect = element.getBoundingClientRect();
        const near = Math.abs(rect.left - record.box.x) <= 4 && Math.abs(rect.top - record.box.y) <= 4;
        if (near && Math.abs(rect.width - record.box.width) <= 4 && Math.abs(rect.height - record.box.height) <= 4) return true;
      }
    }
    return false;
  };
  const describe = (element: DomElement): string => {
    const id = element.id ? `#${element.id}` : '';
    const className = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const words = text(element).slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${className}>${words ? ` "${words}"` : ''}`;
  };
  const elementOf = (node: DomNode | null): DomElement | null => (node ? (node.nodeType === 1 ? (node as DomElement) : node.parentElement) : null);
  const pressed = elementOf(record.hit);
  if (!pressed) return { verdict: 'unknown' };
  if (!reaches(pressed)) return { verdict: 'elsewhere', hit: describe(pressed), intended: describe(intended) };
  // Pressed on the target but released on something that came over it: the page saw no click on the target.
  const released = elementOf(record.release);
  // A field is pressed to focus it, and its press may open a pop-up over it (a date picker) that takes the
  // release: the field having the focus is what the press was for.
  const field = intended as DomElement & { type?: string; isContentEditable?: boolean };
  const tag = field.tagName.toUpperCase();
  const isField = tag === 'TEXTAREA' || tag === 'SELECT' || field.isContentEditable === true ||
    (tag === 'INPUT' && !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'color', 'range'].includes(String(field.type).toLowerCase()));
  const focused = (intended.ownerDocument as unknown as { activeElement?: DomNode | null } | null)?.activeElement;
  if (released && !reaches(released) && isField && focused && within(focused, intended)) return { verdict: 'intended' };
  // The page took the target away as it was pressed (a suggestion that closes its list on mousedown): it
  // answered the press; nothing came over a target that is no longer there.
  const gone = !intended.isConnected || (intended as unknown as { getClientRects(): ArrayLike<unknown> }).getClientRects().length === 0;
  if (released && !reaches(released) && gone) return { verdict: 'intended' };
  if (released && !reaches(released)) return { verdict: 'elsewhere', hit: `${describe(released)} (where the button was released)`, intended: describe(intended) };
  return { verdict: 'intended' };
}
