/**
 * An init script: notes which element a trusted pointer press actually lands
 * on, so the operator can tell a click that hit its target from one that hit
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
  type Listener = (event: { isTrusted: boolean; composedPath(): unknown[]; target: unknown }) => void;
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
    const record = holder[key] as { armed: boolean; hit: unknown } | undefined;
    // Only the first press after the operator armed the note counts (a double click presses twice).
    if (!record || !record.armed || record.hit) return;
    // The innermost target, inside open shadow roots too.
    record.hit = event.composedPath()[0] ?? event.target;
  };
  scope.addEventListener('pointerdown', note, { capture: true, passive: true });
  scope.addEventListener('mousedown', note, { capture: true, passive: true });
}
