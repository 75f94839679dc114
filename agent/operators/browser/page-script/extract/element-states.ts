/**
 * An element's states: checked, selected, disabled, expanded, current, editable, from
 * the control itself and ARIA, and for toggles with no ARIA state from a
 * state class ("selected", "active", …). In-page code.
 */
import type { DomControl, DomElement } from '../dom-types.js';
import { classNameOf, tagOf } from './dom-text.js';
import type { ExtractedElement } from './types.js';

/**
 * The on/off state a toggle shows by a class (a chip or tag "selected", a button "active" or "on"),
 * for controls with no ARIA state: on when its class has one of these words; off when it has none but
 * an alike sibling (same tag, same other classes) has one; else unknown. Only these common state
 * words count, whole: "ui-state-active" or "online" do not.
 */
export const STATE_CLASSES = new Set(['selected', 'active', 'on', 'checked', 'chosen', 'picked', 'pressed', 'toggled', 'is-selected', 'is-active', 'is-on', 'is-checked', 'is-pressed', 'is-chosen']);
/** Roles whose "active"/"selected" class means current or chosen-one-of-many, not on/off: no toggle state from a class. */
export const STATELESS_TOGGLE_ROLES = new Set(['tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'radio', 'checkbox', 'switch', 'textbox', 'searchbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'gridcell', 'row']);

/** The class toggle test, caching each parent's "on" signatures for one extraction pass. */
export function createClassToggleState(): (element: DomElement) => boolean | undefined {
  const toggleSignatures = new Map<DomElement, Set<string>>();
  return (element) => {
    const tokens = classNameOf(element).split(/\s+/).filter(Boolean);
    if (tokens.some((token) => STATE_CLASSES.has(token.toLowerCase()))) return true;
    const parent = element.parentElement;
    if (!parent || parent.children.length < 2) return undefined;
    const baseOf = (words: string[]) => `${words.filter((word) => !STATE_CLASSES.has(word.toLowerCase())).sort().join(' ')}`;
    let onSignatures = toggleSignatures.get(parent);
    if (!onSignatures) {
      onSignatures = new Set();
      for (let index = 0; index < parent.children.length; index++) {
        const sibling = parent.children[index]!;
        const words = classNameOf(sibling).split(/\s+/).filter(Boolean);
        if (words.some((word) => STATE_CLASSES.has(word.toLowerCase()))) onSignatures.add(`${tagOf(sibling)}.${baseOf(words)}`);
      }
      toggleSignatures.set(parent, onSignatures);
    }
    return onSignatures.has(`${tagOf(element)}.${baseOf(tokens)}`) ? false : undefined;
  };
}

/** What the walk already knows about an element when it asks for its states. */
export interface StateFacts {
  tag: string;
  /** Explicit role ('' when none). */
  role: string;
  /** Native control role ('' when not a control). */
  nativeRole: string;
  interactive: boolean;
  editableRoot: boolean;
}

export function statesOf(element: DomElement, facts: StateFacts, classToggleState: (element: DomElement) => boolean | undefined): ExtractedElement['states'] {
  const { tag, role, nativeRole, interactive, editableRoot } = facts;
  const states: ExtractedElement['states'] = {};
  const control = element as DomControl;
  if (nativeRole === 'checkbox' || nativeRole === 'radio') states.checked = control.checked;
  const ariaChecked = element.getAttribute('aria-checked');
  if (ariaChecked !== null) states.checked = ariaChecked === 'true';
  const ariaSelected = element.getAttribute('aria-selected');
  if (ariaSelected !== null) states.selected = ariaSelected === 'true';
  // A toggle button: pressed is its checked state. Else a control of no state role may show one by a class.
  const ariaPressed = element.getAttribute('aria-pressed');
  if (ariaPressed === 'true' || ariaPressed === 'false') states.checked = ariaPressed === 'true';
  else if (interactive && states.checked === undefined && states.selected === undefined && !STATELESS_TOGGLE_ROLES.has(role) && (!nativeRole || nativeRole === 'button' || nativeRole === 'link')) {
    const toggled = classToggleState(element);
    if (toggled !== undefined) states.checked = toggled;
  }
  if (control.disabled === true || element.getAttribute('aria-disabled') === 'true') states.disabled = true;
  const ariaExpanded = element.getAttribute('aria-expanded');
  if (ariaExpanded !== null) states.expanded = ariaExpanded === 'true';
  // aria-current: "page", "step", "location", "date", "time" or "true" mark the one shown now; "false" none.
  const ariaCurrent = element.getAttribute('aria-current');
  if (ariaCurrent !== null && ariaCurrent.trim() !== '' && ariaCurrent.trim().toLowerCase() !== 'false') states.current = true;
  if (tag === 'SUMMARY') states.expanded = element.parentElement?.hasAttribute('open') ?? false;
  if (nativeRole === 'textbox' || editableRoot || role === 'textbox' || role === 'searchbox') {
    states.editable = editableRoot || !(control.readOnly || control.disabled);
  }
  return states;
}
