/**
 * Which element a press, a hover or a drop means: the innermost thing a
 * person aims at under the pointer (a control, a word link, an icon), not the
 * node the event landed on (a glyph's <span>, padding) nor a large clickable
 * container around it. In-page code.
 */
import { CLICKABLE_KEY } from '../../../../agent/operators/browser/page-script/extract/click-handlers.js';
import { styleOf } from './frames.js';
import { norm } from './fields.js';
import type { PageElement, PageNode, PageWindow } from './page-dom.js';

/** Controls: a press anywhere inside one means it. */
export const CONTROL =
  'a[href],button,input,select,textarea,label,summary,option,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio],[role=option],[role=treeitem],[role=switch],[contenteditable=""],[contenteditable=true]';

const area = (el: PageElement): number => {
  const rect = el.getBoundingClientRect();
  return rect.width * rect.height;
};

/**
 * The area an element spans, counting content that overflows its box: a list whose rows float has a box
 * of no height (it collapsed around them) yet spans all its rows.
 */
const spanned = (el: PageElement): number => Math.max(area(el), (el.scrollWidth || 0) * (el.scrollHeight || 0));

/** Signs of a click handler the recorder can read without having watched it being bound. */
export const knownClickable = (el: PageElement): boolean => {
  if (el.hasAttribute('onclick') || el.hasAttribute('onmousedown') || typeof el['onclick'] === 'function') return true;
  const tracked = (globalThis as unknown as PageWindow)[Symbol.for(CLICKABLE_KEY)] as { has?(value: unknown): boolean } | undefined;
  if (tracked && tracked.has && tracked.has(el)) return true;
  const on = el['__on'];
  if (el['__onclick'] || el['__onmousedown'] || (Array.isArray(on) && on.some((listener: { type?: string } | null) => listener && /^(click|mousedown|mouseup|pointerdown)$/.test(String(listener.type))))) return true;
  try {
    const jquery = (globalThis as unknown as PageWindow)['jQuery'] as { _data?(target: unknown, key: string): Record<string, unknown> | undefined } | undefined;
    const events = jquery && jquery._data && jquery._data(el, 'events');
    if (events && (events['click'] || events['mousedown'] || events['mouseup'])) return true;
  } catch {
    // Not jQuery's.
  }
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && Number(tabindex) >= 0) return true;
  const parent = el.parentElement;
  return styleOf(el).cursor === 'pointer' && !(parent && styleOf(parent).cursor === 'pointer');
};

const named = (el: PageElement): boolean =>
  !!(norm(el.getAttribute('aria-label')) || norm(el.getAttribute('title')) || norm(el.getAttribute('alt')) || (el.tagName === 'svg' && el.querySelector('title')));

const ownText = (el: PageElement): boolean => Array.from(el.childNodes).some((node) => node.nodeType === 3 && norm(node.nodeValue));

/**
 * A clickable element this many times the area of the element under the pointer, with nothing named or
 * worded in between, is a container whose one handler serves its rows (a tree or a list with a delegated
 * click): not what was aimed at.
 */
const CONTAINER_AREA_RATIO = 4;

/** Elements meaningfulTarget chose as the row inside such a container (see isRowOfContainer). */
const rowsOfContainers = new WeakSet<PageElement>();

/**
 * Was 'node' chosen as the row under the pointer inside a large clickable container? Such a row did
 * not react to the press itself (the container's handler did), so it is not to be observed as clickable.
 */
export const isRowOfContainer = (node: PageElement | null | undefined): boolean => !!node && rowsOfContainers.has(node);

/**
 * The element a press on 'start' means, innermost first: a control (a link, a button, a field, an ARIA
 * widget) around the pointer; else the smallest named or worded element under the pointer — a word link
 * or an icon — unless a clickable element around it is hardly bigger; else the clickable element around
 * it, unless that is a large container around the element under the pointer (a click on the blank part
 * of a row): then that element, whose observed element is the nearest one around it (event-snapshot.ts).
 */
export const meaningfulTarget = (start: PageNode | null | undefined): PageElement | null => {
  const el = (start && start.nodeType === 1 ? start : start && start.parentElement) as PageElement | null | undefined;
  if (!el || !el.closest) return el ?? null;
  const control = el.closest(CONTROL);
  if (control) return control;
  let inner: PageElement | null = null;
  const doc = el.ownerDocument || (globalThis as unknown as PageWindow).document;
  for (let node: PageElement | null = el; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
    if (!inner && (named(node) || ownText(node) || ['IMG', 'svg', 'CANVAS'].includes(node.tagName))) inner = node;
    if (knownClickable(node)) {
      if (!inner && node !== el && area(el) > 0 && spanned(node) > CONTAINER_AREA_RATIO * area(el)) {
        rowsOfContainers.add(el);
        return el;
      }
      if (!inner || inner === node) return node;
      // A small icon or word inside a larger clickable row: the inner element is what was aimed at.
      return spanned(node) > 2 * area(inner) ? inner : node;
    }
  }
  return inner || el;
};
