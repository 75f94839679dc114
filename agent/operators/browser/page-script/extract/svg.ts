/**
 * SVG: how an icon names itself, and whether a drawing holds anything to
 * read or click (a d3 chart) or is decoration. In-page code.
 */
import type { DomElement } from '../dom-types.js';
import { collapse, tagOf } from './dom-text.js';
import { SVG_SHAPES } from './roles.js';

/** An SVG element's name: aria-label, title attribute, or its own <title> child (how icons name themselves). */
export const svgName = (element: DomElement): string => {
  const aria = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
  if (aria) return aria;
  for (let index = 0; index < element.children.length; index++) {
    const child = element.children[index]!;
    if (tagOf(child) === 'TITLE') return collapse(child.textContent);
  }
  return '';
};

/** True if an SVG holds something to read or click: text, links, named or clickable parts, or figures a task can name. */
export const svgHasContent = (svg: DomElement, hasClickHandler: (element: DomElement) => boolean, isFigure: (element: DomElement) => boolean = () => false): boolean => {
  const parts = svg.querySelectorAll('*');
  for (let index = 0; index < parts.length && index < 2000; index++) {
    const part = parts[index]!;
    const tag = tagOf(part);
    if (tag === 'TEXT' && collapse(part.textContent)) return true;
    if (tag === 'A' || (tag !== 'TITLE' && SVG_SHAPES.has(tag) && svgName(part))) return true;
    if (tag !== 'TITLE' && tag !== 'SVG' && hasClickHandler(part)) return true;
    if (tag === 'G' && svgName(part)) return true;
    if (isFigure(part)) return true;
  }
  return false;
};
