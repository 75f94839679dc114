/**
 * Accessibility nodes → the UIElements every observation is made of (source
 * 'a11y'), the way a screen reader presents them: layout containers without a
 * name dissolve, a field is named by the label that labels it, a list row
 * without a name takes the text inside it, and a node that is not showing is
 * not seen.
 *
 * Coordinates: toolkits report physical screen pixels; elements carry logical
 * pixels (physical / scale), like OCR elements. Elements outside the observed
 * region stay in the observation (a list row scrolled out of view can still
 * be acted on through the accessibility interface) but are marked
 * `attributes.offscreen`.
 */
import type { BoundingBox, UIElement } from '../../../core/observation.js';
import type { AccessibleRef } from './atspi-connection.js';
import type { AccessibleNode } from './accessible-node.js';
import { ariaRole, isInteractiveRole, isStructuralRole, namedFromContent } from './atspi-vocabulary.js';

export interface ElementMappingOptions {
  /** Physical pixels per logical pixel. Default 1. */
  scale?: number;
  /** The observed region, logical pixels; elements outside it are marked offscreen. */
  region?: BoundingBox;
  /** First id to give (ids continue another source's numbering). Default 0. */
  firstId?: number;
}

export interface MappedElements {
  elements: UIElement[];
  /** Element id → the accessible object it came from (for acting through the accessibility interface). */
  nodes: Map<number, AccessibleNode>;
  /** Id of the element with keyboard focus, when one was read. */
  focusedId?: number;
}

const refKey = (ref: AccessibleRef) => `${ref.bus}${ref.path}`;

