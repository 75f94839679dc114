/**
 * Rule: the page is evidence of where a value begins and ends.
 *
 * value-spans.ts cuts a task text into values by their look (capitals, digits,
 * quotes), without the page: an unquoted title with lower-case words inside it
 * ("reserve A Map of Small Rivers") reads as several names ("A Map", "Small
 * Rivers"). When the page (or a demonstrated step) shows "A Map of Small
 * Rivers" as one caption or option, the run is one value. Likewise one name
 * the words after it complete into an option the page offers: "category
 * Technical issue" is the option "Technical issue", not the name "Technical"
 * and the word "issue". (A capitalised
 * sentence opening the page shows as a name, "Tara wrote …", is
 * kind-by-places.ts's `placedOpeners`.) Matching is whole words,
 * case-insensitive, spacing-blind; the joined span's value is the page's own
 * spelling, the form a step uses. Pure functions.
 */
import type { ValueSpan } from '../value-spans.js';
import { escapeRegExp } from '../../../core/reg-exp.js';
import { COMMON_WORDS } from '../task-tokens.js';

/** What joins a list's items rather than one name's words: "and", "or", "&", a comma or semicolon. */
const LIST_JOINER = /(?:^|[^\p{L}])(?:and|or)(?![\p{L}])|[&,;]/iu;

/** Where `name` stands in `text` as whole words (case-insensitive, any spacing between its words). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Do these words after a name complete it: one of them is no common word (task-tokens' COMMON_WORDS: "me", "it", "the"). */
function completingWords(words: string): boolean {
  return (words.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).some((word) => !COMMON_WORDS.has(word.toLowerCase()));
}

/**
 * `spans` with every run of two or more name spans that one of `names` covers
 * whole (and no span crosses its edges) read as one name: "A Map" + "Small
 * Rivers" → "A Map of Small Rivers" when the page shows that title; and one
 * name span that begins such a name, the words after it (in no span, one of
 * them no common word) ending it: "Technical" + "issue" → "Technical issue". Longest
 * names first; spans of other types are never joined, nor names a list's "and",
 * "or", "&" or comma joins ("Mac and Cheese": rules/and-names.ts).
 */
export function joinedByPage(text: string, spans: readonly ValueSpan[], names: readonly string[]): ValueSpan[] {
  let result = [...spans];
  const candidates = [...new Set(names.map((name) => name.trim()))].filter((name) => name.split(/\s+/).length >= 2).sort((a, b) => b.length - a.length);
  for (const name of candidates) {
    for (const { start, end } of occurrences(text, name)) {
      const inside = result.filter((span) => span.start >= start && span.end <= end);
      const crossing = result.some((span) => span.start < end && span.end > start && !(span.start >= start && span.end <= end));
      if (inside.length === 0 || crossing || inside.some((span) => span.type !== 'name')) continue;
      // One name alone: it must begin the caption, the words completing it following it ("Technical issue").
      if (inside.length === 1 && (inside[0]!.start !== start || inside[0]!.end === end)) continue;
      // …and words of their own: "under About me" keeps "me" the sentence's word, whatever caption the page shows.
      if (inside.length === 1 && !completingWords(text.slice(inside[0]!.end, end))) continue;
      // Names joined by "and", "or", "&" or a comma are a list's items as much as one name: and-names.ts reads those.
      const gaps = [...inside.slice(1).map((span, index) => text.slice(inside[index]!.end, span.start)), ...(inside.length === 1 ? [text.slice(inside[0]!.end, end)] : [])];
      if (gaps.some((gap) => LIST_JOINER.test(gap))) continue;
      const joined: ValueSpan = { type: 'name', text: text.slice(start, end), value: name, words: name.split(/\s+/).length, start, end };
      result = [...result.filter((span) => !inside.includes(span)), joined];
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
