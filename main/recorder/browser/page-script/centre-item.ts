/**
 * Whether a press on one item of a row of like items (tabs, chips, breadcrumb words written as plain
 * spans, each with its own words) that the observation folds into one element would, replayed on that
 * element's centre, land on another item of the row. Read when the input happens, in the page: the
 * element under the folded element's centre is looked up and read as the press would mean it
 * (meaningful-target.ts). A word and the other words of a card — a name and its "10 min" line, of other
 * kinds — are no such row: a press on any of them is the card's. In-page code.
 */
import { meaningfulTarget } from './meaningful-target.js';
import type { PageElement, PageNode } from './page-dom.js';

const classes = (el: PageElement): string[] => (el.getAttribute('class') || '').split(/\s+/).filter(Boolean);

/** Two items of one row: siblings of one tag that share a class, or that both have none. */
export const alikeItems = (a: PageElement, b: PageElement): boolean => {
  if (a.parentElement === null || a.parentElement !== b.parentElement || a.tagName !== b.tagName) return false;
  const mine = classes(a);
  const theirs = classes(b);
  if (mine.length === 0 && theirs.length === 0) return true;
  return mine.some((name) => theirs.includes(name));
};

/**
 * `pressed`: what the press meant; `observed`: the node of the element the observation has for it. True
 * when `observed` holds `pressed` and more, and its centre lies on another item alike to `pressed`.
 */
export const centreOnAnotherItem = (pressed: PageElement | null | undefined, observed: PageNode | null | undefined): boolean => {
  if (!pressed || !observed || observed === pressed || observed.nodeType !== 1) return false;
  const folded = observed as PageElement;
  const doc = pressed.ownerDocument;
  if (!doc || folded.ownerDocument !== doc || !folded.contains(pressed)) return false;
  const box = folded.getBoundingClientRect();
  const hit = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const other = hit ? meaningfulTarget(hit) : null;
  if (!other || other === pressed || other.contains(pressed) || pressed.contains(other)) return false;
  return alikeItems(pressed, other);
};
