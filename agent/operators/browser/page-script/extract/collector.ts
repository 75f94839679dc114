/**
 * Where the walk puts what it keeps: elements in document order with their
 * nodes, which of them are containers (and whether strong), frames it could
 * not read, and whether the element limit cut the walk short. In-page code.
 */
import type { DomElement, DomNode } from '../dom-types.js';
import { GROUPED_ROLES, groupOf } from './groups.js';
import type { ExtractedElement } from './types.js';

export interface Collector {
  out: ExtractedElement[];
  nodes: DomNode[];
  /** Containers whose survival is decided after their subtree: index in `out` → strong? */
  containerStrength: Map<number, boolean>;
  /** Frames whose documents could not be read; noted once their final ids are known. */
  uncapturedFrames: { index: number; src: string }[];
  truncated: boolean;
  /** Keep an element; its index in `out`, or -1 (and `truncated`) when the limit is reached. */
  push(element: Omit<ExtractedElement, 'id'>, node: DomNode): number;
}

export function createCollector(maxElements: number): Collector {
  const collector: Collector = {
    out: [],
    nodes: [],
    containerStrength: new Map(),
    uncapturedFrames: [],
    truncated: false,
    push(element, node) {
      if (collector.out.length >= maxElements) {
        collector.truncated = true;
        return -1;
      }
      // An option, radio or checkbox carries the name of the group it sits in, when it sits in one.
      const group = GROUPED_ROLES.has(element.role) && node.nodeType === 1 ? groupOf(node as DomElement) : '';
      collector.out.push(group ? { ...element, group, id: collector.out.length } : { ...element, id: collector.out.length });
      collector.nodes.push(node);
      return collector.out.length - 1;
    },
  };
  return collector;
}
