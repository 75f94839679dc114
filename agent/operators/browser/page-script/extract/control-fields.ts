/**
 * What a leaf control says besides its box and states: a text field's label
 * and value (a password's masked), a checkbox's text, a select's options and
 * choice, a button's name (and the label of one that shows only a glyph).
 * In-page code.
 */
import type { DomControl, DomElement } from '../dom-types.js';
import { collapse } from './dom-text.js';
import { glyphLabel } from './labels.js';
import { optionGroupsOf } from './groups.js';
import type { ExtractedElement } from './types.js';

/** How the walk names things in this pass (labels reach for context, cut knows the text limit). */
export interface Naming {
  labelOf(element: DomElement, tag: string): string;
  /** The label the markup gives a control (aria, <label>, placeholder, title), without the text before it. */
  declaredLabelOf(element: DomElement, tag: string): string;
  /** The short text just before an element among its siblings ("Username: <input>"), or ''. */
  textBefore(element: DomElement): string;
  nameOf(element: DomElement, tag: string): string;
  cut(text: string, limit?: number): string;
}

/** Fill `target`'s text, label, value, inputType and options for the leaf control `element`. */
export function fillControlFields(
  target: Omit<ExtractedElement, 'id'>,
  element: DomElement,
  facts: { tag: string; role: string; nativeRole: string; editableRoot: boolean },
  naming: Naming,
): void {
  const { tag, role, nativeRole, editableRoot } = facts;
  const { labelOf, nameOf, cut } = naming;
  const control = element as DomControl;
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const type = (control.type || 'text').toLowerCase();
    if (tag === 'INPUT') target.inputType = type;
    if (nativeRole === 'textbox') {
      target.label = labelOf(element, tag) || undefined;
      target.value = type === 'password' ? '•'.repeat(control.value.length) : control.value;
    } else if (nativeRole === 'checkbox' || nativeRole === 'radio') {
      target.text = cut(labelOf(element, tag));
      if (control.value && control.value !== 'on') target.value = control.value;
    } else if (nativeRole === 'slider') {
      target.label = labelOf(element, tag) || undefined;
      target.value = control.value;
    } else {
      target.text = cut(nameOf(element, tag));
      const label = labelOf(element, tag);
      if (label && label !== target.text) target.label = label;
    }
  } else if (tag === 'SELECT') {
    const texts: string[] = [];
    for (let index = 0; index < control.options.length; index++) texts.push(collapse(control.options[index]!.text));
    target.options = texts;
    // Options under <optgroup label>s: each option's group, so "Soup" under Dinner is told from "Soup" under Lunch.
    const groups = optionGroupsOf(control.options);
    if (groups) target.optionGroups = groups;
    // The group of the option shown: the same "Soup" under Dinner is not the one under Lunch.
    if (groups && control.selectedIndex >= 0 && groups[control.selectedIndex]) target.group = groups[control.selectedIndex];
    target.value = control.selectedIndex >= 0 ? texts[control.selectedIndex] ?? '' : '';
    if (control.multiple) {
      const chosen: string[] = [];
      for (let index = 0; index < control.options.length; index++) if (control.options[index]!.selected) chosen.push(texts[index]!);
      target.selectedOptions = chosen;
    }
    target.label = labelOf(element, tag) || undefined;
  } else if (editableRoot || role === 'textbox' || role === 'searchbox') {
    target.value = cut(collapse(element.textContent));
    target.label = labelOf(element, tag) || undefined;
  } else {
    target.text = cut(nameOf(element, tag));
    const label = glyphLabel(element, target.text);
    if (label && label !== target.text) target.label = label;
    // An ARIA slider (a jQuery UI handle, a custom range) says its value as an input range does.
    const now = role === 'slider' ? element.getAttribute('aria-valuenow') : null;
    if (now !== null && now !== '') target.value = now;
  }
}
