/**
 * Rule: a value glued to wording in a word-by-word slot.
 *
 * Two phrasings of one request ("Which folder has 23 unread mails? Open it."
 * / "Open the folder with 9 unread messages.") align word by word with a few
 * shared words, and the number lands in a slot together with the words around
 * it ("has 23" → "with 9"). No step used "has 23", so the plan cannot use the
 * slot, though the value in it is plain. The typed-value alignment
 * (paraphrase-align.ts) pairs the values by type instead; when it pairs the
 * very values such a slot holds, it reads the tasks better than the weak
 * word alignment, even when its score (which only counts shared words) is a
 * little lower.
 *
 * Pure function, no task knowledge.
 */
import type { TaskAlignment } from '../align-tasks.js';
import { valueSpans } from '../value-spans.js';

/** Value types a slot may hold glued to wording (names are capitalised words: wording can look like them). */
const GLUED_TYPES = new Set(['number', 'quoted', 'email', 'date', 'time', 'file']);

/**
 * Does `words` hold a slot whose two sides each hold one typed value of one
 * type plus other words, which `typed` pairs value to value?
 */
export function typedReadsGluedValues(words: TaskAlignment, typed: TaskAlignment): boolean {
  return words.slots.some((slot) => {
    if (slot.list || slot.kind !== 'text') return false;
    const oldSpans = valueSpans(slot.old[0]!).filter((span) => GLUED_TYPES.has(span.type));
    const newSpans = valueSpans(slot.new[0]!).filter((span) => GLUED_TYPES.has(span.type));
    if (oldSpans.length !== 1 || newSpans.length !== 1 || oldSpans[0]!.type !== newSpans[0]!.type) return false;
    const glued = (text: string, span: { start: number; end: number }) => /[\p{L}\p{N}]/u.test(text.slice(0, span.start) + text.slice(span.end));
    if (!glued(slot.old[0]!, oldSpans[0]!) && !glued(slot.new[0]!, newSpans[0]!)) return false;
    return typed.slots.some((pair) => pair.old[0] === oldSpans[0]!.value && pair.new[0] === newSpans[0]!.value);
  });
}
