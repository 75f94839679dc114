/**
 * Chart marks compared by size: "the tallest bar", "the bar with the lowest
 * value", "the shortest bar". A bar chart shows its quantity as the length
 * of each bar, so among marks of one kind (agent/observation/chart-marks.ts)
 * that share one dimension and differ in the other, that other dimension is
 * the quantity: heights for vertical bars, widths for horizontal ones.
 * Marks that vary in both (points of a scatter plot) or in neither say
 * nothing by their size, and are left to the texts around them.
 *
 * Pure; no task knowledge.
 */
import type { UIElement } from '../../core/observation.js';
import { isChartMark } from '../../observation/chart-marks.js';

/** Two lengths closer than this, logical px, are one length (rounding of drawn shapes). */
const SAME_PX = 0.5;

/** The length each mark shows its quantity by, in `peers` order; undefined when the peers are no bars of one chart. */
export function markExtents(peers: readonly UIElement[]): number[] | undefined {
  if (peers.length < 2 || !peers.every(isChartMark)) return undefined;
  const alike = (values: number[]) => Math.max(...values) - Math.min(...values) <= SAME_PX;
  const widths = peers.map((peer) => peer.box.width);
  const heights = peers.map((peer) => peer.box.height);
  if (alike(widths) && !alike(heights)) return heights;
  if (alike(heights) && !alike(widths)) return widths;
  return undefined;
}
