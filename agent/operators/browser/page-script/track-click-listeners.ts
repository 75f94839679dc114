/**
 * An init script: remembers which elements get mouse listeners through
 * addEventListener, so the extraction pass can report a <div> with a click
 * handler as interactive. Page code cannot tell the difference: listeners are
 * registered as before, only noted in a WeakSet.
 *
 * Serialised into every frame by Playwright's addInitScript: self-contained.
 */
export function trackClickListeners(): void {
  const scope = globalThis as unknown as Record<symbol, unknown> & {
    EventTarget?: { prototype: { addEventListener: (...args: unknown[]) => unknown } };
    Element?: abstract new () => unknown;
  };
  const key = Symbol.for('understudy.clickable');
  if (scope[key] || !scope.EventTarget || !scope.Element) return;
  const clickable = new WeakSet<object>();
  scope[key] = clickable;
  // Installed before the document's own scripts ran (an init script): then every listener bound since
  // is known, and an element missing from the set has none of its own. Installed later, the set is partial.
  const document = (scope as unknown as { document?: { readyState?: string } }).document;
  scope[Symbol.for('understudy.clickable-from-start')] = document?.readyState === 'loading';
  const types = new Set(['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'contextmenu']);
  const ElementClass = scope.Element;
  const prototype = scope.EventTarget.prototype;
  const original = prototype.addEventListener;
  prototype.addEventListener = function addEventListener(this: unknown, ...args: unknown[]) {
    if (typeof args[0] === 'string' && types.has(args[0]) && this instanceof ElementClass) {
      const tag = String((this as { tagName?: string }).tagName).toUpperCase();
      if (tag !== 'BODY' && tag !== 'HTML') clickable.add(this as object);
    }
    return original.apply(this, args);
  };
}
