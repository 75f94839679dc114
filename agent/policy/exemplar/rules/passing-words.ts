/**
 * Rule: a word a page shows as a one-word caption, said by the task in passing — as wording, not as the caption.
 *
 *   page:  options "Bug", "Feature", "Other", "Soon"
 *   task:  "File "Export broken" as a bug — no other changes."   "other" sets "changes" apart: no option named
 *   task:  "Reply to Mia as soon as you can."                    "as soon as": the phrase for "when", no option named
 *   task:  "Set the category to other." / "Pick other, please."   the option "Other" named: still an item
 *
 * A person reads a word as naming an option when it stands as the choice itself — alone after a verb, a preposition
 * or a colon ("pick other", "set it to other", "Category: other"). Two ways of saying a word are grammar, not a name:
 * - "other" after a word counting or owning things ("no other changes", "any other settings", "all other devices",
 *   "my other devices") and before the noun it sets apart: a determiner, never the bare name of an option "Other" (a
 *   caption of both words is a name of its own, matched whole by namedSpans). Not after "the" or nothing — "about
 *   other titled …", "the other category" may name the option — nor before a noun of controls ("any other option":
 *   control-nouns.ts), which may ask for a choice, unless negated: "no other fields" asks none;
 * - "soon" in "as soon as" opening a clause ("as soon as you can", "as soon as it ships"): the fixed phrase for "when",
 *   a time of the doing. Not "as soon as possible", which may ask the soonest option, nor any other "as … as": "set
 *   the priority as high as you can" asks the option "High";
 * - "help" between a word asking for it and "with" ("I need help with it", "some help with billing"): the fixed phrase
 *   asking for assistance with something, never the bare name of an option "Help" ("pick help", "Category: help",
 *   "file it as help", "I need help." stay names).
 * Why it refuses nowhere it should not: the readings look only at the words beside the span, never at the page;
 * "other" with no counting or owning word before it, or followed by a common word, a number or punctuation ("pick
 * other", "about other titled …", "any other one", "no other, please") stays a name, as does any word that names a
 * caption of more than one word.
 *
 * Read by rules/unplanned-item.ts. Pure, no task knowledge.
 */
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { COMMON_WORDS, POSSESSIVES } from '../task-tokens.js';
import { sameNoun } from '../word-forms.js';

/** Who may open the clause "as soon as" introduces ("as soon as you can", "as soon as it ships"). */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'it', 'they', 'someone', 'anyone']);

/** Words counting or denying things, which make "other" after them a determiner ("no other changes", "all other devices"). */
const COUNTING_WORDS: ReadonlySet<string> = new Set(['no', 'any', 'all', 'some', 'every', 'each', 'many', 'few', 'several']);

/** Words before "help with" that ask for assistance ("I need help with it", "could I get some help with …"). */
const ASKING_FOR_HELP: ReadonlySet<string> = new Set(['need', 'needs', 'want', 'get', 'some', 'any', 'for', 'your']);

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
  if (word === 'other' && next !== undefined && before !== undefined && (COUNTING_WORDS.has(before) || POSSESSIVES.has(before)) && !COMMON_WORDS.has(next.word)) {
    // "no other fields" asks no choice at all; "any other option" may ask one.
    return before === 'no' || ![...CAPTION_FRAME_NOUNS].some((noun) => sameNoun(noun, next.word));
  }
  if (word === 'soon' && before === 'as' && next?.word === 'as') return SUBJECTS.has(wordAfter(text, next.end)?.word ?? '');
  if (word === 'help' && next?.word === 'with') return ASKING_FOR_HELP.has(before ?? '');
  return false;
}