/** Turn the read nodes into elements, ids from `firstId` on, parents before children. */
export function accessibleElements(nodes: readonly AccessibleNode[], options: ElementMappingOptions = {}): MappedElements {
  const scale = options.scale ?? 1;
  const byRef = new Map(nodes.map((node) => [refKey(node.ref), node]));
  const children = new Map<number, number[]>();
  nodes.forEach((node, index) => {
    if (node.parent !== undefined) children.set(node.parent, [...(children.get(node.parent) ?? []), index]);
  });
  const visible = (node: AccessibleNode) =>
    node.depth > 0 && node.states.has('showing') && !!node.extents && node.extents.width > 0 && node.extents.height > 0;

  // Text nodes whose words became the name of a row or button are not repeated as elements of their own.
  const consumed = new Set<number>();
  const contentText = (index: number): string => {
    const parts: string[] = [];
    const walk = (at: number) => {
      for (const child of children.get(at) ?? []) {
        const node = nodes[child]!;
        if (!visible(node)) continue;
        const own = node.name || node.text || '';
        const role = ariaRole(node.roleName, node.states.has('editable'));
        if (own && (role === 'text' || role === 'paragraph' || role === 'heading' || role === 'image')) {
          parts.push(own);
          consumed.add(child);
        } else if (isStructuralRole(role)) {
          walk(child);
        }
      }
    };
    walk(index);
    return collapse(parts.join(' '));
  };

  const elements: UIElement[] = [];
  const mapped = new Map<number, AccessibleNode>();
  const idOfNode = new Map<number, number>();
  let nextId = options.firstId ?? 0;
  let focusedId: number | undefined;

  const emit = (index: number, parentId: number | undefined, path: string, clip: BoundingBox | undefined) => {
    const node = nodes[index]!;
    let keptParent = parentId;
    let childPath = path;
    let childClip = clip;
    if (node.extents && CLIPPING_ROLES.has(node.roleName) && node.extents.width > 0 && node.extents.height > 0) {
      const own = logicalBox(node.extents, scale);
      // Nothing of a container scrolled wholly out of view shows: an empty clip hides all inside it.
      childClip = (clip ? intersection(clip, own) : own) ?? { x: own.x, y: own.y, width: 0, height: 0 };
    }
    if (visible(node) && !consumed.has(index)) {
      const element = toElement(node, index, parentId, path, clip);
      if (element) {
        elements.push(element);
        mapped.set(element.id, node);
        idOfNode.set(index, element.id);
        if (node.states.has('focused')) focusedId = element.id;
        keptParent = element.id;
        childPath = element.attributes!.path!;
      }
    }
    if (node.depth === 0 || node.states.has('showing')) {
      for (const child of readingOrder(children.get(index) ?? [], nodes)) emit(child, keptParent, childPath, childClip);
    }
  };

  const toElement = (node: AccessibleNode, index: number, parentId: number | undefined, path: string, clip: BoundingBox | undefined): UIElement | undefined => {
    const editable = node.states.has('editable');
    let role = ariaRole(node.roleName, editable);
    const parent = node.parent !== undefined ? nodes[node.parent] : undefined;
    const parentRole = parent ? ariaRole(parent.roleName, false) : '';
    // A titled submenu in a menu bar ("File") is something to click, like a menu item.
    if (role === 'menu' && (parentRole === 'menubar' || parentRole === 'menu')) role = 'menuitem';
    if (role === 'listitem' && (parentRole === 'listbox' || node.states.has('selectable'))) role = 'option';
    const labels = node.labelledBy.map((ref) => byRef.get(refKey(ref))).filter((label): label is AccessibleNode => !!label);
    const label = collapse(labels.map((labelNode) => labelNode.name || labelNode.text || '').join(' '));
    let name = collapse(node.name);
    if (!name && namedFromContent(role)) name = contentText(index);
    const isField = role === 'textbox' || role === 'spinbutton';
    const value = isField ? (node.roleName === 'password text' ? mask(node.text ?? '') : (node.text ?? '')) : role === 'combobox' ? name : valueText(node);
    // A field's or combo box's text is what names it (its label), as on the OCR path; its content is its value.
    let text = isField || role === 'combobox' ? label || (isField ? name : '') : name || label || (role === 'text' || role === 'paragraph' || role === 'heading' ? collapse(node.text ?? '') : '');
    if (!text && role === 'combobox') text = label;
    const interactive = isInteractiveRole(role) || (node.states.has('focusable') && !isStructuralRole(role) && !CONTAINER_ROLES.has(role));
    if (isStructuralRole(role) && !text) return undefined;
    if (!interactive && !text && value === undefined && !CONTAINER_ROLES.has(role)) return undefined;
    // Toolkits report a row scrolled out of its viewport at its place on the virtual canvas: clip to what shows.
    const fullBox = logicalBox(node.extents!, scale);
    const shown = clip ? intersection(clip, fullBox) : fullBox;
    const clipped = !shown || shown.width <= 0 || shown.height <= 0;
    const box = clipped ? fullBox : shown;
    const id = nextId++;
    const states: UIElement['states'] = {};
    if (node.states.has('checkable') || role === 'checkbox' || role === 'radio' || role === 'menuitemcheckbox' || role === 'menuitemradio') states.checked = node.states.has('checked');
    if (node.roleName === 'toggle button') states.checked = node.states.has('checked') || node.states.has('pressed');
    if (node.states.has('selectable')) states.selected = node.states.has('selected');
    if (node.states.has('focused')) states.focused = true;
    if (interactive && !node.states.has('enabled') && !node.states.has('sensitive')) states.disabled = true;
    if (node.states.has('expandable')) states.expanded = node.states.has('expanded');
    if (editable) states.editable = true;
    const offscreen = clipped || (options.region ? !overlaps(box, options.region) : false);
    const step = `${role}${text ? `[${text.replace(/[\]/>]/g, ' ').slice(0, 60)}]` : ''}`;
    const attributes: Record<string, string> = {
      path: path ? `${path} / ${step}` : step,
      toolkitRole: node.roleName,
      application: node.application,
    };
    if (node.description) attributes.description = node.description;
    if (offscreen) attributes.offscreen = 'true';
    if (clipped) attributes.clipped = 'true';
    if (node.roleName === 'password text') attributes.secret = 'true';
    if (node.value && !isField) attributes.range = `${node.value.minimum}–${node.value.maximum}`;
    const group = GROUPED_ROLES.has(role) ? groupName(node, nodes) : undefined;
    const element: UIElement = {
      id,
      role,
      text,
      ...(group ? { group } : {}),
      ...(label && label !== text ? { label } : isField || role === 'combobox' ? (label ? { label } : {}) : {}),
      ...(value !== undefined ? { value } : {}),
      ...(node.roleName === 'password text' ? { inputType: 'password' } : {}),
      states,
      box,
      source: 'a11y',
      interactive,
      ...(parentId !== undefined ? { parentId } : {}),
      attributes,
    };
    return element;
  };

  for (const [index, node] of nodes.entries()) if (node.depth === 0) emit(index, undefined, '', undefined);
  assignOrdinals(elements);
  return { elements, nodes: mapped, ...(focusedId !== undefined ? { focusedId } : {}) };
}

