/**
 * Loose text (a text node beside other elements) as one text element, boxed
 * by its first line. In-page code.
 */
import type { DomDocument, DomNode } from '../dom-types.js';
import { collapse, cut } from './dom-text.js';
import type { Collector } from './collector.js';
import { boxOf, intersects, type Clip, type Region } from './visibility.js';

export function emitTextNode(
  collector: Collector,
  node: DomNode,
  parentIndex: number,
  offsetX: number,
  offsetY: number,
  clip: Clip,
  region: Region,
  maxTextLength: number,
  fallbackDocument: DomDocument,
): void {
  const text = collapse(node.nodeValue);
  if (!text) return;
  const range = (node.ownerDocument ?? fallbackDocument).createRange();
  range.selectNodeContents(node);
  // Text that wraps: its first line box, where reading starts and where a click lands on the text
  // (the bounding box of a wrapped run starts at the left margin and covers its neighbours too).
  const lines = range.getClientRects();
  const box = boxOf(lines.length > 1 ? lines[0]! : range.getBoundingClientRect(), offsetX, offsetY);
  if (!intersects(box, clip, region)) return;
  collector.push(
    {
      parentId: parentIndex >= 0 ? parentIndex : undefined,
      role: 'text',
      tag: '#text',
      text: cut(text, maxTextLength),
      states: {},
      box,
      interactive: false,
    },
    node,
  );
}
