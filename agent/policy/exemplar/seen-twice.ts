/**
 * One control seen twice: two elements of an observation that are one thing
 * to click — a box and the label tied to it (for=id), or two elements on
 * nearly the same box saying the same (a button and the caption inside it, a
 * DOM element and its OCR reading). Grounding does not call two such
 * candidates a near tie (ground-target.ts); two different elements that fit
 * about equally well are one. Pure.
 */
import { overlapOfLarger } from '../../core/box-geometry.js';
import type { UIElement } from '../../core/observation.js';
import { normalizeText } from './text-match.js';

/** Share of the larger box two boxes must have in common to be one place on screen. */
const SAME_PLACE_OVERLAP = 0.8;

/**
 * Are `a` and `b` one control seen twice? A card and a button inside it are
 * not (the card's box is much the larger), nor two chips stacked on one place
 * that say different things ("Sat 14", "Sat 21").
 */
export function seenTwice(a: UIElement, b: UIElement): boolean {
  const id = (element: UIElement) => element.attributes?.['id'];
  const labels = (label: UIElement, box: UIElement) => id(box) !== undefined && label.attributes?.['for'] === id(box);
  if (labels(a, b) || labels(b, a)) return true;
  const says = (element: UIElement) => normalizeText(element.text || element.label || '');
  if (says(a) !== '' && says(b) !== '' && says(a) !== says(b)) return false;
  return overlapOfLarger(a.box, b.box) >= SAME_PLACE_OVERLAP;
}
