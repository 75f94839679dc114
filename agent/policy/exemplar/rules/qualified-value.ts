/**
 * A value with a qualifier in brackets — "Sara (Finance)", "Noah (Sales)" —
 * names a thing and tells it from its namesakes: Sara, the one in Finance.
 * A row or card shows such a value when it shows the name where the name
 * goes and the qualifier anywhere in it ("Sara Lindqvist", "Finance ·
 * Lisbon"), never the bracketed text as written, which is how a task writes
 * it and no page needs to.
 *
 * Pure text reading, no task knowledge.
 */

export interface QualifiedValue {
  /** The name: "Sara". */
  head: string;
  /** What tells it from its namesakes: "Finance". */
  qualifier: string;
}

/** "Sara (Finance)" → Sara, Finance; undefined for a value with no such closing bracket or with brackets inside either part. */
export function qualifiedValue(value: string): QualifiedValue | undefined {
  const match = /^([^()]*[\p{L}\p{N}][^()]*?)\s*\(([^()]*[\p{L}\p{N}][^()]*)\)$/u.exec(value.trim());
  if (!match) return undefined;
  return { head: match[1]!.trim(), qualifier: match[2]!.trim() };
}
