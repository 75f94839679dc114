/**
 * The in-page half of selecting a word inside an element (a double-click
 * with `word`, see actions/word-select.ts): where the word is now, as the box
 * of a range over its letters, and afterwards what the page has selected.
 * The word is matched whole (no letter or digit joined to it), the first
 * time it occurs in the element's text, case first as given, then in any case.
 *
 * Serialised into the page by Playwright: self-contained, see extract-elements.ts.
 * Coordinates returned are CSS pixels of the top-level viewport.
 */
import type { DomDocument, DomNode, DomRect, DomWindow } from './dom-types.js';

export interface LocateWordRequest {
  id: number;
  sequence: number;
  word: string;
}

export type LocateWordResult = { ok: true; x: number; y: number } | { ok: false; detail: string };

interface WordRange {
  setStart(node: DomNode, offset: number): void;
  setEnd(node: DomNode, offset: number): void;
  getClientRects(): ArrayLike<DomRect>;
}

export function locateWord(request: LocateWordRequest): LocateWordResult {
  const topWindow = globalThis as unknown as DomWindow & { document: DomDocument };
  const registry = topWindow[Symbol.for('understudy.elements')] as { sequence: number; nodes: DomNode[] } | undefined;
  if (!registry || registry.sequence !== request.sequence) return { ok: false, detail: 'the page changed since it was observed' };
  const node = registry.nodes[request.id];
  if (!node || !node.isConnected) return { ok: false, detail: `element ${request.id} is no longer on the page` };
  // The element's text nodes in order, and where each starts in their joined text.
  const texts: { node: DomNode; start: number }[] = [];
  let joined = '';
  const walk = (at: DomNode): void => {
    if (at.nodeType === 3) {
      texts.push({ node: at, start: joined.length });
      joined += at.nodeValue ?? '';
      return;
    }
    for (let index = 0; index < at.childNodes.length; index++) walk(at.childNodes[index]!);
  };
  walk(node);
  const escaped = request.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const find = (flags: string) => new RegExp(`(^|[^\\p{L}\\p{N}])(${escaped})(?![\\p{L}\\p{N}])`, flags).exec(joined);
  const match = find('u') ?? find('iu');
  if (!match) return { ok: false, detail: `the word ${JSON.stringify(request.word)} is not in the element's text` };
  const start = match.index + match[1]!.length;
  const end = start + match[2]!.length;
  const at = (offset: number, isEnd: boolean): { node: DomNode; offset: number } => {
    for (let index = texts.length - 1; index >= 0; index--) {
      const text = texts[index]!;
      if (isEnd ? text.start < offset : text.start <= offset) return { node: text.node, offset: offset - text.start };
    }
    return { node: texts[0]!.node, offset: 0 };
  };
  const document = (node.ownerDocument ?? topWindow.document) as unknown as { createRange(): WordRange; defaultView: DomWindow | null };
  const range = document.createRange();
  const from = at(start, false);
  const to = at(end, true);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const rects = range.getClientRects();
  const rect = rects.length > 0 ? rects[0]! : undefined;
  if (!rect || rect.width <= 0 || rect.height <= 0) return { ok: false, detail: `the word ${JSON.stringify(request.word)} is not drawn on the page` };
  let x = rect.left + rect.width / 2;
  let y = rect.top + rect.height / 2;
  let view = document.defaultView as (DomWindow & { frameElement?: { getBoundingClientRect(): DomRect; clientLeft: number; clientTop: number } | null; parent?: DomWindow }) | null;
  for (let depth = 0; view && view.frameElement && depth < 10; depth++) {
    const frame = view.frameElement.getBoundingClientRect();
    x += frame.left + view.frameElement.clientLeft;
    y += frame.top + view.frameElement.clientTop;
    view = (view.parent ?? null) as typeof view;
  }
  if (x < 0 || y < 0 || x > topWindow.innerWidth || y > topWindow.innerHeight) return { ok: false, detail: `the word ${JSON.stringify(request.word)} is outside the viewport` };
  return { ok: true, x, y };
}

/** What the page has selected now: a field's selected text, else the document's selection (trimmed). */
export function selectedText(): string {
  const topWindow = globalThis as unknown as { document: { activeElement: unknown; getSelection(): { toString(): string } | null } };
  const active = topWindow.document.activeElement as { value?: unknown; selectionStart?: number | null; selectionEnd?: number | null } | null;
  if (active && typeof active.value === 'string' && typeof active.selectionStart === 'number' && typeof active.selectionEnd === 'number' && active.selectionEnd > active.selectionStart) {
    return active.value.slice(active.selectionStart, active.selectionEnd).trim();
  }
  const selection = topWindow.document.getSelection();
  return selection ? selection.toString().trim() : '';
}
