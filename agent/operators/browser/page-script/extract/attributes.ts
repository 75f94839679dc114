/** The attributes an element is described by, collapsed and cut to 120 characters. In-page code. */
import type { DomElement } from '../dom-types.js';
import { classNameOf, collapse } from './dom-text.js';

export const ATTRIBUTE_NAMES = ['id', 'name', 'class', 'href', 'type', 'role', 'title', 'alt', 'placeholder', 'for', 'src', 'aria-label', 'min', 'max', 'step', 'aria-valuemin', 'aria-valuemax'];
// min / max / step and aria-valuemin / aria-valuemax: a slider's range, for setting it to a value (rules/slider-value.ts).

/** The non-empty ones of ATTRIBUTE_NAMES, or undefined when there are none. */
export const attributesOf = (element: DomElement): Record<string, string> | undefined => {
  let result: Record<string, string> | undefined;
  for (const name of ATTRIBUTE_NAMES) {
    const raw = name === 'class' ? classNameOf(element) : element.getAttribute(name);
    if (raw === null || raw === undefined) continue;
    const value = collapse(raw);
    if (!value) continue;
    result ??= {};
    result[name] = value.length > 120 ? value.slice(0, 120) : value;
  }
  return result;
};
