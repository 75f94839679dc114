/**
 * Rule: an icon stands for its name. A demonstrated control showing only a
 * glyph ("▣", "🗑") and named by its label ("Archive", from aria-label or a
 * title) is the control a page elsewhere captions with that name in words:
 *
 *   demonstration: pressed the row's "▣" labelled "Archive"
 *   new page:      the row shows a button "Archive" beside "Edit"  → the "Archive" button
 *
 * A person reads the icon by its name, not by its shape; the glyph's absence
 * from the new page says nothing against a control that says the name. Only
 * a whole name agrees ("Archive" for "Archive"; "Archive all" or "Edit" does
 * not), only on a control of the demonstrated one's role (a button for a
 * button, never a link of that name), and only when the demonstrated text had
 * no letter or digit: a worded caption is compared as before.
 *
 * The other way round too: a demonstrated caption in words ("Remove") is the
 * glyph-only control named so ("🗑" titled "Remove").
 *
 * A name may say where its deed acts from — "Remove from basket", "Delete
 * from cart" — and the caption only the deed ("Remove"): a person takes the
 * row's bin titled "Remove from basket" and its word "Remove" for one control.
 * Only a trailing "from" the list a line is bought from (basket, cart, bag,
 * trolley, order) is set aside: a heart's "Remove from wishlist" takes the
 * line off another list and never agrees; "Remove all", "Empty basket" or
 * "Remove selected" say another deed and never agree either.
 *
 * Grounding half only (ground-target.ts, per candidate): the text evidence is
 * credited as the name, and the "text not on screen" cap is not applied.
 */
import type { UIElement } from '../../../core/observation.js';
import { normalizeText } from '../text-match.js';

const glyphOnly = (text: string) => text.trim() !== '' && !/[\p{L}\p{N}]/u.test(text);

/**
 * Does `element` say in words the name (`label`) of the demonstrated glyph-only control (`text`), being a control of
 * its role (`role`)? A folder link "Archive" is no stand-in for a row's button "▣" named Archive: it goes elsewhere.
 */
export function saysIconName(text: string, label: string, role: string, element: Pick<UIElement, 'text' | 'label' | 'role'>): boolean {
  const name = normalizeText(label);
  if (!glyphOnly(text) || !/\p{L}/u.test(name) || element.role !== role) return false;
  return [element.text, element.label ?? ''].some((field) => sameDeedName(normalizeText(field), name));
}

/** Is `element` a glyph-only control of the demonstrated role whose name says the demonstrated caption in words (`text`: "Remove" for "🗑" titled "Remove from basket")? */
export function iconSaysCaption(text: string, role: string, element: Pick<UIElement, 'text' | 'label' | 'role'>): boolean {
  const caption = normalizeText(text);
  if (!/\p{L}/u.test(caption) || glyphOnly(caption) || !glyphOnly(element.text) || element.role !== role) return false;
  return sameDeedName(caption, normalizeText(element.label));
}

/** A name with the place its deed acts from set aside: "remove from basket" → "remove"; any other name as it is. */
// Only the list a line stands in to be bought: a heart's "Remove from wishlist" removes it from another list (review 29b).
const withoutFromPlace = (name: string): string => name.replace(/^(\S.*?)\s+from\s+(?:the\s+|your\s+|my\s+)?(?:basket|cart|bag|trolley|order)$/u, '$1');

/** Two normalised names of one deed: the same, or one the other with a "from …" place ("remove" / "remove from basket"). */
function sameDeedName(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a === b || withoutFromPlace(a) === b || a === withoutFromPlace(b));
}
