/**
 * A click whose point inside the element is what it means: a slider's track, a seek bar, a
 * ruler — a long, wordless element that takes the click where it lands (the handle jumps there).
 * Stored as the element, its replay would click the centre and choose another value, so such a
 * click is stored as the point the person clicked. Seen on real pages (jQuery UI slider: the
 * person clicks the track near the value they want). Pure.
 */
import type { BoundingBox } from '../../../agent/core/observation.js';

/** The roles of the controls a <label> stands in for when their own box is painted over. */
const STAND_IN_ROLES = new Set(['checkbox', 'radio']);
/** The long side is at least this many times the short one (a track, not a button). */
const LONG_ASPECT = 3;
/** Shorter tracks are too small for the position to matter much. */
const MIN_LENGTH = 40;
/** The click landed further than this from the centre along the long side (px; a track's step can be a few px). */
const OFF_CENTRE_PX = 2;

export function isPositionalClick(element: { text: string; label?: string | undefined; box: BoundingBox }, point: { x: number; y: number }): boolean {
  if (element.text.trim() !== '' || (element.label ?? '').trim() !== '') return false; // words say what it is: its centre will do
  const { x, y, width, height } = element.box;
  const horizontal = width >= height;
  const long = horizontal ? width : height;
  const short = horizontal ? height : width;
  if (long < MIN_LENGTH || long < LONG_ASPECT * Math.max(short, 1)) return false;
  const offset = horizontal ? point.x - (x + width / 2) : point.y - (y + height / 2);
  return Math.abs(offset) > OFF_CENTRE_PX;
}

/**
 * The element the observation has for the click is another, larger element than the wordless control clicked,
 * and its centre is off that control: a small wordless control (a spinner's arrow, an icon) that the
 * observation folds into its container; or one worded item of a row of like items — tabs written as plain
 * spans — whose centre the page found to be another item. Clicking the container's centre is another click,
 * so the point is kept. (The same element with a stale page box — it moved a moment before — is no such case.)
 */
export function centreMissesClicked(
  element: { box: BoundingBox; tag?: string | undefined; role?: string | undefined; text: string },
  clicked: { box: BoundingBox; tag?: string | undefined; role?: string | undefined; text?: string | undefined; centreOnAnotherItem?: boolean | undefined } | undefined,
  point: { x: number; y: number },
): boolean {
  if (!clicked || clicked.box.width <= 0 || clicked.box.height <= 0) return false;
  if (clicked.tag === element.tag && (clicked.text ?? '') === element.text) return false;
  // One word item of a row of like items (tabs as plain spans) folded into one element: the page saw, when the
  // press happened, that the element's centre is another item (page-script/centre-item.ts).
  if (clicked.centreOnAnotherItem === true) return true;
  // A label standing in for the checkbox or radio it labels (its box painted over, page-script walk.ts step 4) is
  // that control: a press anywhere on the label toggles the box that was clicked.
  if (element.tag === 'label' && STAND_IN_ROLES.has(element.role ?? '') && clicked.role === element.role) return false;
  // A word inside a larger clickable (a card, a row) is the container's own click: its centre does as well.
  if ((clicked.text ?? '').trim() !== '') return false;
  const inside = (p: { x: number; y: number }, b: BoundingBox) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
  if (!inside(point, clicked.box)) return false;
  const { box } = element;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return box.width * box.height > 1.5 * clicked.box.width * clicked.box.height && !inside(centre, clicked.box);
}
