/**
 * Which tags and roles are controls, containers, text leaves or skipped, and
 * the native role of a control-like element. In-page code (see extract-elements.ts).
 */
import type { DomControl, DomElement } from '../dom-types.js';

export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'BR', 'WBR', 'DATALIST', 'OPTION', 'OPTGROUP', 'PARAM', 'SOURCE', 'TRACK', 'AREA', 'MAP',
  // SVG's non-rendered parts: a <title> names its parent (see svgName), the rest is never on screen.
  'TITLE', 'DESC', 'DEFS', 'CLIPPATH', 'MASK', 'LINEARGRADIENT', 'RADIALGRADIENT', 'PATTERN', 'SYMBOL', 'MARKER', 'FILTER', 'METADATA',
]);
/** SVG shapes: drawn, never containers of text. A d3 chart's bars are <rect>s with click handlers. */
export const SVG_SHAPES = new Set(['RECT', 'CIRCLE', 'ELLIPSE', 'PATH', 'POLYGON', 'POLYLINE', 'LINE', 'USE', 'IMAGE']);
export const INLINE_TAGS = new Set([
  'B', 'I', 'U', 'S', 'EM', 'STRONG', 'SMALL', 'BIG', 'CODE', 'KBD', 'SAMP', 'VAR', 'SPAN', 'MARK', 'SUP', 'SUB', 'ABBR', 'CITE', 'DFN', 'Q', 'TIME', 'FONT', 'INS', 'DEL', 'BDI', 'BDO', 'TT', 'STRIKE', 'WBR', 'BR', 'DATA',
]);
/** Interactive roles whose inside is not walked: their text is their name. */
const LEAF_ROLE_NAMES = [
  'button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'switch', 'textbox', 'searchbox', 'combobox', 'slider', 'spinbutton',
];
export const LEAF_ROLES = new Set(LEAF_ROLE_NAMES);
/** Every interactive role: the leaves, and tree items and grid cells, whose insides are walked. */
export const INTERACTIVE_ROLES = new Set([...LEAF_ROLE_NAMES, 'treeitem', 'gridcell']);
export const CONTAINER_ROLES = new Set([
  'dialog', 'alertdialog', 'list', 'listbox', 'tablist', 'menu', 'menubar', 'tree', 'grid', 'table', 'row', 'rowgroup', 'cell', 'columnheader', 'rowheader', 'group', 'radiogroup', 'navigation', 'main', 'complementary', 'banner', 'contentinfo', 'region', 'form', 'tabpanel', 'toolbar', 'article', 'listitem', 'search',
]);
/** Containers that stay even with fewer than two kept children. */
export const STRONG_CONTAINER_ROLES = new Set(['dialog', 'alertdialog', 'document', 'tabpanel']);
export const TAG_CONTAINER_ROLES: Record<string, string> = {
  UL: 'list', OL: 'list', MENU: 'list', DL: 'list', LI: 'listitem', TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell', TH: 'columnheader', DIALOG: 'dialog', FORM: 'form', FIELDSET: 'group', NAV: 'navigation', MAIN: 'main', ASIDE: 'complementary', HEADER: 'banner', FOOTER: 'contentinfo', DETAILS: 'group', ARTICLE: 'article', DD: 'listitem', DT: 'listitem',
};
export const TEXT_LEAF_ROLES: Record<string, string> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'listitem', TD: 'cell', TH: 'columnheader', DT: 'listitem', DD: 'listitem', LEGEND: 'heading', CAPTION: 'heading',
};
export const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'datetime-local', 'month', 'week', 'time', '']);

/** Native role of a control-like element, or '' if it is not one. */
export const controlRole = (element: DomElement, tag: string): string => {
  if (tag === 'INPUT') {
    const type = ((element as DomControl).type || 'text').toLowerCase();
    if (type === 'hidden') return '';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'range') return 'slider';
    if (type === 'button' || type === 'submit' || type === 'reset' || type === 'image' || type === 'file' || type === 'color') return 'button';
    return 'textbox';
  }
  if (tag === 'TEXTAREA') return 'textbox';
  if (tag === 'SELECT') {
    const control = element as DomControl;
    return control.multiple || Number(element.getAttribute('size') ?? '0') > 1 ? 'listbox' : 'combobox';
  }
  if (tag === 'BUTTON') return 'button';
  if (tag === 'A' && element.hasAttribute('href')) return 'link';
  if (tag === 'SUMMARY') return 'button';
  return '';
};

/** The outermost element of a contenteditable region (its inside is one text box). */
export const isEditableRoot = (element: DomElement): boolean => {
  const attribute = element.getAttribute('contenteditable');
  if (attribute === null || attribute === 'false') return false;
  const parent = element.parentElement;
  return !(parent && parent.isContentEditable);
};