/** Children in reading order (top to bottom, then left to right) when all have boxes; the toolkit's order otherwise. */
function readingOrder(indexes: number[], nodes: readonly AccessibleNode[]): number[] {
  if (indexes.some((index) => !nodes[index]!.extents)) return indexes;
  return [...indexes].sort((a, b) => {
    const boxA = nodes[a]!.extents!;
    const boxB = nodes[b]!.extents!;
    // Same line when their vertical centres are within half the smaller height.
    const centreA = boxA.y + boxA.height / 2;
    const centreB = boxB.y + boxB.height / 2;
    if (Math.abs(centreA - centreB) > Math.min(boxA.height, boxB.height) / 2) return centreA - centreB;
    return boxA.x - boxB.x;
  });
}

function assignOrdinals(elements: UIElement[]): void {
  const counters = new Map<string, number>();
  for (const element of elements) {
    const key = `${element.parentId ?? -1}:${element.role}`;
    const ordinal = counters.get(key) ?? 0;
    element.ordinal = ordinal;
    counters.set(key, ordinal + 1);
  }
}

function logicalBox(extents: { x: number; y: number; width: number; height: number }, scale: number): BoundingBox {
  return { x: extents.x / scale, y: extents.y / scale, width: extents.width / scale, height: extents.height / scale };
}

/** Choices whose group a person reads off the frame around them ("Plan": ◉ Free ○ Pro). */
const GROUPED_ROLES = new Set(['radio', 'checkbox', 'option', 'menuitemradio', 'menuitemcheckbox']);

/**
 * The name of the nearest named grouping container around a choice (a GTK frame's label, a named
 * panel), stopping at the window or dialog: the observation's `group`, the same word the browser
 * gives a fieldset's legend.
 */
function groupName(node: AccessibleNode, nodes: readonly AccessibleNode[]): string | undefined {
  for (let at = node.parent; at !== undefined; at = nodes[at]?.parent) {
    const container = nodes[at];
    if (!container) return undefined;
    const role = ariaRole(container.roleName, false);
    if (role === 'window' || role === 'dialog' || role === 'alertdialog' || container.depth === 0) return undefined;
    const name = collapse(container.name);
    if (role === 'group' && name) return name;
  }
  return undefined;
}

/** Containers kept even without a name: they group what a person acts on. */
const CONTAINER_ROLES = new Set(['window', 'dialog', 'alertdialog', 'menubar', 'menu', 'listbox', 'list', 'table', 'tree', 'treegrid', 'tablist', 'toolbar', 'document']);

/** Roles whose box clips what is inside (a scrolled viewport shows only part of its content). */
const CLIPPING_ROLES = new Set(['viewport', 'scroll pane', 'frame', 'dialog', 'window', 'alert', 'file chooser']);

function intersection(a: BoundingBox, b: BoundingBox): BoundingBox | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return undefined;
  return { x, y, width: right - x, height: bottom - y };
}

function overlaps(box: BoundingBox, region: BoundingBox): boolean {
  return box.x < region.x + region.width && box.x + box.width > region.x && box.y < region.y + region.height && box.y + box.height > region.y;
}

function valueText(node: AccessibleNode): string | undefined {
  if (!node.value) return undefined;
  const { current } = node.value;
  return Number.isInteger(current) ? String(current) : current.toFixed(2);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A password field's content is never carried: its length is enough to know it is filled. */
function mask(text: string): string {
  return '•'.repeat([...text].length);
}
