/**
 * Rule: a word a page shows as a one-word caption, said by the task in passing — as wording, not as the caption.
 *
 *   page:  options "Bug", "Feature", "Other", "Soon"
 *   task:  "File "Export broken" as a bug — no other changes."   "other" sets "changes" apart: no option named
 *   task:  "Reply to Mia as soon as you can."                    "as soon as": a comparison, no option named
 *   task:  "Set the category to other." / "Pick other, please."   the option "Other" named: still an item
 *
 * A person reads a word as naming an option when it stands as the choice itself — alone after a verb, a preposition
 * or a colon ("pick other", "set it to other", "Category: other"). Two ways of saying a word are grammar, not a name:
 * - a word setting a thing apart from those named ("other", "another") directly before the noun it sets apart
 *   ("no other changes", "any other fields", "another copy"): the phrase is about the noun, and a page's option
 *   "Other" is never "other changes" (a caption of both words is a name of its own, matched whole by namedSpans).
 *   Not after "the" — "the other category" points at one thing of a set, which may be the option "Other" — nor
 *   before a noun of controls ("any other option", "other choice": control-nouns.ts), which may ask for a choice —
 *   unless negated: "no other fields" asks none;
 * - a word between "as" and "as", a comparison ("as soon as you can", "as early as possible") — but not "as … as
 *   well", where the first "as" names a role ("mark it as urgent as well" asks the option "Urgent").
 * Why it refuses nowhere it should not: the readings look only at the words beside the span, never at the page; a
 * reference word followed by a common word, a number or punctuation ("the other one", "other, please", "other 2")
 * stays a name, as does any word that names a caption of more than one word.
 *
 * Read by rules/unplanned-item.ts. Pure, no task knowledge.
 */
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { COMMON_WORDS } from '../task-tokens.js';
import { sameNoun } from '../word-forms.js';

/** Words setting a thing apart from those already named ("no other changes", "another copy"): they qualify a noun. */
const SETTING_APART_WORDS: ReadonlySet<string> = new Set(['other', 'another']);

const WORD_AFTER = /^\s+(\p{L}[\p{L}'’-]*)/u;
const WORD_BEFORE = /(\p{L}[\p{L}'’-]*)\s+$/u;

/** The word directly after `end` (only spaces between), lower case; undefined at punctuation or the text's end. */
function wordAfter(text: string, end: number): { word: string; end: number } | undefined {
  const match = WORD_AFTER.exec(text.slice(end));
  return match ? { word: match[1]!.toLowerCase(), end: end + match[0].length } : undefined;
}

/** The word directly before `start` (only spaces between), lower case. */
function wordBefore(text: string, start: number): string | undefined {
  return WORD_BEFORE.exec(text.slice(0, start))?.[1]?.toLowerCase();
}

/** Whether the one-word span of `text` from `start` to `end` is said in passing (the header's two readings). */
export function saidInPassing(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (!/^\p{L}+$/u.test(word)) return false;
  const next = wordAfter(text, end);
  const before = wordBefore(text, start);
  if (SETTING_APART_WORDS.has(word) && next !== undefined && before !== 'the' && !COMMON_WORDS.has(next.word)) {
    // "no other fields" asks no choice at all; "any other option" may ask one.
    return before === 'no' || ![...CAPTION_FRAME_NOUNS].some((noun) => sameNoun(noun, next.word));
  }
  if (before === 'as' && next?.word === 'as') return wordAfter(text, next.end)?.word !== 'well';
  return false;
}
