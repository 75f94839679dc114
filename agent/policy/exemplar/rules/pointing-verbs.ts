/**
 * Rule: verbs that carry no request of their own, and verbs that ask one
 * thing worded two ways.
 *
 * A task worded another way often wraps its one request in verbs that only
 * point at what it acts on; read as requests, they make two texts asking the
 * same thing "another kind of task" (rules/kind-by-places.ts's verb check):
 *
 * - a finding verb ("find", "look for", "look up") whose object a
 *   later verb of the same text opens, clicks or chooses through a pronoun
 *   ("Find the $11 item and open it", "Look up Brin and click their e-mail"):
 *   locating what the next verb acts on, not a search of its own (LOCATE). It
 *   asks nothing where the other text has no search, and stands for a search
 *   the other text asks. "Search" / "search for" always ask a search.
 * - a verb a causative "make" / "let" / "have" puts after its object ("Use the
 *   arrows to make the counter show -9"): what the object does, not what the
 *   person is asked to do; the request is "make" (giving a value).
 * - a verb turning an item on — tick (check), turn on (enable), select / pick
 *   (choose) — where the other text turns the item on with another of them
 *   ("Tick Fish and Chips on the menu" / "Pick Green Salad"): one request.
 *   Whether the items stand where the demonstration's stood is the values'
 *   places' judgement (kind-by-places.ts). Turning off (untick, turn off) and
 *   every other verb stay apart.
 *
 * - "copy" whose object goes into a field or form ("Copy the value for each
 *   label from the table into the form"): entering what the page shows, as
 *   "fill in each field with the value the table shows" asks — no clipboard
 *   copy of its own ("Copy the link" stays a copy).
 *
 * "Show me …", "pull up …", "bring up …" ask to open what they name: phrases
 * of choosing in intent-words.ts. Pure functions, no task knowledge.
 */
import type { IntentMatch } from '../intent-words.js';
import { PLACE_ROLE_WORDS } from '../control-nouns.js';

/** Key of a finding verb that only locates what a later verb of its text acts on. */
export const LOCATE = 'locate';

/** Finding phrases that may only locate; "search (for)" asks a search of its own. */
const FINDING = new Set(['find', 'look for', 'look up']);
/** Intents of a later verb acting on what was found. */
const ACTING = new Set(['choose', 'click']);
/** Words after that verb pointing back at the found thing ("open it", "click their e-mail"). */
const POINTING_BACK = new Set(['it', 'them', 'its', 'their', 'his', 'her']);

/** Verbs after whose object a second verb says what the object does ("make the counter show 5"). */
const CAUSATIVES = new Set(['make', 'let', 'have']);
/** Words that open the causative's object. */
const OBJECT_START = new Set(['the', 'it', 'this', 'that', 'its', 'my', 'your', 'our', 'their', 'a', 'an', 'each', 'every', 'all', 'them']);
/** Words no object of a causative holds ("make sure to delete …" asks the deleting). */
const NOT_OBJECT = new Set(['sure', 'to', 'and', 'then', 'or', 'but', 'so', 'certain']);
/** Words at most between a causative and the verb it causes: the object. */
const MAX_OBJECT_WORDS = 3;

/** Keys of verbs that turn an item on, each standing for the others. */
const TURNING_ON = new Set(['check', 'enable', 'choose']);

/**
 * Is the intent phrase `match` of `words` a finding verb that only locates
 * what a later choosing or clicking verb acts on through a pronoun ("Find
 * the $11 item and open it")? `matches`: all intent matches of `words`.
 */
export function locatesOnly(words: readonly string[], match: IntentMatch, matches: readonly IntentMatch[]): boolean {
  if (match.intent !== 'search' || !FINDING.has(words.slice(match.start, match.end).join(' '))) return false;
  return matches.some((later) => later.start >= match.end && ACTING.has(later.intent) && POINTING_BACK.has(words[later.end] ?? ''));
}

/**
 * Is the word at `index` a verb a causative put after its object ("make the
 * counter show -9": "show"), saying what the object does rather than asking it?
 */
export function causedVerb(words: readonly string[], index: number): boolean {
  for (let at = index - 2; at >= Math.max(0, index - 1 - MAX_OBJECT_WORDS); at--) {
    if (!CAUSATIVES.has(words[at]!)) continue;
    const object = words.slice(at + 1, index);
    return OBJECT_START.has(object[0]!) && !object.some((word) => NOT_OBJECT.has(word) || CAUSATIVES.has(word));
  }
  return false;
}

/**
 * Does the verb key `verb` of one text ask nothing the `other` text's verb
 * keys leave out: the same verb, a verb turning an item on where the other
 * turns one on too, a locating find (asks nothing), or a search the other
 * text locates by?
 */
export function verbAskedBy(verb: string, other: readonly string[]): boolean {
  if (other.includes(verb) || verb === LOCATE) return true;
  if (verb === 'search') return other.includes(LOCATE);
  return TURNING_ON.has(verb) && other.some((key) => TURNING_ON.has(key));
}

/** Words that may stand between "into" and the field noun ("into the form", "into each field", "to their fields"). */
const FIELD_DETERMINERS = new Set(['the', 'its', 'their', 'each', 'every', 'matching', 'right']);
/** Words that end the copied object's clause: what follows is another request. */
const CLAUSE_ENDS = new Set(['and', 'then']);

/**
 * Does the "copy" at `index` of `words` put its object into a field or form ("Copy the value for each label from the
 * table into the form")? Then it asks to enter values, no copy of its own (see above).
 */
export function copiesIntoField(words: readonly string[], index: number): boolean {
  if (words[index] !== 'copy') return false;
  for (let at = index + 1; at < words.length && !CLAUSE_ENDS.has(words[at]!); at++) {
    if (words[at] !== 'into' && words[at] !== 'to' && words[at] !== 'onto') continue;
    let noun = at + 1;
    while (noun < words.length && FIELD_DETERMINERS.has(words[noun]!) && !PLACE_ROLE_WORDS.has(words[noun]!)) noun++;
    if (PLACE_ROLE_WORDS.has(words[noun] ?? '')) return true;
  }
  return false;
}
