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
 *
 * The same memory says what the region held at the input, which an
 * observation taken before earlier edits does not: when the page could not
 * observe itself at an edit (a busy machine), the step is paired with the
 * last observation before it, and that one may show the region as it was
 * before the words typed and made bold since ("y" for "yonder timber").
 * `withValueAtInput` puts the tracked text into that observation's element,
 * so the stored step shows the field as the person saw it when typing.
 */
import type { Observation } from '../../../agent/core/observation.js';
import { collapse } from '../../../agent/operators/browser/page-script/extract/dom-text.js';
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

/**
 * `observation` with element `elementId` holding `value` (the region's text at the input, read as the page's
 * extraction reads a text box: whitespace collapsed, trimmed); the same observation when it already does or has no
 * such element. A copy: the observation is kept to pair other gestures with.
 */
export function withValueAtInput(observation: Observation, elementId: number, value: string): Observation {
  const read = collapse(value);
  const element = observation.elements.find((candidate) => candidate.id === elementId);
  if (!element || element.value === read) return observation;
  return { ...observation, elements: observation.elements.map((candidate) => (candidate === element ? { ...candidate, value: read } : candidate)) };
}
