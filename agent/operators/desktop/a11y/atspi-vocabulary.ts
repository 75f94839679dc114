/**
 * AT-SPI's numbers and names, and how they map onto the ARIA vocabulary the
 * rest of Understudy speaks (agent/core/observation.ts): state bits
 * (AtspiStateType), relation types (AtspiRelationType), and role names (the
 * strings Accessible.GetRoleName returns, stable across toolkits) → ARIA roles.
 */

/** Bit numbers of AtspiStateType in the two-word state set GetState returns. */
export const AtspiState = {
  active: 1,
  armed: 2,
  busy: 3,
  checked: 4,
  collapsed: 5,
  defunct: 6,
  editable: 7,
  enabled: 8,
  expandable: 9,
  expanded: 10,
  focusable: 11,
  focused: 12,
  modal: 16,
  multiLine: 17,
  multiselectable: 18,
  pressed: 20,
  selectable: 22,
  selected: 23,
  sensitive: 24,
  showing: 25,
  singleLine: 26,
  stale: 27,
  visible: 30,
  managesDescendants: 31,
  indeterminate: 32,
  required: 33,
  checkable: 41,
  hasPopup: 42,
  readOnly: 43,
} as const;
export type AtspiStateName = keyof typeof AtspiState;

/** The state names set in a GetState reply (two 32-bit words, low word first). */
export function decodeStates(words: readonly number[]): Set<AtspiStateName> {
  const names = new Set<AtspiStateName>();
  for (const [name, bit] of Object.entries(AtspiState) as [AtspiStateName, number][]) {
    const word = words[bit >> 5] ?? 0;
    if ((word >>> (bit & 31)) & 1) names.add(name);
  }
  return names;
}

/** AtspiRelationType numbers we read. */
export const AtspiRelation = {
  labelFor: 1,
  labelledBy: 2,
  controllerFor: 3,
  controlledBy: 4,
  memberOf: 5,
  describedBy: 17,
  descriptionFor: 18,
} as const;

/** Coordinate frames of Component.GetExtents. */
export const ATSPI_COORDS_SCREEN = 0;

/** AT-SPI role name → ARIA role. Unlisted names become 'generic' (dropped when unnamed). */
const ROLE_TO_ARIA: Record<string, string> = {
  'push button': 'button',
  'toggle button': 'button',
  button: 'button',
  'check box': 'checkbox',
  'radio button': 'radio',
  'combo box': 'combobox',
  'text': 'textbox',
  entry: 'textbox',
  'password text': 'textbox',
  editbar: 'textbox',
  'spin button': 'spinbutton',
  slider: 'slider',
  'scroll bar': 'scrollbar',
  'progress bar': 'progressbar',
  label: 'text',
  static: 'text',
  caption: 'text',
  paragraph: 'paragraph',
  heading: 'heading',
  link: 'link',
  image: 'image',
  icon: 'image',
  'menu bar': 'menubar',
  menu: 'menu',
  'popup menu': 'menu',
  'menu item': 'menuitem',
  'tearoff menu item': 'menuitem',
  'check menu item': 'menuitemcheckbox',
  'radio menu item': 'menuitemradio',
  'list box': 'listbox',
  list: 'list',
  'list item': 'listitem',
  table: 'table',
  'tree table': 'treegrid',
  tree: 'tree',
  'tree item': 'treeitem',
  'table cell': 'cell',
  'column header': 'columnheader',
  'table column header': 'columnheader',
  'row header': 'rowheader',
  'table row header': 'rowheader',
  'table row': 'row',
  'page tab list': 'tablist',
  'page tab': 'tab',
  dialog: 'dialog',
  'file chooser': 'dialog',
  'color chooser': 'dialog',
  'font chooser': 'dialog',
  alert: 'alertdialog',
  notification: 'alert',
  frame: 'window',
  window: 'window',
  'tool bar': 'toolbar',
  'status bar': 'status',
  'tool tip': 'tooltip',
  separator: 'separator',
  'document frame': 'document',
  'document web': 'document',
  'document text': 'document',
  form: 'form',
  application: 'application',
  'scroll pane': 'group',
  panel: 'group',
  filler: 'generic',
  section: 'group',
  grouping: 'group',
  'split pane': 'group',
  viewport: 'generic',
  'layered pane': 'generic',
  'root pane': 'generic',
  'internal frame': 'group',
};

/** The ARIA role for an AT-SPI role name; `editable` turns a read-only "text" into static text. */
export function ariaRole(roleName: string, editable: boolean): string {
  const role = ROLE_TO_ARIA[roleName] ?? 'generic';
  if (role === 'textbox' && !editable && (roleName === 'text' || roleName === 'entry')) return 'text';
  return role;
}

/** Roles a person acts on. */
const INTERACTIVE_ROLES = new Set([
  'button',
  'checkbox',
  'radio',
  'combobox',
  'textbox',
  'spinbutton',
  'slider',
  'scrollbar',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'listitem',
  'option',
  'treeitem',
  'tab',
  'cell',
]);

export function isInteractiveRole(role: string): boolean {
  return INTERACTIVE_ROLES.has(role);
}

/** Containers whose own box adds nothing for a person unless they carry a name. */
const STRUCTURAL_ROLES = new Set(['generic', 'group', 'application', 'separator']);

export function isStructuralRole(role: string): boolean {
  return STRUCTURAL_ROLES.has(role);
}

/** Roles whose name is the text of their content when the application gave none (list rows, table cells, buttons with a label inside). */
export function namedFromContent(role: string): boolean {
  return ['listitem', 'option', 'treeitem', 'cell', 'button', 'menuitem', 'tab', 'link', 'row'].includes(role);
}
