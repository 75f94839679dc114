/**
 * Is a list a floating suggestion list (absolute / fixed, while a text field
 * outside it has the focus)? jQuery UI and most autocomplete widgets give its
 * items no role; they are options to pick. In-page code.
 */
import type { DomControl, DomDocument, DomElement, DomStyle } from '../dom-types.js';
import { tagOf } from './dom-text.js';
import { TEXT_INPUT_TYPES } from './roles.js';

export function createSuggestionListCheck(styleOf: (element: DomElement) => DomStyle): (list: DomElement | null, document: DomDocument) => boolean {
  const suggestionLists = new Map<DomElement, boolean>();
  return (list, document) => {
    if (!list) return false;
    const cached = suggestionLists.get(list);
    if (cached !== undefined) return cached;
    const position = styleOf(list).position;
    let focused: DomElement | null = document.activeElement;
    for (let depth = 0; focused && focused.shadowRoot && depth < 5; depth++) {
      const inner = (focused.shadowRoot as unknown as DomDocument).activeElement;
      if (!inner || inner === focused) break;
      focused = inner;
    }
    const focusedTag = focused ? tagOf(focused) : '';
    const typing =
      focused !== null &&
      ((focusedTag === 'INPUT' && TEXT_INPUT_TYPES.has(((focused as DomControl).type || 'text').toLowerCase())) || focusedTag === 'TEXTAREA' || focused.isContentEditable === true);
    const result = (position === 'absolute' || position === 'fixed') && typing && !list.contains(focused!);
    suggestionLists.set(list, result);
    return result;
  };
}
