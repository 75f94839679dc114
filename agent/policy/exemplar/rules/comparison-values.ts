/**
 * Rule: a comparison a task chooses by is its value, however it is worded.
 *
 * "Click the folder that has the least unread mail" and "Open the folder with
 * the fewest unread messages", or "the stalest project on the list should be
 * archived" and "Archive the project that has gone longest without an
 * update", name no value that value-spans.ts knows, so read by kinds and places
 * (kind-by-places.ts) the two texts "name no value" and were refused as
 * another kind of task. A person sees one task: choose the row by the
 * comparison the text writes. The same holds of "Which folder has 23 unread
 * mails?" against "the folder with the least unread mail": the value chose
 * the row where the comparison chooses it now.
 *
 * So the one comparison of the vocabulary (measures.ts, as extreme-pick.ts
 * `knownComparisons` reads it) a text writes is its value, when that text
 * names no other: beside the other text's one comparison, or beside the
 * demonstration's one value of a text writing no comparison. The slot that
 * makes is served only by a comparison on the page: extreme-pick.ts makes
 * the demonstrated click one where the click held the extreme of its own
 * comparison, or stood in the row its value named; otherwise
 * comparison-choice.ts refuses the plan. The other way round, a new task
 * naming one number where the demonstration's task compared ("the folder that
 * shows 14 unread"), the number stands for the comparison, and value-choice.ts
 * clicks the one row whose compared quantity is that number; another value
 * (a date, a name) in a comparison's place stays refused, as nothing would
 * pick by it.
 *
 * A number or a comparison qualified by a comparative or an ordinal is no
 * such value: "fewer than 14 unread" / "at least 14" is a bound, not the row
 * showing 14, and "the second most unread" is not the most unread. Nor is a
 * number of another measure: "has 14 read messages" counts read messages, not
 * the "most unread" the demonstration compared; the word after the number
 * must be one the comparison's measure carries.
 *
 * Pure functions, no task knowledge.
 */
import type { ValueSpan } from '../value-spans.js';
import { escapeRegExp } from '../../../core/reg-exp.js';
import { knownComparisons } from './extreme-pick.js';
import { countsMeasure, qualified } from './comparison-bounds.js';
import { superlativeOf } from '../measures.js';

/** May the number `span` of `text` stand in the place of `comparison` (or it in the number's)? Not beside a comparative or an ordinal, and only a count of its measure. */
function numberStandsFor(text: string, span: ValueSpan, comparison: string): boolean {
  return !qualified(text, span.start, span.end) && countsMeasure(text, span.start, span.end, superlativeOf(comparison)?.measure);
}

/** The one known comparison `text` writes, as a span of `type`; none when it writes none or several. */
function comparisonSpan(text: string, type: ValueSpan['type'], words = 1): ValueSpan | undefined {
  const found = knownComparisons(text);
  if (found.length !== 1) return undefined;
  const phrase = found[0]!;
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  // "the second most unread", "more than the most": another rank or a bound, not the comparison itself.
  if (!match || qualified(text, match.index, match.index + phrase.length)) return undefined;
  // One choice however many words write it ("stalest" / "longest without"): as long as the value it stands for.
  return { type, text: phrase, value: phrase, words, start: match.index, end: match.index + phrase.length };
}

/**
 * The values of the demonstration's task (`oldSpans`) and the new task's
 * (`newSpans`) with the comparisons that stand as values added: both texts'
 * one comparison where neither names a value; the new task's one comparison,
 * of the type of the demonstration's one value, where the new task names no
 * value and the demonstration's writes no comparison; the demonstration's one
 * comparison, as a number, where the new task names one number and writes no
 * comparison and the demonstration's names no value. Unchanged otherwise.
 */
export function withComparisonValues(demoTask: string, oldSpans: readonly ValueSpan[], newTask: string, newSpans: readonly ValueSpan[]): { old: ValueSpan[]; new: ValueSpan[] } {
  const unchanged = { old: [...oldSpans], new: [...newSpans] };
  if (newSpans.length > 0) {
    // "the folder that shows 14 unread" where the demonstration chose "the fewest unread": a number stands for the comparison.
    if (oldSpans.length > 0 || newSpans.length !== 1 || newSpans[0]!.type !== 'number' || knownComparisons(newTask).length > 0) return unchanged;
    const old = comparisonSpan(demoTask, 'number');
    return old && numberStandsFor(newTask, newSpans[0]!, old.value) ? { old: [old], new: [...newSpans] } : unchanged;
  }
  if (oldSpans.length === 0) {
    const [old, now] = [comparisonSpan(demoTask, 'name'), comparisonSpan(newTask, 'name')];
    return old && now ? { old: [old], new: [now] } : unchanged;
  }
  if (oldSpans.length !== 1 || knownComparisons(demoTask).length > 0) return unchanged;
  const now = comparisonSpan(newTask, oldSpans[0]!.type, oldSpans[0]!.words);
  if (now && oldSpans[0]!.type === 'number' && !numberStandsFor(demoTask, oldSpans[0]!, now.value)) return unchanged;
  return now ? { old: [...oldSpans], new: [now] } : unchanged;
}
