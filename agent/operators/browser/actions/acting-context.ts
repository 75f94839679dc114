/**
 * What an action needs from the browser operator: the page, the observation
 * its ids belong to, and the operator's ways to find a target's point, press
 * on it with the landing check, and look an element up.
 */
import type { Page } from 'playwright-core';
import type { Target } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { ActionResult } from '../../../core/operator.js';

export type Point = { x: number; y: number };

export interface ActingContext {
  page: Page;
  /** The sequence number of the latest observation (the one element ids belong to). */
  sequence: number;
  /** The point to act on (scrolled into view first when `scroll`), or why there is none. */
  pointOf(target: Target, scroll: boolean): Promise<Point | ActionResult>;
  /** Press with the landing check: a failure when the press reached something else. */
  pressOn(target: Target, press: () => Promise<void>): Promise<ActionResult | undefined>;
  /** The element of the latest observation with this id, or why there is none. */
  elementOf(id: number): UIElement | ActionResult;
  /** A segmented field (date, time) is pressed in its first segment. */
  firstSegmentOf(target: Target, point: Point): Point;
  viewportSize(): { width: number; height: number };
  /** Type into a date/time field segment by segment. */
  typeSegmented(field: UIElement, value: string): Promise<ActionResult | undefined>;
}

