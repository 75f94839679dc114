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

/** How many times `value` stands in `text` as whole words (case-insensitive); 0 for an empty value. */
export function countWhole(text: string | undefined, value: string): number {
  const needle = value.trim();
  if (!text || !needle) return 0;
  return [...text.matchAll(wholeWordPattern(needle, 'giu'))].length;
}

/** Where `value` first stands in `text` as whole words (case-insensitive), or undefined. */
export function findWhole(text: string, value: string): { start: number; end: number } | undefined {
  const needle = value.trim();
  const match = needle === '' ? null : wholeWordPattern(needle).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** The word with its first letter upper case and the rest lower case ("click" / "CLICK" → "Click"). */
export function capitaliseWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** A whole number as a task writes it ("117"). */
const WHOLE_NUMBER = /^\d+$/u;
/** Zero cents closing an amount ("117.00"). */
const ZERO_CENTS = /[.,]00$/u;

/**
 * The pattern of one old value as whole words. A whole number also stands with zero cents written out: "117" in
 * "Pay $117.00" is the same amount (but "12.00.2024" is no amount).
 */
function oldValuePattern(old: string): string {
  const cents = WHOLE_NUMBER.test(old) ? '(?:[.,]00(?![\\p{N}]|[.,]\\d))?' : '';
  return `(?<![\\p{L}\\p{N}])${escapeRegExp(old)}${cents}(?![\\p{L}\\p{N}])`;
}

/** A new amount written with cents as the old one was ("6.15" in "117.00" → "6.15", "50" → "50.00"); else as it is. */
function withCents(value: string, cents: string): string {
  if (WHOLE_NUMBER.test(value)) return `${value}${cents}`;
  if (/^\d+[.,]\d$/u.test(value)) return `${value}0`;
  return value;
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
  const pattern = new RegExp(sorted.map((binding) => oldValuePattern(binding.old.trim())).join('|'), 'giu');
  let changed = false;
  const inserted: string[] = [];
  const result = text.replace(pattern, (found) => {
    const of = (written: string) => sorted.find((candidate) => candidate.old.trim().toLowerCase() === written.toLowerCase());
    const cents = of(found) === undefined ? ZERO_CENTS.exec(found)?.[0] : undefined;
    const written = cents === undefined ? found : found.slice(0, -cents.length);
    const binding = of(written);
    if (!binding) return found;
    // The demonstration changed the value's case ("Kasie" typed as "kasie"): the new value gets the same change.
    const value = sameCaseChange(binding.old.trim(), written, cents === undefined ? binding.new : withCents(binding.new, cents));
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
