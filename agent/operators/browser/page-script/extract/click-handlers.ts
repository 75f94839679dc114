/**
 * Does an element react to a click? Listeners are not visible from the DOM,
 * so this reads every place libraries and our own tracker leave them: the
 * tracker's set (track-click-listeners.ts, also in same-origin frames),
 * on* attributes and properties, d3's node fields, jQuery's handler store
 * (direct and delegated), and nodes the caller names. In-page code.
 */
import type { DomDocument, DomElement, DomWindow } from '../dom-types.js';

/** Where track-click-listeners.ts keeps the elements it saw a click listener added to. */
export const CLICKABLE_KEY = 'understudy.clickable';

type JQueryEvents = Record<string, { selector?: string }[]>;

/**
 * A click-handler test for one extraction pass. jQuery's delegated handlers are collected once here
 * (from the document and every element), so each element's test is a few lookups.
 */
export function createClickDetector(topWindow: DomWindow, topDocument: DomDocument, forcedClickable: unknown[]): (element: DomElement) => boolean {
  const CLICKABLE = Symbol.for(CLICKABLE_KEY);
  // jQuery keeps handlers in its own store. Delegated ones hang off an ancestor with a selector: document and body
  // usually, a widget's own container for jQuery UI (a menu's "click .ui-menu-item").
  const delegated: { container: DomElement | null; selector: string }[] = [];
  const jquery = (topWindow as unknown as { jQuery?: { _data?: (target: unknown, key: string) => unknown } }).jQuery;
  const jqueryEvents = (target: unknown): JQueryEvents | undefined => {
    try {
      return jquery?._data?.(target, 'events') as JQueryEvents | undefined;
    } catch {
      return undefined;
    }
  };
  const noteDelegated = (target: unknown, container: DomElement | null) => {
    const events = jqueryEvents(target);
    if (!events) return;
    for (const type of ['click', 'mousedown', 'mouseup', 'dblclick']) {
      for (const handler of events[type] ?? []) if (handler.selector) delegated.push({ container, selector: handler.selector });
    }
  };
  if (jquery?._data) {
    noteDelegated(topDocument, null);
    for (const element of Array.from(topDocument.querySelectorAll('*')) as DomElement[]) noteDelegated(element, element);
  }
  const clickableSet = topWindow[CLICKABLE] as { has(value: unknown): boolean } | undefined;

  return (element: DomElement): boolean => {
    if (forcedClickable.length > 0 && forcedClickable.includes(element)) return true;
    // d3 keeps its listeners on the node: v3 as `__onclick`, v4+ as an `__on` list. Handlers bound
    // before our listener tracker arrived are found there.
    const d3 = element as unknown as Record<string, unknown> & { __on?: { type?: string }[] };
    if (d3.__onclick || d3.__onmousedown || d3.__onmouseup) return true;
    if (Array.isArray(d3.__on) && d3.__on.some((listener) => ['click', 'mousedown', 'mouseup', 'pointerdown'].includes(String(listener?.type)))) return true;
    if (element.hasAttribute('onclick') || element.hasAttribute('onmousedown') || element.hasAttribute('ng-click')) return true;
    const handlerProperty = (element as unknown as { onclick?: unknown }).onclick;
    if (typeof handlerProperty === 'function') return true;
    if (clickableSet?.has(element)) return true;
    const frameClickable = (element.ownerDocument?.defaultView as DomWindow | undefined)?.[CLICKABLE] as
      | { has(value: unknown): boolean }
      | undefined;
    if (frameClickable && frameClickable !== clickableSet && frameClickable.has(element)) return true;
    const events = jquery ? jqueryEvents(element) : undefined;
    if (events && (events.click || events.mousedown || events.mouseup || events.dblclick)) return true;
    for (const { container, selector } of delegated) {
      if (container && (container === element || !container.contains(element))) continue;
      try {
        if (element.matches(selector)) return true;
      } catch {
        // A selector jQuery understands but the DOM does not (":visible"); ignore it.
      }
    }
    return false;
  };
}
