/**
 * Rule: "hasn't changed since March 4" and "last updated on March 4" ask for
 * one thing.
 *
 * A person picking the project that "hasn't changed since October 21" looks
 * for the one whose last change was on October 21 — what "the project last
 * updated on 17 March" asks with other words. The negation in the first is
 * how English says "last", not a "not" the steps would have to follow.
 *
 * `readLastChangeAlike` rewrites such a negated "… since <day>" as "last
 * <verb> on <day>" when — and only when — the other text says "last <verb>"
 * of a change (updated, changed, modified, edited, touched), so the check for
 * a negation one text says alone (rules/task-values.ts) reads the two alike.
 *
 * Safe because: only the negation right before a verb of changing followed by
 * "since" and a value is read so; "has changed since March 4" (no negation)
 * and "not updated on March 4" (no "since") keep their meaning and are judged
 * as before; and nothing is rewritten unless the other text speaks of a last
 * change too. Pure; no task knowledge.
 */

/** Verbs of a thing changing, in the forms "has not been …" / "last …" take. */
const CHANGE_VERBS = ['changed', 'updated', 'modified', 'edited', 'touched'];
const VERB = `(?:${CHANGE_VERBS.join('|')})`;
/** "hasn't changed since", "has not been updated since", "haven't been touched since", "wasn't modified since". */
const NOT_SINCE = new RegExp(`\\b(?:has|have|had|was|were)(?:n['’]t|\\s+not)\\s+(?:been\\s+)?(${VERB})\\s+since\\b`, 'giu');
/** "last updated", "last changed on". */
const LAST_CHANGE = new RegExp(`\\blast\\s+${VERB}\\b`, 'iu');

/** The two texts, a negated "… since" in either read as "last … on" when the other speaks of a last change. */
export function readLastChangeAlike(a: string, b: string): { a: string; b: string } {
  const read = (text: string, other: string) => (LAST_CHANGE.test(other) ? text.replace(NOT_SINCE, (_, verb: string) => `last ${verb.toLowerCase()} on`) : text);
  return { a: read(a, b), b: read(b, a) };
}
