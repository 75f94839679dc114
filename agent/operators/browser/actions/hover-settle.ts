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
 * So a click on an element moves the pointer there first and looks again a
 * few frames apart until two looks in a row agree that the hover has settled:
 * the element under the pointer reaches the target AND is in the browser's
 * hover state (page-script/hover-look.ts), and the target has not moved
 * between them (as stable-point.ts waits for a control still moving) — then
 * presses. A target that moved off the point meanwhile (an icon beside it
 * whose image loaded late pushed it along) is aimed at again where it is now.
 * "Reached twice" alone was not enough under load: a swap still
 * loading flickers (no size while hovered, its size back while unhovered), two
 * looks could both catch it sized, and the press went to the post. Bounded: a
 * hover that never settles is pressed at the first point, and the landing
 * check (landing-check.ts) says where the press went. A target the page
 * script cannot judge (inside a frame) is pressed once it is reached twice.
 */
import type { Target } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import { hoverLook, type HoverLook } from '../page-script/hover-look.js';
import { runInPage } from '../page-script/run-in-page.js';
import type { ActingContext } from './acting-context.js';

/** Time between two looks, ms: a few animation frames. */
const LOOK_GAP_MS = 40;
/** Most looks while the hover settles (about 1 s, more on a loaded machine). */
const MAX_LOOKS = 25;
/** Most times a target that moved off the point is aimed at again. */
const MAX_RE_AIMS = 3;
/** Two looks within this distance agree, px. */
const SAME_PX = 1;

/** The point to press on `target` once hovering it has settled; `point` where nothing needs waiting for. */
export async function settleHover(context: ActingContext, target: Target, aimed: { x: number; y: number }): Promise<{ x: number; y: number }> {
  let point = aimed;
  if (!('elementId' in target)) return point;
  await context.page.mouse.move(point.x, point.y);
  const request = { sequence: context.sequence, id: target.elementId, x: point.x, y: point.y };
  let last: HoverLook | undefined;
  let reAims = 0;
  // Reached twice, for targets the page script cannot judge.
  let hits = 0;
  for (let look = 0; look < MAX_LOOKS; look++) {
    const now = await runInPage(context.page, hoverLook, request).catch(() => null);
    if (now && !now.reaches && reAims < MAX_RE_AIMS && !inside(point, now.box) && now.box.width > 0 && now.box.height > 0) {
      // The target moved off the point (an image above or beside it loaded late): aim again and look again.
      reAims++;
      const again: { x: number; y: number } | ActionResult = await context.pointOf(target, false);
      const aim = 'ok' in again ? undefined : context.firstSegmentOf(target, again);
      if (aim && (Math.abs(aim.x - point.x) > SAME_PX || Math.abs(aim.y - point.y) > SAME_PX)) {
        point = aim;
        request.x = point.x;
        request.y = point.y;
        await context.page.mouse.move(point.x, point.y);
        last = undefined;
        continue;
      }
    }
    if (now) {
      const settled = now.reaches && now.hovered;
      // Settled on two looks in a row, unmoved: press where it was aimed (a date field's first segment stays the aim).
      if (settled && last && unmoved(last.box, now.box)) return point;
      last = settled ? now : undefined;
    } else {
      const again: { x: number; y: number } | ActionResult = await context.pointOf(target, false);
      hits = 'ok' in again ? 0 : hits + 1;
      if (hits >= 2) return point;
    }
    await context.page.waitForTimeout(LOOK_GAP_MS);
  }
  return point;
}

function inside(point: { x: number; y: number }, box: HoverLook['box']): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

function unmoved(a: HoverLook['box'], b: HoverLook['box']): boolean {
  return Math.abs(a.x - b.x) <= SAME_PX && Math.abs(a.y - b.y) <= SAME_PX && Math.abs(a.width - b.width) <= SAME_PX && Math.abs(a.height - b.height) <= SAME_PX;
}
