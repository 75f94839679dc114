/**
 * A field's label from neighbouring text, for forms that put the caption in
 * an element of its own — a div or span before the field in the same row,
 * cell or flex line, or a caption just above it — with no <label for>, no
 * aria-label: "First name" in one cell, the input in the next.
 *
 * From the field outwards (up to four wrappers, never past a table section,
 * a form or a list), the nearest preceding sibling that shows text decides:
 * it is the label when it sits on the field's line to its left, or directly
 * above it and reads as a caption (short, not a sentence); a preceding
 * sibling that holds a control ends the search empty, so a label is never
 * taken across another field. Needs layout (real boxes). In-page code.
 */
import type { DomControl, DomDocument, DomElement, DomNode, DomRect } from '../dom-types.js';
import { ELEMENT_NODE, TEXT_NODE, collapse, tagOf } from './dom-text.js';

/** Fields that take a neighbour's text as their label (checkboxes and radios are named by the text after them). */
const FIELD_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'datetime-local', 'month', 'week', 'time', '']);
const CONTROLS = 'input:not([type=hidden]), select, textarea, button, [contenteditable]:not([contenteditable=false])';
/** Containers a label is never looked for beyond: their other children are other rows, fields or items. */
const BOUNDARY_TAGS = new Set(['BODY', 'HTML', 'FORM', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'OL', 'FIELDSET', 'DIALOG']);
const MAX_LABEL_LENGTH = 60;
/** Longest gap between a caption on the left and its field, CSS px. */
const MAX_LEFT_GAP = 300;

/** True for the fields this applies to: text-like inputs, text areas, selects, contenteditable roots. */
export function takesNeighbourLabel(field: DomElement): boolean {
  const tag = tagOf(field);
  if (tag === 'INPUT') return FIELD_INPUT_TYPES.has(((field as DomControl).type || 'text').toLowerCase());
  return tag === 'TEXTAREA' || tag === 'SELECT' || field.isContentEditable === true;
}

/** Where a caption's box stands against its field's: on its line to the left, directly above, or neither. */
export function captionPlace(caption: DomRect, field: DomRect): 'left' | 'above' | undefined {
  const overlap = Math.min(caption.bottom, field.bottom) - Math.max(caption.top, field.top);
  if (caption.right <= field.left + 2 && overlap >= Math.min(caption.height, field.height) / 2 && field.left - caption.right <= MAX_LEFT_GAP) return 'left';
  const gap = field.top - caption.bottom;
  const sharesColumn = caption.left < field.right && caption.right > field.left;
  if (gap >= -2 && gap <= Math.max(field.height, 24) && sharesColumn) return 'above';
  return undefined;
}

/** Text that reads as a caption: a few words, not a sentence or an instruction with quoted values. */
export function readsAsCaption(text: string): boolean {
  return text.length <= 40 && text.split(' ').length <= 5 && !/[.!?"“”'‘’]/.test(text.replace(/[.:]$/, ''));
}

/** The label the neighbouring text gives `field`, or ''. */
export function neighbourLabel(field: DomElement): string {
  if (!takesNeighbourLabel(field)) return '';
  const fieldBox = field.getBoundingClientRect();
  if (fieldBox.width <= 0 || fieldBox.height <= 0) return '';
  const judge = (text: string, box: DomRect): string => {
    if (text.length > MAX_LABEL_LENGTH) return '';
    const place = captionPlace(box, fieldBox);
    if (place === 'left' || (place === 'above' && readsAsCaption(text))) return text.replace(/:$/, '').trim();
    return '';
  };
  let child: DomNode = field;
  for (let depth = 0; depth < 5; depth++) {
    const parent: DomElement | null = child.parentElement;
    if (!parent || BOUNDARY_TAGS.has(tagOf(parent))) return '';
    for (let sibling = child.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === TEXT_NODE) {
        const text = collapse(sibling.nodeValue);
        if (!text) continue;
        const range = (sibling.ownerDocument as DomDocument).createRange();
        range.selectNodeContents(sibling);
        return judge(text, range.getBoundingClientRect());
      }
      if (sibling.nodeType !== ELEMENT_NODE) continue;
      const element = sibling as DomElement;
      const box = element.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) continue;
      if (element.matches(CONTROLS) || element.querySelectorAll(CONTROLS).length > 0) return '';
      const text = collapse((element as unknown as { innerText?: string }).innerText ?? element.textContent);
      if (!text) continue;
      return judge(text, box);
    }
    child = parent;
  }
  return '';
}
