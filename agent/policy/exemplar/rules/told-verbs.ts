/**
 * Rule: a verb word that tells, not asks.
 *
 * A task describing a fault or a habit uses verbs no one asks the agent to do: "Logging in: I tick Remember me but
 * get logged out when I close the tab. Log it as …" asks to file a report, not to tick or close anything; "titled
 * Mute toggle has no effect" names a toggle, the subject of "has". A person reads such a word as what it is:
 *
 * - a verb right after a subject that is not the one asked ("I tick …", "when we close the tab", "they search"):
 *   it tells what someone does — unless a modal opens the question before that subject ("Could we search …",
 *   "Can I delete it?"), which asks it. "We" tells only inside a clause a subordinator opens ("when we close the
 *   tab", "if we search"): elsewhere it is the instructing "we" of "then we archive it", "first we star it", which
 *   asks as an imperative does;
 * - a verb word right before a verb of being or having ("the Mute toggle has no effect", "search is broken"): it
 *   is that sentence's subject, a noun.
 *
 * Why it is safe: only the verb-gap readings that look for a request one text asks and the other does not
 * (verb-gap.ts verbKeys with `asVerbs`) pass such a word by; opposites are still read from every verb word, and an
 * imperative ("Tick Remember me", "Close the tab") or a request to the agent ("Could you close it", "you" is never a
 * telling subject here) still asks. Pure functions, no task knowledge.
 */

/** Subjects whose verb tells what they do: the speaker and others, never the one asked ("you"). */
export const TELLING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);
/** Words opening a question before its subject, which then asks what follows ("Could we search …", "Can I delete …"). */
/** Words opening a clause that tells when or why, inside which "we" tells too ("when we close the tab"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'after', 'before', 'because', 'since', 'while', 'until', 'once', 'as', 'though', 'although']);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'shall', 'should', 'will', 'would', 'must']);
/** Verbs of being or having whose subject stands right before them ("the toggle has", "search is"). */
export const BEING: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'does', 'did', "isn't", "wasn't", "aren't", "weren't", "hasn't", "doesn't", "didn't", 'isn’t', 'wasn’t', 'aren’t', 'weren’t', 'hasn’t', 'doesn’t', 'didn’t']);

/**
 * Does the verb phrase at [start, end) of `words` (lower-case words) tell rather than ask: after a telling subject
 * with no modal before it ("I tick …"), or before a verb of being or having ("toggle has …")?
 */
export function toldNotAsked(words: readonly string[], start: number, end: number): boolean {
  if (BEING.has(words[end] ?? '')) return true;
  const subject = words[start - 1] ?? '';
  if (subject === 'we' && !SUBORDINATORS.has(words[start - 2] ?? '')) return false;
  return TELLING_SUBJECTS.has(subject) && !MODALS.has(words[start - 2] ?? '');
}
