/**
 * An element described as it is at the instant of an input, before the
 * action takes effect (PageTarget on the Node side, captured-event.ts): what
 * only the page knows then — a field's value before the edit, its label, the
 * words around it — travels with the event. In-page code.
 */
import { createClickDetector } from '../../../../agent/operators/browser/page-script/extract/click-handlers.js';
import { explicitRole, tagOf } from '../../../../agent/operators/browser/page-script/extract/dom-text.js';
import { createInlineOnlyCheck } from '../../../../agent/operators/browser/page-script/extract/inline-text.js';
import { glyphLabel, labelOf as extractionLabelOf } from '../../../../agent/operators/browser/page-script/extract/labels.js';
import { TEXT_LEAF_ROLES, controlRole } from '../../../../agent/operators/browser/page-script/extract/roles.js';
import { figureWords, type FigureElement } from '../../../../agent/operators/browser/page-script/extract/graphics.js';
import { seenText } from '../../../../agent/operators/browser/page-script/extract/seen-text.js';
import type { DomElement } from '../../../../agent/operators/browser/page-script/dom-types.js';
import { isTextField, norm, valueOf } from './fields.js';
import { offsetOfView, styleOf, viewOf } from './frames.js';
import type { PageElement, PageWindow } from './page-dom.js';

/**
 * Its role in the observation's vocabulary: the extraction's own tables (explicit role, a control's native
 * role, a text leaf's role), so a recorded target and an observed element are named alike by construction.
 * What the walk alone decides (a container kept or dissolved) is left to the observation.
 */
export const roleOf = (el: PageElement): string => {
  const explicit = explicitRole(el);
  if (explicit) return explicit;
  const tag = tagOf(el);
  const control = controlRole(el, tag);
  if (control) return control;
  if (tag === 'OPTION') return 'option';
  if (el.isContentEditable) return 'textbox';
  if (tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS') return 'image';
  if (tag === 'LABEL') return 'label';
  return TEXT_LEAF_ROLES[tag] ?? 'text';
};

/**
 * Its label as the observation gives it (extract/control-fields.ts): a field's — a text field, a select,
 * an editable region — from the extraction's labelOf (aria, <label>, placeholder, title, the short text
 * just before it); anything else's from glyphLabel (its aria-label, or the title of a glyph-only control).
 */
export const labelOf = (el: PageElement): string | undefined => {
  const tag = tagOf(el);
  const role = roleOf(el);
  const field = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true || role === 'textbox' || role === 'searchbox';
  if (!field) return glyphLabel(el, textOf(el)) || undefined;
  const document = el.ownerDocument ?? (globalThis as unknown as PageWindow).document;
  const isInlineOnly = createInlineOnlyCheck(createClickDetector(viewOf(el), document, []));
  return extractionLabelOf(el, tag, isInlineOnly, document) || undefined;
};

export const textOf = (el: PageElement): string => {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') || '').toLowerCase();
    return ['button', 'submit', 'reset'].includes(type) ? norm(el.value) : '';
  }
  if (tag === 'TEXTAREA' || tag === 'SELECT') return '';
  // Words nobody can see (font-size 0, transparent, clipped away) are not in its description, as not in the observation.
  const seen = seenText(el as unknown as DomElement, (part) => styleOf(part as unknown as PageElement));
  return norm(seen ?? (el.innerText !== undefined ? el.innerText : el.textContent)).slice(0, 200);
};

/** Its index among its siblings of the same role. */
export const ordinalOf = (el: PageElement): number => {
  const parent = el.parentElement;
  if (!parent) return 0;
  const role = roleOf(el);
  let index = 0;
  for (const sibling of Array.from(parent.children)) {
    if (sibling === el) return index;
    if (roleOf(sibling) === role) index += 1;
  }
  return index;
};

const ATTRIBUTES = ['id', 'name', 'class', 'href', 'type', 'placeholder', 'aria-label', 'title', 'value', 'data-wob_ref', 'for'];

/** The element's description; its box in the top viewport's CSS px. */
export const describe = (el: PageElement | null | undefined): Record<string, unknown> | undefined => {
  if (!el || !el.getBoundingClientRect) return undefined;
  const local = el.getBoundingClientRect();
  const offset = offsetOfView(viewOf(el));
  const rect = { left: local.left + offset.x, top: local.top + offset.y, width: local.width, height: local.height };
  const attributes: Record<string, string> = {};
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && value !== '' && !(name === 'value' && isTextField(el))) attributes[name] = value.slice(0, 200);
  }
  const text = textOf(el);
  const label = labelOf(el);
  // What a wordless graphic shows, in the words the extraction gives it (extract/graphics.ts).
  const figure = label ? '' : figureWords(el as unknown as FigureElement, styleOf(el));
  if (figure && (!text || tagOf(el) === 'TEXT')) attributes['figure'] = figure;
  const parent = el.parentElement;
  const type = (el.getAttribute('type') || '').toLowerCase();
  const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
  return {
    tag: el.tagName.toLowerCase(),
    role: roleOf(el),
    text,
    label,
    value: valueOf(el),
    inputType: el.tagName === 'INPUT' ? type || 'text' : undefined,
    checked: el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio') ? !!el.checked : undefined,
    editable: isTextField(el),
    secret: type === 'password' || autocomplete.includes('password') || autocomplete.startsWith('cc-'),
    ordinal: ordinalOf(el),
    context: parent ? norm(parent.innerText !== undefined ? parent.innerText : parent.textContent).slice(0, 80) : undefined,
    box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
    attributes,
  };
};
