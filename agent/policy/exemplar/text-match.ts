/**
 * Comparing and rewriting the short strings of UI elements and actions:
 * normalisation, whole-word containment and slot substitution.
 */
import { escapeRegExp } from '../../core/reg-exp.js';

/** One old → new value pair a demonstration is rewritten with. */
export interface Binding {
  old: string;
  new: string;
}

/** Lower case, collapsed whitespace, surrounding quotes and trailing punctuation removed. */
export function normalizeText(text: string | undefined): string {
  if (!text) return '';
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’.:!?]+$/g, '')
    .trim();
}


/** A case-insensitive pattern for `value` that only matches at word boundaries (not inside longer words). */
function wholeWordPattern(value: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, flags);
}

/** Does `text` contain `value` as whole words (case-insensitive)? Empty values never match. */
export function containsWhole(text: string | undefined, value: string): boolean {
  const needle = value.trim();
  if (!text || !needle) return false;
  return wholeWordPattern(needle).test(text);
}

/** Where `value` first stands in `text` as whole words (case-insensitive), or undefined. */
export function findWhole(text: string, value: string): { start: number; end: number } | undefined {
  const needle = value.trim();
  const match = needle === '' ? null : wholeWordPattern(needle).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * Replace every whole-word occurrence of each binding's old value with its new
 * value, longest old values first so "New York" wins over "York". Replacements
 * are done in one pass, so a new value is never rewritten again. `inserted`
 * lists the values written, including those of bindings to the same value,
 * which leave `changed` false.
 */
export function substitute(
  text: string,
  bindings: readonly Binding[],
): { text: string; changed: boolean; /** The new values written in, in order. */ inserted: string[] } {
  // A binding to the same value (a date part both tasks share) changes nothing but is still a slot value the text holds.
  const active = bindings.filter((binding) => binding.old.trim() !== '');
  if (!text || active.length === 0) return { text, changed: false, inserted: [] };
  const sorted = [...active].sort((a, b) => b.old.length - a.old.length);
  const pattern = new RegExp(
    sorted.map((binding) => `(?<![\\p{L}\\p{N}])${escapeRegExp(binding.old.trim())}(?![\\p{L}\\p{N}])`).join('|'),
    'giu',
  );
  let changed = false;
  const inserted: string[] = [];
  const result = text.replace(pattern, (found) => {
    const binding = sorted.find((candidate) => candidate.old.trim().toLowerCase() === found.toLowerCase());
    if (!binding) return found;
    // The demonstration changed the value's case ("Kasie" typed as "kasie"): the new value gets the same change.
    const value = sameCaseChange(binding.old.trim(), found, binding.new);
    if (binding.old !== binding.new) changed = true;
    inserted.push(value);
    return value;
  });
  return { text: result, changed, inserted };
}

/** `value` with the case change that turned `old` into `found` (all lower, all upper), else as it is. */
function sameCaseChange(old: string, found: string, value: string): string {
  if (found === old) return value;
  const hasCase = (text: string) => text.toLowerCase() !== text.toUpperCase();
  if (!hasCase(found)) return value;
  if (found === found.toLowerCase() && old !== old.toLowerCase()) return value.toLowerCase();
  if (found === found.toUpperCase() && old !== old.toUpperCase()) return value.toUpperCase();
  return value;
}

/** Does any binding's old value occur in `text`? */
export function mentionsAny(text: string | undefined, bindings: readonly Binding[]): boolean {
  return bindings.some((binding) => binding.old !== binding.new && containsWhole(text, binding.old));
}

/**
 * Word-level Jaccard similarity of two strings, 0..1. Texts without a letter
 * or digit ("♥♥♥", "×", "") have no words to compare: they are similar only
 * when they are the same non-empty text — an empty label is no match for "♥♥♥".
 */
export function wordSimilarity(a: string | undefined, b: string | undefined): number {
  const wordsA = new Set(normalizeText(a).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const wordsB = new Set(normalizeText(b).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (wordsA.size === 0 && wordsB.size === 0) {
    const symbolsA = normalizeText(a).replace(/\s+/g, '');
    return symbolsA !== '' && symbolsA === normalizeText(b).replace(/\s+/g, '') ? 1 : 0;
  }
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / (wordsA.size + wordsB.size - shared);
}
