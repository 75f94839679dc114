/**
 * The group a choice sits in, by the name a person reads above it: an
 * option of a <select> under an <optgroup label>, an option of an ARIA list
 * box under a role=group (named by aria-label / aria-labelledby, or by the
 * header inside it) or under a header item (role=presentation / heading)
 * before it in the list, a radio or checkbox inside a <fieldset> (its
 * <legend>) or a named role=group / radiogroup. When two groups hold an
 * option of the same name ("Soup" for lunch and for dinner) the group is
 * what tells them apart. In-page code.
 */
import type { DomElement } from '../dom-types.js';
import { collapse, explicitRole, tagOf } from './dom-text.js';

/** Roles whose entries are told apart by their group. */
export const GROUPED_ROLES = new Set(['option', 'radio', 'checkbox', 'menuitemradio', 'menuitemcheckbox', 'switch']);

/** Longest group name kept, characters. */
const GROUP_NAME_LIMIT = 60;
/** Ancestors looked through for a group, at most. */
const MAX_DEPTH = 8;

const HEADER_ROLES = new Set(['presentation', 'none', 'heading']);
const HEADER_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'DT', 'STRONG', 'B', 'LABEL']);
/** Where the search for a group stops: the list or form the choice belongs to, or the document. */
const LIST_ROLES = new Set(['listbox', 'menu', 'tree', 'grid', 'radiogroup']);

const named = (text: string): string => (text.length > GROUP_NAME_LIMIT ? `${text.slice(0, GROUP_NAME_LIMIT - 1)}…` : text);

/** Text of the elements aria-labelledby names. */
function labelledBy(element: DomElement): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').trim();
  if (!ids) return '';
  const document = element.ownerDocument as unknown as { getElementById(id: string): DomElement | null } | null;
  if (!document) return '';
  return collapse(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
}

/** Is this element a header a person reads as a group's title (not itself a choice, holding no choice)? */
function isHeader(element: DomElement): boolean {
  const role = explicitRole(element);
  if (GROUPED_ROLES.has(role) || role === 'group') return false;
  if (!HEADER_ROLES.has(role) && !HEADER_TAGS.has(tagOf(element))) return false;
  if (element.querySelectorAll('[role=option],[role=radio],[role=checkbox],input,select').length > 0) return false;
  return collapse(element.textContent) !== '';
}

/** The header inside a group: its first child (or grandchild) that is one. */
function headerInside(group: DomElement): string {
  for (let index = 0; index < group.children.length; index++) {
    const child = group.children[index]!;
    if (isHeader(child)) return collapse(child.textContent);
    for (let inner = 0; inner < child.children.length && inner < 2; inner++) {
      if (isHeader(child.children[inner]!)) return collapse(child.children[inner]!.textContent);
    }
  }
  return '';
}

/** The name of a group element ('' when it has none). */
function groupName(group: DomElement): string {
  const tag = tagOf(group);
  if (tag === 'OPTGROUP') return collapse(group.getAttribute('label'));
  const explicit = collapse(group.getAttribute('aria-label')) || labelledBy(group);
  if (explicit) return explicit;
  if (tag === 'FIELDSET') {
    for (let index = 0; index < group.children.length; index++) {
      if (tagOf(group.children[index]!) === 'LEGEND') return collapse(group.children[index]!.textContent);
    }
  }
  return explicitRole(group) === 'group' ? headerInside(group) : '';
}

/** A header item before `item` among its siblings (a list box's role=presentation "Dinner" row), nearest first. */
function headerBefore(item: DomElement): string {
  let sibling = (item as unknown as { previousElementSibling: DomElement | null }).previousElementSibling;
  while (sibling) {
    if (isHeader(sibling)) return collapse(sibling.textContent);
    sibling = (sibling as unknown as { previousElementSibling: DomElement | null }).previousElementSibling;
  }
  return '';
}

/** The name of the group `element` (an option, radio or checkbox) sits in; '' when none. */
export function groupOf(element: DomElement): string {
  let child: DomElement = element;
  let node = element.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const tag = tagOf(node);
    const role = explicitRole(node);
    if (tag === 'OPTGROUP' || tag === 'FIELDSET' || role === 'group' || role === 'radiogroup') {
      const name = groupName(node);
      if (name) return named(name);
    }
    if (LIST_ROLES.has(role) || tag === 'SELECT' || tag === 'FORM' || tag === 'BODY') {
      // Header rows between the options of one flat list: the nearest one above is the group's name.
      if (role === 'listbox' || role === 'menu') return named(headerBefore(child));
      return '';
    }
    child = node;
    node = node.parentElement;
  }
  return '';
}

/** The group of each option of a <select> ('' for one outside any <optgroup>); undefined when none has one. */
export function optionGroupsOf(options: ArrayLike<DomElement>): string[] | undefined {
  const groups: string[] = [];
  let any = false;
  for (let index = 0; index < options.length; index++) {
    const parent = options[index]!.parentElement;
    const name = parent && tagOf(parent) === 'OPTGROUP' ? named(collapse(parent.getAttribute('label'))) : '';
    if (name) any = true;
    groups.push(name);
  }
  return any ? groups : undefined;
}
