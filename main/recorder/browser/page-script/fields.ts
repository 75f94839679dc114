/**
 * What kind of field an element is and what it holds, as the recorder reads
 * it at the instant of an input. In-page code.
 */
import type { PageElement } from './page-dom.js';

/** Whitespace runs to one space, trimmed (null and undefined as ''). */
export const norm = (value: unknown): string => String(value == null ? '' : value).replace(/\s+/g, ' ').trim();

const TEXT_TYPES = ['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'time', 'datetime-local', 'month', 'week', ''];

/** A field whose edit is typing: text-like inputs, text areas, contenteditable. */
export const isTextField = (el: PageElement | null | undefined): boolean =>
  !!el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_TYPES.includes((el.getAttribute('type') || '').toLowerCase())) || el.isContentEditable === true);

/**
 * Date, time and the like are edited segment by segment (month, day, year): each segment commit fires
 * 'change' with a half-typed value. The edit ends when the field loses focus, with its final value.
 */
const SEGMENTED = ['date', 'time', 'datetime-local', 'month', 'week'];
export const isSegmented = (el: PageElement | null | undefined): boolean => !!el && el.tagName === 'INPUT' && SEGMENTED.includes((el.getAttribute('type') || '').toLowerCase());

export const isListBox = (el: PageElement | null | undefined): boolean => !!el && el.tagName === 'SELECT' && (el.multiple || el.size > 1);

/** The options a select shows selected, by their text. */
export const selectedOf = (select: PageElement): string[] =>
  Array.from(select.options)
    .filter((option) => option.selected)
    .map((option) => norm(option.text));

/** The text of the option a select shows ('' when none). */
export const chosenOf = (select: PageElement): string => (select.selectedIndex >= 0 ? norm(select.options[select.selectedIndex]!.text) : '');

/** The <optgroup> label the chosen option sits under ('' when none): it tells "Soup" for dinner from "Soup" for lunch. */
export const chosenGroupOf = (select: PageElement): string => {
  const parent = select.selectedIndex >= 0 ? (select.options[select.selectedIndex] as unknown as { parentElement: PageElement | null }).parentElement : null;
  return parent && parent.tagName === 'OPTGROUP' ? norm(parent.getAttribute('label') || '') : '';
};

/** A field's value: the chosen option, the typed text, a contenteditable's text; undefined for boxes and non-fields. */
export const valueOf = (el: PageElement): string | undefined => {
  if (el.tagName === 'SELECT') return chosenOf(el);
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return undefined;
    return el.value;
  }
  if (el.isContentEditable) return el.innerText;
  return undefined;
};
