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
  return [element.text, element.label ?? ''].some((field) => normalizeText(field) === name);
}
