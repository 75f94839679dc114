/**
 * An element described as it is at the instant of an input, before the
 * action takes effect (PageTarget on the Node side, captured-event.ts): what
 * only the page knows then — a field's value before the edit, its label, the
 * words around it — travels with the event. In-page code.
 */
import { isTextField, norm, valueOf } from './fields.js';
import { offsetOfView, viewOf } from './frames.js';
import type { PageElement } from './page-dom.js';

export const roleOf = (el: PageElement): string => {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(' ')[0]!;
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') || '').toLowerCase();
  if (tag === 'a') return el.hasAttribute('href') ? 'link' : 'text';
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'input') {
    if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'range') return 'slider';
    return 'textbox';
  }
  if (tag === 'textarea') return 'textbox';
  if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
  if (tag === 'option') return 'option';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'img' || tag === 'svg' || tag === 'canvas') return 'image';
  if (tag === 'li') return 'listitem';
  if (tag === 'label') return 'label';
  if (el.isContentEditable) return 'textbox';
  return 'text';
};

export const labelOf = (el: PageElement): string | undefined => {
  const aria = el.getAttribute('aria-label');
  if (aria) return norm(aria);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const rootNode = el.getRootNode && el.getRootNode();
    const root = rootNode && rootNode.getElementById ? rootNode : el.ownerDocument!;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById!(id))
      .filter(Boolean)
      .map((node) => node!.textContent)
      .join(' ');
    if (norm(text)) return norm(text);
  }
  if (el.labels && el.labels.length > 0) return norm(el.labels[0]!.textContent);
  const wrapping = el.closest && el.closest('label');
  if (wrapping && wrapping !== el) return norm(wrapping.textContent);
  return norm(el.getAttribute('placeholder') || el.getAttribute('title') || '') || undefined;
};

export const textOf = (el: PageElement): string => {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') || '').toLowerCase();
    return ['button', 'submit', 'reset'].includes(type) ? norm(el.value) : '';
  }
  if (tag === 'TEXTAREA' || tag === 'SELECT') return '';
  return norm(el.innerText !== undefined ? el.innerText : el.textContent).slice(0, 200);
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
  const parent = el.parentElement;
  const type = (el.getAttribute('type') || '').toLowerCase();
  const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
  return {
    tag: el.tagName.toLowerCase(),
    role: roleOf(el),
    text: textOf(el),
    label: labelOf(el),
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
