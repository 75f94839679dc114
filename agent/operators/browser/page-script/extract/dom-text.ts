/**
 * The small DOM and text helpers every part of the extraction uses.
 * In-page code: no imports at run time but the other extraction modules.
 */
import type { DomElement } from '../dom-types.js';

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Whitespace runs to one space, trimmed. */
export const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** `text` cut to `limit` characters, ending in "…" when it was longer. */
export const cut = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, Math.max(0, limit - 1))}…` : text);

export const tagOf = (element: DomElement): string => element.tagName.toUpperCase();

/** The class attribute as a string (an SVG element's className is an object). */
export const classNameOf = (element: DomElement): string =>
  typeof element.className === 'string' ? element.className : element.getAttribute('class') ?? '';

/** The first token of the role attribute, lower case ('' when there is none). */
export const explicitRole = (element: DomElement): string => (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]!.toLowerCase();
