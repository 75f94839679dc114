/**
 * One element as one line of the compact observation, e.g.
 *   [3] textbox "Full name" value="Ada"
 *   [7] checkbox "Send me the newsletter" unchecked
 *   [11] combobox "Country" value="Austria" options=Austria|Belgium|…(+3)
 *   [12] combobox "Meal" options=[Lunch] Soup|Salad|[Dinner] Soup|Steak
 *   [14] option "Soup" group="Dinner"
 *   [19] "Contact support if anything goes wrong."
 * Text (and text-only cells and list items) carry no role word; every other element leads with its role.
 * The format is the same for DOM and OCR elements.
 */
import type { UIElement } from '../core/observation.js';

export interface RenderLimits {
  /** Longest text shown, characters; longer text is cut with "…". */
  textChars: number;
  /** Most select options listed. */
  options: number;
}

export const DEFAULT_RENDER_LIMITS: RenderLimits = { textChars: 80, options: 12 };

export function cutText(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, Math.max(1, limit - 1)).trimEnd()}…` : text;
}

const quote = (text: string) => JSON.stringify(text);

/** Roles shown as bare quoted text: a table cell or list item reads as what it says. */
const TEXT_LIKE_ROLES = new Set(['text', 'cell', 'listitem', 'paragraph', 'StaticText']);

/** The name shown for an element: its text, else its label; the label too when the text is only a symbol ("×"). */
export function displayName(element: UIElement): string {
  if (element.label && element.text && !/[\p{L}\p{N}]/u.test(element.text)) return element.label;
  return element.text || element.label || '';
}

/** The name a container line shows: its explicit name (a document: its title). */
export function containerName(element: UIElement): string {
  return element.attributes?.['aria-label'] ?? (element.role === 'document' ? element.text : '');
}

/**
 * Render one element. `asContainer` renders only what introduces its
 * children (role and an explicit name), since its text is theirs;
 * `withoutRole` leaves the role out where the line already states it.
 */
export function renderElement(element: UIElement, limits: RenderLimits, asContainer = false, withoutRole = false): string {
  const parts: string[] = [`[${element.id}]`];
  if (asContainer) {
    parts.push(element.role);
    const name = containerName(element);
    if (name) parts.push(quote(cutText(name, limits.textChars)));
  } else {
    if (!TEXT_LIKE_ROLES.has(element.role) && !withoutRole) parts.push(element.inputType && !['text', 'checkbox', 'radio', 'submit', 'button'].includes(element.inputType) ? `${element.role}(${element.inputType})` : element.role);
    const name = displayName(element);
    if (name || TEXT_LIKE_ROLES.has(element.role) || withoutRole) parts.push(quote(cutText(name, limits.textChars)));
    if (element.text && element.label && element.label !== element.text && name === element.text) parts.push(`label=${quote(cutText(element.label, limits.textChars))}`);
    // A wordless graphic in words (extract/graphics.ts): "red circle".
    if (element.attributes?.['figure']) parts.push(`figure=${quote(element.attributes['figure'])}`);
    if (element.value !== undefined && element.value !== '' && element.value.toLowerCase() !== element.text.toLowerCase()) {
      parts.push(`value=${quote(cutText(element.value, limits.textChars))}`);
    }
    // The group a choice sits in, when it sits in one (an option list's header, a fieldset's legend).
    if (element.group) parts.push(`group=${quote(cutText(element.group, 30))}`);
    if (element.options && element.options.length) {
      // An <optgroup>'s label shown once, before its first option.
      const groups = element.optionGroups;
      const grouped = (option: string, index: number) =>
        groups && groups[index] && groups[index] !== (index > 0 ? groups[index - 1] : '') ? `[${cutText(groups[index]!, 30)}] ${option}` : option;
      const shown = element.options.slice(0, limits.options).map((option, index) => grouped(cutText(option, 30), index));
      const more = element.options.length - shown.length;
      parts.push(`options=${shown.join('|')}${more > 0 ? `|…(+${more})` : ''}`);
    }
    // Several chosen at once: each one, as a person sees them highlighted (the value shows only the first).
    if (element.selectedOptions && element.selectedOptions.length > 1) {
      parts.push(`selected=${element.selectedOptions.map((option) => cutText(option, 30)).join('|')}`);
    }
  }
  const states = element.states;
  if (element.role === 'checkbox' || element.role === 'radio' || element.role === 'switch') {
    parts.push(states.checked ? 'checked' : 'unchecked');
  } else if (states.checked) parts.push('checked');
  if (states.selected) parts.push('selected');
  if (states.current) parts.push('current');
  if (states.expanded !== undefined) parts.push(states.expanded ? 'expanded' : 'collapsed');
  if (states.disabled) parts.push('disabled');
  if (states.focused) parts.push('focused');
  if (element.attributes?.scrollable) parts.push('scrollable');
  return parts.join(' ');
}
