/**
 * What a control is called: its label (aria, <label>, placeholder, title, or
 * the short text just before it), the visible name of a button or link, and
 * the label of a control that shows only a glyph. In-page code.
 */
import type { DomControl, DomDocument, DomElement, DomNode } from '../dom-types.js';
import { ELEMENT_NODE, TEXT_NODE, collapse, tagOf } from './dom-text.js';
import { controlRole } from './roles.js';
import { svgName } from './svg.js';

/** The text of the elements an aria-labelledby / -describedby list names, in order. */
export const textOfIds = (document: DomDocument, ids: string): string =>
  ids
    .split(/\s+/)
    .map((id) => collapse(document.getElementById(id)?.textContent))
    .filter(Boolean)
    .join(' ');

/** A <label>'s own text, without the text of controls nested in it (a select's options…). */
export const ownLabelText = (label: DomNode): string => {
  let text = '';
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) text += ` ${node.nodeValue ?? ''}`;
    else if (node.nodeType === ELEMENT_NODE) {
      const childTag = tagOf(node as DomElement);
      if (childTag === 'SELECT' || childTag === 'TEXTAREA' || childTag === 'SCRIPT' || childTag === 'STYLE') return;
      for (let childIndex = 0; childIndex < node.childNodes.length; childIndex++) walk(node.childNodes[childIndex]!);
    }
  };
  walk(label);
  return collapse(text);
};

/**
 * Forms without <label>: "Username: <input>" — the short text right before the control among its
 * siblings (a text node or an inline-only element, past <br>s), or '' when a control or anything
 * else comes first.
 */
export const textJustBefore = (element: DomElement, isInlineOnly: (element: DomElement) => boolean): string => {
  let previous = element.previousSibling;
  for (let steps = 0; previous && steps < 4; steps++, previous = previous.previousSibling) {
    if (previous.nodeType === TEXT_NODE) {
      const text = collapse(previous.nodeValue);
      if (text) return text.length <= 60 ? text.replace(/:$/, '') : '';
      continue;
    }
    if (previous.nodeType !== ELEMENT_NODE) continue;
    const previousElement = previous as DomElement;
    const previousTag = tagOf(previousElement);
    if (previousTag === 'BR') continue;
    if (controlRole(previousElement, previousTag)) return '';
    const text = collapse(previousElement.textContent);
    if (text && text.length <= 60 && isInlineOnly(previousElement)) return text.replace(/:$/, '');
    return '';
  }
  return '';
};

/**
 * A control's label: aria, <label>, placeholder, title, or the text just before it. No guess from a
 * neighbouring element: a text taken as a field's label is left out of the abstracted observation
 * (observation/abstract.ts), and a value shown above a field (a code to copy) then vanished from the
 * page the policy reads values off (measured on the second held-out real MiniWoB++ set, text-transform).
 */
export const labelOf = (element: DomElement, tag: string, isInlineOnly: (element: DomElement) => boolean, fallbackDocument: DomDocument): string =>
  declaredLabelOf(element, tag, fallbackDocument) || textJustBefore(element, isInlineOnly);

/** The label a page gives a control in its markup — aria, <label>, placeholder, title — or ''. */
export const declaredLabelOf = (element: DomElement, tag: string, fallbackDocument: DomDocument): string => {
  const document = element.ownerDocument ?? fallbackDocument;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOfIds(document, labelledBy);
    if (text) return text;
  }
  const aria = collapse(element.getAttribute('aria-label'));
  if (aria) return aria;
  const labels = (element as DomControl).labels;
  if (labels && labels.length > 0) {
    const parts: string[] = [];
    for (let index = 0; index < labels.length; index++) {
      const text = ownLabelText(labels[index]!);
      if (text) parts.push(text);
    }
    if (parts.length) return parts.join(' ');
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const placeholder = collapse(element.getAttribute('placeholder'));
    if (placeholder) return placeholder;
  }
  return collapse(element.getAttribute('title'));
};

/** Visible name of a button/link-like element. */
export const nameOf = (element: DomElement, tag: string, fallbackDocument: DomDocument): string => {
  const text = collapse(element.textContent);
  if (text) return text;
  if (tag === 'INPUT') {
    const value = (element as DomControl).value;
    if (value) return collapse(value);
  }
  const aria = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
  if (aria) return aria;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return textOfIds(element.ownerDocument ?? fallbackDocument, labelledBy);
  const image = (element as unknown as { querySelector?(selector: string): DomElement | null }).querySelector?.('img[alt]');
  return collapse(image?.getAttribute('alt')) || collapse(element.getAttribute('alt'));
};

/**
 * The label of a control whose visible text is only a glyph ("×", "✎", "↰"): its aria-label, or failing
 * that its title (the tooltip a person reads) or an SVG icon's <title>.
 */
export const glyphLabel = (element: DomElement, text: string): string => {
  const aria = collapse(element.getAttribute('aria-label'));
  if (aria) return aria;
  if (/[\p{L}\p{N}]/u.test(text)) return '';
  const title = collapse(element.getAttribute('title'));
  if (title) return title;
  const icon = element.querySelectorAll('svg')[0];
  return icon ? svgName(icon) : '';
};
