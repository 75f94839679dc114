/**
 * A value with a qualifier — "Sara (Finance)", "Priya in the Finance team",
 * "the product manager in Krakow", "Mei from Payroll" — names a thing and
 * tells it from its namesakes: Sara, the one in Finance. A card shows such a
 * value when it shows the name and the qualifier, each anywhere in it
 * ("Sara Lindqvist", "Finance · Lisbon"), never the words as the task
 * writes them, which no page needs to.
 *
 * Pure text reading, no task knowledge.
 */

export interface QualifiedValue {
  /** The name: "Sara", "product manager". */
  head: string;
  /** What tells it from its namesakes: "Finance", "Krakow". */
  qualifier: string;
}

/** An article or possessive before a name ("the analyst", "our designer"): wording, not data. */
const LEADING_ARTICLE = /^(?:the|a|an|our|my)(?:\s+|$)/i;
/** Nouns that only say the qualifier is a group of people ("the Finance team"): the group's name is the rest. */
const GROUP_NOUNS = /(?:^|\s+)(?:team|department|dept\.?|group|office|division|unit)$/i;

/** "Sara (Finance)" → Sara, Finance; "Priya in the Finance team" → Priya, Finance; undefined for anything else. */
export function qualifiedValue(value: string): QualifiedValue | undefined {
  const text = value.trim();
  const bracketed = /^([^()]*[\p{L}\p{N}][^()]*?)\s*\(([^()]*[\p{L}\p{N}][^()]*)\)$/u.exec(text);
  const placed = bracketed ? undefined : /^(.*[\p{L}\p{N}].*?)\s+(?:in|from|at)\s+(.*[\p{L}\p{N}].*)$/u.exec(text);
  const match = bracketed ?? placed;
  if (!match) return undefined;
  const head = match[1]!.trim().replace(LEADING_ARTICLE, '');
  const qualifier = match[2]!.trim().replace(LEADING_ARTICLE, '').replace(GROUP_NOUNS, '');
  // A part that is only wording ("the", "team"), or holds another qualifier, is no reading.
  if (!/[\p{L}\p{N}]/u.test(head) || !/[\p{L}\p{N}]/u.test(qualifier) || /\s(?:in|from|at)\s/i.test(` ${head} `) || /[()]/.test(head + qualifier)) return undefined;
  return { head, qualifier };
}
