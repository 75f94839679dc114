/**
 * Rule: a reason said after a dash is no part of the request.
 *
 *   "I'd like seats C5 and C6 - we came late last time."
 *   "I'd like seat B3 - I like to sit near the back."
 *   "Could you grab seats B2 and B3 for me?"
 *
 * A person reads the words after the dash as why the seats are wanted, not
 * as what to do: a statement with its own subject ("we came …", "my knees
 * need …", "the middle has …") that names no value, says no "please" and
 * wishes for nothing ("- I'd like the aisle one"). Its words ("last", "like", "back") are neither
 * directions nor verbs of the request, so the two wordings are compared
 * without it. A clause after a dash that asks stays: "- please send it",
 * "- mark it low", "- see what's available", "- that one please"; so does one
 * that says what must be ("- the note should say rent"), one of the asker's
 * needs ("- we need the aisle"), or holds a word the page shows (`shown`): it may name a place.
 *
 * A reason said before ", so" is no part of the request either: "I don't want
 * to be tracked more than needed, so marketing cookies only please." asks for
 * what follows "so"; the statement before it (a subject of its own, no value,
 * no "please", no wish, no word the page shows) tells why. Its "more" and
 * "don't" are neither directions nor negations of the request: the wish is
 * about how the asker is treated ("want to be tracked"), not for a thing.
 * A statement before ", so" that wants or needs a thing ("I don't want
 * marketing cookies, so save my choices.", "We only need the essential
 * cookies, so …"), names a state ("I need analytics off, so save.", "The
 * newsletter shouldn't be on, so …") or negates anything else is the
 * request itself, "so …" only its last step: it stays.
 *
 * Pure functions, no task knowledge.
 */
import { isWish, stateKey, switchStateOf, wordsOf } from '../intent-words.js';
import type { UIElement } from '../../../core/observation.js';
import { POSSESSIVES } from '../task-tokens.js';
import { negationsIn } from './negation-words.js';
import { valueSpans } from '../value-spans.js';

/**
 * Words that open a statement with a subject of its own: a person, a thing, "there", a possessive (task-tokens.ts
 * POSSESSIVES). Not "it", "its", "this", "that": they point at what is asked for ("- it's for the taxi", "- that one please").
 */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', ...[...POSSESSIVES].filter((word) => word !== 'its'), 'the', 'there']);

/** Words that make a statement a request after all: what must or should be, "please". */
const ASKING: ReadonlySet<string> = new Set(['please', 'should', 'must', 'sure']);
/** Words that ask when the one who asks is their subject ("- I need the aisle one", "- we want both"). */
const ASKING_FOR_ONESELF: ReadonlySet<string> = new Set(['need', 'want']);

/** A dash set apart by spaces: what follows is said aside. */
const ASIDE_DASH = /\s[-–—]\s/gu;

/**
 * The text without a reason said after its last spaced dash (see above);
 * the text itself when it has none. `shown`: is a word one the page shows
 * (a label, an option)? Such a word keeps the aside.
 */
export function withoutReasonAside(text: string, shown: (word: string) => boolean = () => false): string {
  return withoutDashReason(withoutReasonBeforeSo(text, shown), shown);
}

/**
 * The words the page's controls show (their text and label, lower-cased as `wordsOf` gives them): what a `shown`
 * of withoutReasonAside asks about the page a task is read on.
 */
export function controlWords(page: readonly UIElement[]): ReadonlySet<string> {
  return new Set(page.filter((element) => element.interactive).flatMap((element) => wordsOf(`${element.text} ${element.label ?? ''}`)));
}

/** ", so …" (not "so that", "so as"): what follows is asked because of what stands before. */
const SO_JOINT = /,\s+so\s+(?!that\b|as\b)/iu;

/** The text without a reason said before ", so" (see above): the request after "so", as written (its case kept, so no word becomes a name). */
export function withoutReasonBeforeSo(text: string, shown: (word: string) => boolean = () => false): string {
  const joint = SO_JOINT.exec(text);
  if (!joint) return text;
  const head = text.slice(0, joint.index);
  const tail = text.slice(joint.index + joint[0].length).trim();
  const words = wordsOf(head);
  const opening = words[0]?.split(/['’]/u)[0];
  if (opening === undefined || !SUBJECTS.has(opening) || wordsOf(tail).length === 0) return text;
  // Wanting to be treated some way ("I don't want to be tracked, so …") stands in the reason: what is asked is after "so".
  // Wanting a thing ("I don't want marketing cookies, so …"), a state ("… analytics off") or any other negation is asked.
  const asks = words.some((word, index) => ASKING.has(word) || isWish(words, index) || shown(word) || wantsThing(words, index) || stateKey(word) !== undefined || switchStateOf(word) !== undefined);
  if (asks || valueSpans(head).length > 0 || otherNegation(head, words)) return text;
  return tail;
}

/**
 * Is the word at `index` a want or need of a thing or a deed ("want marketing cookies", "needs the aisle", "want to
 * keep it"), not of how the asker is treated ("want to be tracked")?
 */
function wantsThing(words: readonly string[], index: number): boolean {
  return isWantOrNeed(words[index]) && !wantsToBe(words, index);
}

/** "want to be …", "need to be …": a wish about the asker's own lot, which names nothing to do. */
function wantsToBe(words: readonly string[], index: number): boolean {
  return isWantOrNeed(words[index]) && words[index + 1] === 'to' && words[index + 2] === 'be';
}

/** "want", "needs": a word of wanting or needing, whoever's. */
function isWantOrNeed(word: string | undefined): boolean {
  return word !== undefined && (ASKING_FOR_ONESELF.has(word) || ASKING_FOR_ONESELF.has(word.replace(/s$/u, '')));
}

/** Does the statement negate anything but a want or need of being ("don't want to be tracked", "never need to be asked")? */
function otherNegation(head: string, words: readonly string[]): boolean {
  const negations = negationsIn(head);
  const ofBeing = words.filter((word, index) => negations.includes(word) && wantsToBe(words, index + 1)).length;
  return negations.length > ofBeing;
}

/** The text without a reason said after its last spaced dash (see above). */
function withoutDashReason(text: string, shown: (word: string) => boolean): string {
  const dashes = [...text.matchAll(ASIDE_DASH)];
  const last = dashes[dashes.length - 1];
  if (!last) return text;
  const head = text.slice(0, last.index);
  const tail = text.slice((last.index ?? 0) + last[0].length);
  const words = wordsOf(tail);
  const opening = words[0]?.split(/['’]/u)[0];
  if (opening === undefined || !SUBJECTS.has(opening) || wordsOf(head).length === 0) return text;
  const oneself = opening === 'i' || opening === 'we';
  const asks = words.some((word, index) => ASKING.has(word) || (oneself && ASKING_FOR_ONESELF.has(word)) || isWish(words, index) || shown(word));
  if (asks || valueSpans(tail).length > 0) return text;
  // The sentence's own full stop stays, so the request still ends as it did.
  return `${head.trimEnd()}${/[.!?]["”]?\s*$/u.test(tail) ? tail.trim().slice(-1) : ''}`;
}
