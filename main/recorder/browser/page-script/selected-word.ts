/**
 * The word a double-click selected inside a text element (a text field, a
 * rich-text editor): its text and its place among the element's words. A
 * double-click there means that word, not the element, so the recorder
 * stores it (gesture-to-step.ts). In-page code.
 */
import type { PageElement, PageNode } from './page-dom.js';

interface SelectionRange {
  startContainer: PageNode;
  startOffset: number;
  commonAncestorContainer: PageNode;
}
interface PageSelection {
  rangeCount: number;
  isCollapsed: boolean;
  getRangeAt(index: number): SelectionRange;
  toString(): string;
}
interface BeforeRange {
  selectNodeContents(node: PageNode): void;
  setEnd(node: PageNode, offset: number): void;
  toString(): string;
}
interface SelectingDocument {
  getSelection?(): PageSelection | null;
  createRange(): BeforeRange;
}

export interface SelectedWord {
  text: string;
  /** How many words of the element come before it. */
  wordIndex: number;
}

/** The one word selected inside `node`, or undefined (nothing selected, several words, or outside it). */
export function selectedWord(node: PageElement | null): SelectedWord | undefined {
  if (!node) return undefined;
  let text = '';
  let before = '';
  const value = node.value;
  if (typeof value === 'string' && typeof node.selectionStart === 'number' && typeof node.selectionEnd === 'number' && node.selectionEnd > node.selectionStart) {
    text = value.slice(node.selectionStart, node.selectionEnd);
    before = value.slice(0, node.selectionStart);
  } else {
    const document = node.ownerDocument as unknown as SelectingDocument | null;
    const selection = document && document.getSelection ? document.getSelection() : null;
    if (!document || !selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
    const range = selection.getRangeAt(0);
    if (!(node as unknown as { contains(other: PageNode): boolean }).contains(range.commonAncestorContainer)) return undefined;
    text = selection.toString();
    const head = document.createRange();
    head.selectNodeContents(node);
    head.setEnd(range.startContainer, range.startOffset);
    before = head.toString();
  }
  const word = text.trim();
  if (word === '' || /\s/.test(word)) return undefined;
  // Leading spaces the selection took in belong before the word.
  const leading = text.length - text.trimStart().length;
  const preceding = (before + text.slice(0, leading)).split(/\s+/).filter((part) => part !== '');
  return { text: word, wordIndex: preceding.length };
}
