/**
 * After the walk: the kept elements numbered from 1 in document order, their
 * parents rewritten to the new ids, the focused one marked, and the node of
 * each id stored in the page (the registry that locate-element.ts and the
 * other page scripts read ids back through). In-page code.
 */
import type { DomDocument, DomElement, DomIFrame, DomNode, DomWindow } from '../dom-types.js';
import { tagOf } from './dom-text.js';
import { keptParent } from './containers.js';
import type { ExtractedElement } from './types.js';

/** The element that has the focus, inside same-origin frames and open shadow roots. */
export function deepestFocus(topDocument: DomDocument): DomElement | null {
  let focusedNode: DomElement | null = topDocument.activeElement;
  for (let depth = 0; depth < 8 && focusedNode; depth++) {
    const tag = tagOf(focusedNode);
    if ((tag === 'IFRAME' || tag === 'FRAME') && (focusedNode as DomIFrame).contentDocument) {
      focusedNode = (focusedNode as DomIFrame).contentDocument!.activeElement;
    } else if (focusedNode.shadowRoot && (focusedNode.shadowRoot as unknown as DomDocument).activeElement) {
      focusedNode = (focusedNode.shadowRoot as unknown as DomDocument).activeElement;
    } else break;
  }
  return focusedNode;
}

export interface Numbered {
  elements: ExtractedElement[];
  /** Node of each new id (index = id). */
  registry: DomNode[];
  /** New id of each walked element (-1: dissolved). */
  newId: number[];
  focusedId?: number;
}

/** Number the elements `removed` leaves, from 1; the focused node's element is marked focused (never body). */
export function numberElements(out: ExtractedElement[], nodes: DomNode[], removed: boolean[], focusedNode: DomElement | null, body: DomElement | null): Numbered {
  const parents = out.map((element) => element.parentId);
  const newId = new Array<number>(out.length).fill(-1);
  const elements: ExtractedElement[] = [];
  const registry: DomNode[] = [];
  let focusedId: number | undefined;
  for (let index = 0; index < out.length; index++) {
    if (removed[index]) continue;
    const element = out[index]!;
    const id = elements.length + 1;
    newId[index] = id;
    const parent = keptParent(element.parentId, parents, removed);
    const copy: ExtractedElement = { ...element, id, parentId: parent === undefined ? undefined : newId[parent] };
    if (copy.parentId === undefined) delete copy.parentId;
    if (!copy.attributes) delete copy.attributes;
    if (focusedNode && nodes[index] === focusedNode && focusedNode !== body) {
      copy.states = { ...copy.states, focused: true };
      focusedId = id;
    }
    elements.push(copy);
    registry[id] = nodes[index]!;
  }
  return { elements, registry, newId, focusedId };
}

/** Keep the registry in the page under `key` (a Symbol.for name), replacing the previous one. */
export function storeRegistry(topWindow: DomWindow, key: string, sequence: number, registry: DomNode[]): void {
  topWindow[Symbol.for(key)] = { sequence, nodes: registry };
}
