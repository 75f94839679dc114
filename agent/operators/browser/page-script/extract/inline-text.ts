/**
 * Is an element's content only text and inline formatting (no controls, no
 * blocks, no shadow content)? Such an element becomes one text element.
 * In-page code (see extract-elements.ts).
 */
import type { DomElement } from '../dom-types.js';
import { ELEMENT_NODE, TEXT_NODE, explicitRole, tagOf } from './dom-text.js';
import { INLINE_TAGS, controlRole } from './roles.js';

/** An inline-only test with its own cache (one per extraction pass: the page changes between passes). */
export function createInlineOnlyCheck(hasClickHandler: (element: DomElement) => boolean): (element: DomElement) => boolean {
  const cache = new Map<DomElement, boolean>();
  const isInlineOnly = (element: DomElement, depth = 0): boolean => {
    const cached = cache.get(element);
    if (cached !== undefined) return cached;
    // Shadow content is not in textContent: an element with a shadow root is walked, never a text leaf.
    let result = depth < 6 && !element.shadowRoot;
    if (result) {
      const children = element.childNodes;
      for (let index = 0; index < children.length && result; index++) {
        const child = children[index]!;
        if (child.nodeType === TEXT_NODE) continue;
        if (child.nodeType !== ELEMENT_NODE) continue;
        const childElement = child as DomElement;
        const tag = tagOf(childElement);
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (!INLINE_TAGS.has(tag) || childElement.shadowRoot) result = false;
        else if (controlRole(childElement, tag) || explicitRole(childElement) || hasClickHandler(childElement)) result = false;
        else if (childElement.hasAttribute('tabindex') || childElement.hasAttribute('contenteditable')) result = false;
        else result = isInlineOnly(childElement, depth + 1);
      }
    }
    cache.set(element, result);
    return result;
  };
  return (element) => isInlineOnly(element);
}
