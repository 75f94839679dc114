/**
 * Rule: a name inside a noun phrase is read with the words that modify it. On a
 * form showing both "Email" and "Confirm email" (or "Phone" and "Mobile
 * phone"), a person reads "fill in my confirm email" as the field "Confirm
 * email" — "confirm" is no verb after "my" — and "fill in my repeat email" as
 * not plainly "Email": the word "repeat" qualifies it, and the page has a
 * longer name ending in "email", so which field is meant is a guess.
 *
 * Two readings for page-named-values.ts's lower-case names:
 * - `verbInsideNounPhrase`: a caption of a verb and its object ("Confirm email",
 *   "Remove milk") names its object alone only where the verb is the task's
 *   action ("remove milk", "please confirm email"); after a determiner or
 *   possessive ("my confirm email") or right after another action verb ("click into
 *   confirm email") the verb word is part of the name, and the whole caption
 *   is the value.
 * - `qualifiedLookAlike`: a name right after a word that is no common word
 *   ("repeat email", "my spare phone"), when the page shows a longer name
 *   ending in the same words: the phrase is not taken as that name (no value
 *   is read there, so the policy refuses rather than pick one of the
 *   look-alikes). Without such a look-alike ("my work email" on a page with
 *   one "Email") the name stands as before.
 * Known gap: "focus | confirm email" — "focus" is no action verb of
 * intent-words.ts, so "confirm" is read as the task's verb and the object
 * "Email" is taken.
 * Pure functions, no task knowledge.
 */
import { intentOfPhrase, isActionVerb } from '../intent-words.js';
import { COMMON_WORDS } from '../task-tokens.js';
import { normalizeText } from '../text-match.js';

/** Words that open a noun phrase: a word after one of them and before a name is read inside that noun phrase. */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Words naming where an action goes ("click into", "type in"): a verb before one still acts on what follows. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['into', 'in', 'on', 'onto', 'to', 'at']);

/** The lower-cased whole words of `text` before offset `end`, last one last. */
function wordsBefore(text: string, end: number): string[] {
  return [...text.slice(0, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => match[0].toLowerCase());
}

/** Only white space between the word before `start` and `start` (no comma, dash or quote parts them). */
function joinedToPrevious(text: string, start: number): boolean {
  return /[\p{L}\p{N}]\s+$/u.test(text.slice(0, start));
}

/**
 * Is the caption's verb at `start` no verb of the task here: after a determiner or possessive ("my confirm email"),
 * or right after another action verb of the task ("click into confirm email": "click" is what is asked)?
 */
export function verbInsideNounPhrase(text: string, start: number): boolean {
  const before = wordsBefore(text, start);
  if (joinedToPrevious(text, start) && NOUN_PHRASE_OPENERS.has(before[before.length - 1] ?? '')) return true;
  // The task's own verb right before it, or before one place word ("click into confirm email"); not across "and".
  const verb = (word: string | undefined) => word !== undefined && (isActionVerb(word) || intentOfPhrase(word) !== undefined);
  const last = before[before.length - 1];
  return joinedToPrevious(text, start) && (verb(last) || (PLACE_WORDS.has(last ?? '') && verb(before[before.length - 2])));
}

/**
 * Is the name `phrase` (at `start` in `text`) qualified by the word right before it ("repeat email", "my spare
 * phone") while `names` hold a longer name ending with the same words — a look-alike the task may mean instead?
 * A qualifier that with the name spells that longer name is the caption's own verb (`verbInsideNounPhrase` decided).
 */
export function qualifiedLookAlike(text: string, start: number, phrase: string, names: readonly string[]): boolean {
  if (!joinedToPrevious(text, start)) return false;
  const before = wordsBefore(text, start);
  const qualifier = before[before.length - 1];
  if (qualifier === undefined || COMMON_WORDS.has(qualifier) || NOUN_PHRASE_OPENERS.has(qualifier) || !/^\p{L}+$/u.test(qualifier)) return false;
  const own = normalizeText(phrase).split(' ');
  return names.some((name) => {
    const words = normalizeText(name).split(' ');
    return words.length > own.length && words.slice(-own.length).join(' ') === own.join(' ') && words.slice(0, -own.length).join(' ') !== qualifier;
  });
}
