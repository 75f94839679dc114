/**
 * The desktop operator's guard against acting on Understudy's own window
 * (own-window.ts finds the window): every way the operator acts is checked
 * before it acts — a point on screen (real input), an accessible element
 * wherever it is (the accessibility interface acts off screen), and keys
 * without a target (they go to the focused window). Split from
 * desktop-operator.ts, which asks it once per action.
 */
import { actionTargets, type Action, type Target } from '../../core/action.js';
import { findElement, type Observation } from '../../core/observation.js';
import type { ActionResult } from '../../core/operator.js';
import type { AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import type { LogicalRegion } from './desktop-operator-options.js';
import { focusIsOwn, ownAccessibleWindow, ownWindowAt, readOwnWindows, type OwnWindowSpec, type OwnWindowState } from './own-window.js';

/** What the guard reads of the operator, each time it is asked. */
export interface OwnWindowGuardContext {
  display: string;
  /** Which windows are ours, or false when none is looked for. */
  spec: OwnWindowSpec | false;
  /** The operator's region, logical pixels. */
  region: LogicalRegion;
  /** Physical pixels per logical pixel. */
  scaleFactor: number;
  /** A target's point on screen (physical pixels), or why it does not resolve. */
  resolve(target: Target): { x: number; y: number } | ActionResult;
  /** The latest observation and its top-level accessible windows (physical pixels). */
  latest(): Observation | undefined;
  latestWindows(): Pick<AccessibilitySnapshot, 'windows' | 'elementWindows'> | undefined;
}

/**
 * Why the action would land in Understudy's own window (never acted on), or
 * undefined. Every way the operator acts is checked: a point on screen
 * (real input: a target's centre, a targetless scroll's centre of the
 * region), an accessible element wherever it is (the accessibility
 * interface acts off screen, where no point can be checked: its top-level
 * window must not be ours), and keys without a target (they go to the
 * focused window).
 */
export async function ownWindowRefusal(context: OwnWindowGuardContext, action: Action): Promise<string | undefined> {
  const spec = context.spec;
  if (spec === false) return undefined;
  const targets = actionTargets(action);
  const latest = context.latest();
  const latestWindows = context.latestWindows();
  // Targets that do not resolve are left to perform(), which says why.
  const points = targets.map((target) => context.resolve(target)).filter((point): point is { x: number; y: number } => !('ok' in point));
  if (action.type === 'scroll' && !action.target) {
    const region = context.region;
    points.push({ x: (region.x + region.width / 2) * context.scaleFactor, y: (region.y + region.height / 2) * context.scaleFactor });
  }
  const accessible = targets.flatMap((target) => {
    const element = 'elementId' in target && latest ? findElement(latest, target.elementId) : undefined;
    const index = element?.source === 'a11y' ? latestWindows?.elementWindows?.get(element.id) : undefined;
    const window = index === undefined ? undefined : latestWindows?.windows[index];
    return element && window ? [{ element, window }] : [];
  });
  const keysOnly = (action.type === 'press' || action.type === 'type') && targets.length === 0;
  if (points.length === 0 && accessible.length === 0 && !keysOnly) return undefined;
  const state = await readOwnWindows(context.display, spec);
  for (const { element, window } of accessible) {
    if (!ownAccessibleWindow(state, spec, window)) continue;
    return `the ${action.type} on ${element.role} "${element.text}" would act in Understudy's own window ("${window.title}"): the agent never acts on its own app`;
  }
  for (const point of points) {
    const refusal = ownPointRefusal(state, context.scaleFactor, action.type, point);
    if (refusal) return refusal;
  }
  if (keysOnly && focusIsOwn(state)) return `the keyboard focus is in Understudy's own window: the ${action.type} would go to its own app, which the agent never acts on`;
  return undefined;
}

/** For the clicks an action makes on its own way (a combo box's option in its pop-up): why a point (physical pixels) is ours, or undefined. */
export async function ownWindowAtPoint(context: Pick<OwnWindowGuardContext, 'display' | 'spec' | 'scaleFactor'>, point: { x: number; y: number }): Promise<string | undefined> {
  if (context.spec === false) return undefined;
  return ownPointRefusal(await readOwnWindows(context.display, context.spec), context.scaleFactor, 'click', point);
}

function ownPointRefusal(state: OwnWindowState, scaleFactor: number, what: string, point: { x: number; y: number }): string | undefined {
  if (!ownWindowAt(state, point)) return undefined;
  const logical = { x: Math.round(point.x / scaleFactor), y: Math.round(point.y / scaleFactor) };
  return `the ${what} at (${logical.x}, ${logical.y}) would land in Understudy's own window: the agent never acts on its own app`;
}
