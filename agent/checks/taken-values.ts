/**
 * A field the page empties once it has taken what was typed: "Add an item"
 * typed "cheddar", Add pressed — the field is empty again and the list now
 * shows "cheddar". The field holding "" is then no lost value: the page took
 * it into an element of its own (task-state.ts would otherwise say the field
 * holds "", not "cheddar").
 *
 * Taken only when the field is empty now, an element that is no field shows
 * the typed text whole, and no such element showed it on the screen the
 * typing was done on (so a value the page showed all along proves nothing).
 *
 * Pure; no task knowledge.
 */
import type { UIElement } from '../core/observation.js';
import { normalizeText } from '../policy/exemplar/text-match.js';
import { EDITABLE_ROLES } from '../policy/exemplar/planned-step.js';

/** Tags whose text is what was typed into them, not what the page says (roles: EDITABLE_ROLES). */
const FIELD_TAGS = new Set(['input', 'textarea', 'select']);

/** Does a visible element that is no field show `text` whole? */
function shownAsItem(text: string, elements: readonly UIElement[]): boolean {
  const wanted = normalizeText(text);
  return wanted !== '' && elements.some((element) => !element.states.hidden && !EDITABLE_ROLES.has(element.role) && !FIELD_TAGS.has(element.tag ?? '') && normalizeText(element.text) === wanted);
}

/**
 * Did the page take `text` out of the emptied `field` into an element of its own: the field is empty now, the text
 * shows whole in an element that is no field on `now`, and it did not on `typedOn` (the screen the typing was done on)?
 */
export function takenIntoPage(field: Pick<UIElement, 'value'>, text: string, now: readonly UIElement[], typedOn: readonly UIElement[]): boolean {
  return (field.value ?? '') === '' && shownAsItem(text, now) && !shownAsItem(text, typedOn);
}
