/**
 * "I need 90 more of Omeprazole 20mg": a need for that many of a thing, the
 * "more" saying they come on top of what the person has — no comparison and
 * no direction of its own. Beside "request a refill of Omeprazole 20mg
 * (quantity 90)" it asks the same: a count of the thing.
 *
 * So is the "more" of "any more" where it means "no longer": in a negated
 * clause, ending it ("I don't need the loaf any more; …", "We never go there
 * any more, so …"). Elsewhere "any more" is more of a thing, a direction:
 * "Add any more eggs", "Are there any more seats?", "Don't add any more eggs".
 *
 * Only a need or want of a count, "more of", and a thing after it: "Add 3
 * more apples" (a stepper's change), "more than 5", "the one with more
 * reviews" keep their "more".
 *
 * Pure; no task knowledge.
 */
import { NUMBER_WORD_PATTERN } from '../number-words.js';
import { CLAUSE_JOINERS } from './clause-tail.js';
import { negationsIn } from './negation-words.js';

/** "need 90 more of", "want two more of": the "more" of a wished-for count. */
const COUNT_MORE = new RegExp(String.raw`(?<=\b(?:need|want)\s+(?:\d+|${NUMBER_WORD_PATTERN})\s+)more(?=\s+of\s+\S)`, 'giu');

/** The "more" of "any more" ("any more than 5" compares: no such "more"). */
const ANY_MORE = /(?<=\bany\s+)more\b(?!\s+than\b)/giu;
/** What ends a clause right after "any more": a stop, a comma, a closing quote or bracket, the text's end. */
const CLAUSE_END = /^\s*(?:$|[.,;:!?)"”])/u;
/** Where a clause starts, looking back: after a stop. */
const CLAUSE_START = /[.;:!?][^.;:!?]*$/u;

/** Does the "any more" whose "more" stands at `at` … `end` mean "no longer": ending a negated clause ("I don't need it any more.")? */
function meansNoLonger(text: string, at: number, end: number): boolean {
  const after = text.slice(end);
  // Or a word joining the next clause ("… any more, so …", "… any more and …"): no thing "more" could count.
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  const joined = next !== undefined && (CLAUSE_JOINERS.has(next) || next === 'and');
  if (!CLAUSE_END.test(after) && !joined) return false;
  const before = text.slice(0, at);
  const clause = before.slice(CLAUSE_START.exec(before)?.index ?? 0);
  return negationsIn(clause).length > 0;
}

/**
 * The text with the "more" of each wished-for count, and of "any more" meaning "no longer", blanked out (same length),
 * so no direction word is read there.
 */
export function withoutCountMore(text: string): string {
  const counted = text.replace(COUNT_MORE, (match) => ' '.repeat(match.length));
  return counted.replace(ANY_MORE, (match, at: number) => (meansNoLonger(counted, at, at + match.length) ? ' '.repeat(match.length) : match));
}
