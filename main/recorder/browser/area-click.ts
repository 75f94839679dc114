/**
 * A click whose point inside a large, wordless area is what it means: a spot on a map, a canvas, a
 * "find the hidden spot" area — the page reads where the click landed. Stored as the element, its replay
 * clicks the centre, another spot. `positional-click.ts` keeps the point for long, thin tracks only; this
 * covers two-dimensional areas. Seen on a real page (MiniWoB++ hot-cold: a wordless 156×127 area, 0/3
 * demonstrations replayed). Fields and lists are left out: their centre does what any point of them does. Pure.
 */
import type { BoundingBox } from '../../../agent/core/observation.js';

/** Both sides at least this long (px): a button or an icon is smaller, and its centre does as well. */
const MIN_SIDE = 60;
/** The click landed further than this from the centre (px): a person aiming at the middle lands within it. */
const OFF_CENTRE_PX = 10;
/** Elements whose point never matters: typing and choosing take the whole element. */
const WHOLE_ELEMENT_TAGS = new Set(['input', 'textarea', 'select', 'option', 'button', 'a', 'label']);

export function isAreaPointClick(
  element: { text: string; label?: string | undefined; tag?: string | undefined; box: BoundingBox },
  point: { x: number; y: number },
): boolean {
  if (element.text.trim() !== '' || (element.label ?? '').trim() !== '') return false; // words say what it is
  if (WHOLE_ELEMENT_TAGS.has((element.tag ?? '').toLowerCase())) return false;
  const { x, y, width, height } = element.box;
  if (width < MIN_SIDE || height < MIN_SIDE) return false;
  return Math.hypot(point.x - (x + width / 2), point.y - (y + height / 2)) > OFF_CENTRE_PX;
}
