/** Pointer actions with real mouse input: click (double, right), hover, drag, wheel scroll. */
import type { Action } from '../../../core/action.js';
import type { ActionResult } from '../../../core/operator.js';
import { runInPage } from '../page-script/run-in-page.js';
import { waitUntilStill } from '../page-script/wait-until-still.js';
import type { ActingContext } from './acting-context.js';
import { dragMoves } from './drag-path.js';
import { settleHover } from './hover-settle.js';

type Of<Type extends Action['type']> = Extract<Action, { type: Type }>;

export async function click(context: ActingContext, action: Of<'click' | 'double-click' | 'right-click'>): Promise<ActionResult | undefined> {
  const mouse = context.page.mouse;
  const located = await context.pointOf(action.target, true);
  if ('ok' in located) return located;
  // Pointer onto the target first, pressed once a hover that swapped its image has settled (hover-settle.ts).
  const point = await settleHover(context, action.target, context.firstSegmentOf(action.target, located));
  const failed = await context.pressOn(action.target, () =>
    action.type === 'double-click' ? mouse.dblclick(point.x, point.y) : mouse.click(point.x, point.y, { button: action.type === 'right-click' ? 'right' : 'left' }),
  );
  if (!failed) await settleLayout(context);
  return failed;
}

/** How long a click waits at most for the page to stop moving, ms (a jQuery slide is ~400 ms). */
const LAYOUT_SETTLE_MS = 1000;

/** Wait until what the click set moving (a section sliding open) is at rest (page-script/wait-until-still.ts); a page that navigated away has nothing to wait for. */
async function settleLayout(context: ActingContext): Promise<void> {
  await runInPage(context.page, waitUntilStill, { timeoutMs: LAYOUT_SETTLE_MS }).catch(() => undefined);
}

export async function hover(context: ActingContext, action: Of<'hover'>): Promise<ActionResult | undefined> {
  const point = await context.pointOf(action.target, true);
  if ('ok' in point) return point;
  await context.page.mouse.move(point.x, point.y, { steps: 4 });
  return undefined;
}

export async function drag(context: ActingContext, action: Of<'drag'>): Promise<ActionResult | undefined> {
  const mouse = context.page.mouse;
  const from = await context.pointOf(action.from, true);
  if ('ok' in from) return from;
  const to = await context.pointOf(action.to, false);
  if ('ok' in to) return to;
  await mouse.move(from.x, from.y);
  await mouse.down();
  // Several intermediate moves, through the demonstrated waypoints (drag-path.ts).
  for (const move of dragMoves(from, to, action.path)) await mouse.move(move.x, move.y, { steps: move.steps });
  await mouse.up();
  return undefined;
}

/** The wheel over the target (or the middle of the viewport), then wait for smooth scrolling to settle. */
export async function scroll(context: ActingContext, action: Of<'scroll'>): Promise<ActionResult | undefined> {
  const mouse = context.page.mouse;
  let point: { x: number; y: number };
  if (action.target) {
    const located = await context.pointOf(action.target, true);
    if ('ok' in located) return located;
    point = located;
  } else {
    const viewport = context.viewportSize();
    point = { x: viewport.width / 2, y: viewport.height / 2 };
  }
  await mouse.move(point.x, point.y);
  await mouse.wheel(action.deltaX, action.deltaY);
  await runInPage(context.page, waitUntilStill, { scrollersAt: point, timeoutMs: 1000 });
  return undefined;
}
