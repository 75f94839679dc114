/**
 * A person moves the pointer onto a control, sees it light up, then presses.
 * Many pages draw a wordless icon as a CSS image that swaps for another file
 * on hover (`.more:hover { content: url(more-hover.png) }`): until that file
 * has loaded the icon has no size, the pointer is over the post around it,
 * and a press made at once goes down on the post and comes up on the icon —
 * the browser sends the click to the post, and the icon's menu never opens.
 * Measured on the real MiniWoB social-media page: every replay of a recorded
 * "more" click failed that way, while the person's own (slower) click worked.
 *
 * So a click on an element moves the pointer there first and, when the
 * element under the pointer is no longer the target (the hover changed the
 * page), looks again a few frames later until a press would reach the
 * target on two looks in a row (a swap still loading flickers) — then
 * presses. Bounded: a target that never comes
 * back is pressed at the first point, and the landing check (landing-check.ts)
 * says where the press went.
 */
import type { Target } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import type { ActingContext } from './acting-context.js';

/** Time between two looks, ms: a few animation frames. */
const LOOK_GAP_MS = 40;
/** Most looks while the hover settles (about 0.8 s). */
const MAX_LOOKS = 20;

/** The point to press on `target` once hovering it has settled; `point` where nothing needs waiting for. */
export async function settleHover(context: ActingContext, target: Target, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  if (!('elementId' in target)) return point;
  await context.page.mouse.move(point.x, point.y);
  // Two looks in a row that reach the target: a swap still loading flickers (no size, unhovered, hovered again …).
  let hits = 0;
  for (let look = 0; look < MAX_LOOKS; look++) {
    const again: { x: number; y: number } | ActionResult = await context.pointOf(target, false);
    hits = 'ok' in again ? 0 : hits + 1;
    // Reached where it is, twice: press where it was aimed (a date field's first segment stays the aim).
    if (hits >= 2) return point;
    await context.page.waitForTimeout(LOOK_GAP_MS);
  }
  return point;
}
