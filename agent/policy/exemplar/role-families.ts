/**
 * Kinds of control a person tells apart: a check box, a radio button and a
 * switch are all toggles; a field, a search box and a combo box all take
 * text; a button, a link, a menu item and a tab all activate something. A
 * target of one kind is never the same step as an element of another (a
 * demonstrated checkbox is not a menu item that happens to show the slot's
 * text). Roles outside these families (text, image, cell…) have none. Pure.
 */
const ROLE_FAMILIES: Record<string, string> = {
  checkbox: 'toggle',
  radio: 'toggle',
  switch: 'toggle',
  menuitemcheckbox: 'toggle',
  menuitemradio: 'toggle',
  textbox: 'text entry',
  searchbox: 'text entry',
  spinbutton: 'text entry',
  combobox: 'text entry',
  contenteditable: 'text entry',
  button: 'activator',
  link: 'activator',
  menuitem: 'activator',
  tab: 'activator',
  option: 'activator',
  treeitem: 'activator',
  slider: 'slider',
};

/** The kind of control a role belongs to ("toggle", "text entry", "activator", "slider"), or undefined for a role of none. */
export function roleFamily(role: string): string | undefined {
  return ROLE_FAMILIES[role];
}
