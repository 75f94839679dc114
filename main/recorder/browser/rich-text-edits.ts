/**
 * Typing in rich text (a contenteditable region) as a person did it. A
 * person formats while typing — some words, Ctrl+B, a word, Ctrl+B, the
 * rest — so one region gets several edits with formatting commands between
 * them. The page reports each edit with the region's whole text, and a
 * region has no `change` event to say what it held before an edit, so stored
 * as reported every edit would retype everything before it (and, replacing,
 * undo the formatting). Each edit of a region is stored as the text it added
 * at the end of what the region held after its previous edit; an edit that
 * changed more than the end keeps the whole text and replaces. Pure apart
 * from the memory of each region's last text.
 */
import type { PageTarget } from './captured-event.js';

/** A contenteditable region: an editable element that is no form field. */
export function isRichText(target: PageTarget): boolean {
  return target.editable && !['input', 'textarea', 'select'].includes(target.tag.toLowerCase());
}

/** Non-breaking spaces (how an editor keeps a trailing space) read as the spaces a person typed. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

export class RichTextEdits {
  /** Region (field key) → its text after the last edit stored. */
  private last = new Map<string, string>();

  /**
   * The edit to store for `text`, the region's whole text after it: the part typed at the end of what it
   * held before (`appended`), or the whole text when the earlier text changed too.
   */
  edit(fieldKey: string, target: PageTarget, text: string): { text: string; target: PageTarget; appended?: true } {
    const after = plain(text);
    const before = this.last.get(fieldKey) ?? plain(target.value ?? '');
    this.last.set(fieldKey, after);
    // The target as it was before this edit (what replacing it would replace).
    const was = { ...target, value: before };
    if (before !== '' && after.startsWith(before) && after.length > before.length) return { text: after.slice(before.length), target: was, appended: true };
    return { text: after, target: was };
  }
}
