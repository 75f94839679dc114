/**
 * An init script: notes which element a trusted pointer press and its release
 * actually land on, so the operator can tell a click that hit its target from one that hit
 * something which appeared over it in the meantime (a cookie banner, a modal
 * opening at a random moment). The operator checks the point before it
 * presses; this is what happened at the press itself.
 *
 * A capture-phase listener on the window runs before any listener of the
 * page's elements, so the page cannot hide the press from it; it only reads
 * the event. Installed in every frame: a same-origin frame writes into its
 * top window, where the operator reads (see pointer-landing.ts); a frame that
 * cannot reach its top keeps the note to itself and the landing stays unknown.
 *
 * Serialised into every frame by Playwright's addInitScript: self-contained.
 */
export function trackPointerLanding(): void {
  type Listener = (event: { type: string; isTrusted: boolean; composedPath(): unknown[]; target: unknown }) => void;
  const scope = globalThis as unknown as Record<symbol, unknown> & {
    addEventListener?: (type: string, listener: Listener, options: { capture: boolean; passive: boolean }) => void;
    top?: Record<symbol, unknown> | null;
  };
  const installed = Symbol.for('understudy.pointer-landing-tracker');
  if (scope[installed] || typeof scope.addEventListener !== 'function') return;
  scope[installed] = true;
  const key = Symbol.for('understudy.pointer-landing');
  const note: Listener = (event) => {
    if (!event.isTrusted) return;
    let holder: Record<symbol, unknown> = scope;
    try {
      if (scope.top && scope.top[key] !== undefined) holder = scope.top;
    } catch {
      holder = scope;
    }
    const record = holder[key] as { armed: boolean; hit: unknown; release: unknown } | undefined;
    if (!record || !record.armed) return;
    // The innermost target, inside open shadow roots too.
    const target = event.composedPath()[0] ?? event.target;
    // A click happens only where both the press and the release land: the first press after the
    // operator armed the note (a double click presses twice), the last release.
    if (event.type === 'pointerdown' || event.type === 'mousedown') record.hit ??= target;
    else if (record.hit) record.release = target;
  };
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    scope.addEventListener(type, note, { capture: true, passive: true });
  }
}
