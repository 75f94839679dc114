/**
 * Text as a person sees it: without the text no person can see, and with a
 * block child's words kept apart. Hidden though in the DOM and in innerText:
 * a face-down card's number drawn at font-size 0, in a transparent colour or
 * in its own background's colour, or clipped to nothing (clip: rect(0 0 0 0),
 * clip-path: inset(50%)); visibility:hidden, display:none and opacity:0 are
 * the walk's own (visibility.ts). Apart: "Thu" over "16" reads "Thu 16", not
 * the "Thu16" of textContent. In-page code.
 */
import type { DomElement, DomNode, DomStyle } from '../dom-types.js';
import { ELEMENT_NODE, TEXT_NODE, collapse, tagOf } from './dom-text.js';
import { styleHides } from './visibility.js';

const ZERO_ALPHA = /^rgba\([^)]*,\s*0(?:\.0+)?\)$/;

/** Its text is drawn so that nobody can read it: no size, no colour, or the colour of its own background. */
export const hidesText = (style: DomStyle): boolean => {
  if (style.fontSize !== undefined && parseFloat(style.fontSize) === 0) return true;
  const color = (style.color ?? '').trim();
  if (color === '') return false;
  if (color === 'transparent' || ZERO_ALPHA.test(color)) return true;
  return style.backgroundColor !== undefined && !ZERO_ALPHA.test(style.backgroundColor) && style.backgroundColor !== 'transparent' && color === style.backgroundColor;
};

/** Clipped to nothing, subtree and all: clip: rect() with no area on a positioned element, or clip-path: inset(50%) and more. */
export const clipsAway = (style: DomStyle): boolean => {
  const clip = style.clip ?? '';
  if (clip.startsWith('rect(') && (style.position === 'absolute' || style.position === 'fixed')) {
    const [top, right, bottom, left] = clip.slice(5, -1).split(/[\s,]+/).map((part) => parseFloat(part));
    if ([top, right, bottom, left].every((value) => Number.isFinite(value)) && (right! <= left! || bottom! <= top!)) return true;
  }
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%\s*\)$/.exec(style.clipPath ?? '');
  return !!inset && Number(inset[1]) >= 50;
};

/**
 * The text of an element as a person sees it, when some of it is hidden or when a block child stands
 * on a line of its own against words around it (undefined otherwise: read innerText or textContent then).
 * Block children are kept apart by a space, as innerText keeps them on lines of their own: a day chip
 * "Thu" over "16" reads "Thu 16", never the "Thu16" that textContent glues.
 */
export const seenText = (element: DomElement, styleOf: (element: DomElement) => DomStyle): string | undefined => {
  const own = styleOf(element);
  if (element.children.length === 0) return hidesText(own) && collapse(element.textContent) !== '' ? '' : undefined;
  let hidden = false;
  const parts: string[] = [];
  /** The same text without the spaces that only the block children's lines put in. */
  const glued: string[] = [];
  const walk = (node: DomElement, textHidden: boolean): void => {
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as DomNode;
      if (child.nodeType === TEXT_NODE) {
        if (!textHidden) {
          parts.push(child.nodeValue ?? '');
          glued.push(child.nodeValue ?? '');
        }
        else if (collapse(child.nodeValue) !== '') hidden = true;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const part = child as DomElement;
      if (tagOf(part) === 'BR') {
        parts.push(' ');
        glued.push(' ');
        continue;
      }
      const style = styleOf(part);
      if (style.display === 'none') continue;
      if (styleHides(style) || clipsAway(style)) {
        if (collapse(part.textContent) !== '') hidden = true;
        continue;
      }
      const block = !style.display.startsWith('inline') && style.display !== 'contents';
      if (block) parts.push(' ');
      walk(part, hidesText(style));
      if (block) parts.push(' ');
    }
  };
  walk(element, hidesText(own));
  const seen = collapse(parts.join(''));
  return hidden || seen !== collapse(glued.join('')) ? seen : undefined;
};
