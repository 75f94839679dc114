/**
 * Rule: a control's caption may lead with its name and go on with a line
 * describing it — a settings switch "Location" over a grey "Find places near
 * you" is observed as one text, "Location Find places near you". A task that
 * says "location and microphone" names two such controls, not one thing
 * called "location and microphone".
 *
 * The reading is narrow: the phrase must be the caption's first words,
 * starting with a capital as a name does, and the words after it must read as a
 * describing line — a capital, then lower-case words: a second line read on
 * after the first, not the same name going on ("Salt and pepper chips" leads
 * with no "Salt", "New York City" with no "New"). It tells where a list with
 * "and" splits (align-tasks.ts's one-value reading), and adds the leading
 * name to the names a step acted on or a page shows (page-named-values.ts);
 * it never joins words into a name (rules/and-names.ts reads whole captions).
 * Pure functions, no task knowledge.
 */

const bare = (word: string) => word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

const capital = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word);

/** A describing line: it opens with a capital and goes on in lower case ("Find places near you", not "York City"). */
function describingLine(words: readonly string[]): boolean {
  return capital(words[0]) && words.slice(1).some((word) => /^\p{Ll}/u.test(word));
}

/** Does `caption` lead with the name `phrase`, followed by a describing line? */
export function leadsWithName(caption: string, phrase: string): boolean {
  const words = caption.trim().split(/\s+/u).filter(Boolean);
  const named = phrase.trim().split(/\s+/u).filter(Boolean);
  if (named.length === 0 || words.length <= named.length) return false;
  if (!named.every((word, index) => bare(word) !== '' && bare(word) === bare(words[index]!))) return false;
  return capital(words[0]) && describingLine(words.slice(named.length));
}

/** Words that join a caption's first word to more of one name ("Salt and pepper chips", "Fish with rice"), never an aside. */
const JOINING_WORDS = new Set(['and', 'or', 'of', 'with', '&', '+', 'n', "'n'"]);

/**
 * Does `caption` open with the name `phrase` and go on with a lower-case aside about it — "Classic from £20" of a
 * price card, "Gold per month" — rather than with more of one name ("New York City", "Salt and pepper chips")? The
 * phrase starts with a capital in the caption, the next word is lower case and no joining word, and no later word
 * is capitalised (a second name). Read for where a demonstration clicked a value (rules/value-places.ts), not for
 * where a list splits.
 */
export function opensWithName(caption: string, phrase: string): boolean {
  const words = caption.trim().split(/\s+/u).filter(Boolean);
  const named = phrase.trim().split(/\s+/u).filter(Boolean);
  if (named.length === 0 || words.length <= named.length) return false;
  if (!named.every((word, index) => bare(word) !== '' && bare(word) === bare(words[index]!))) return false;
  const rest = words.slice(named.length);
  if (!capital(words[0]) || !/^\p{Ll}/u.test(rest[0]!) || JOINING_WORDS.has(bare(rest[0]!))) return false;
  return !rest.some((word) => capital(word));
}

/**
 * The name a caption leads with before a describing line ("Location" of "Location Find places near you", "Do Not
 * Disturb" of "Do Not Disturb Silence calls"), if it does. The line starts at the first capital word followed by a
 * lower-case one: a title-case name of several words ("Do Not Disturb", "Dark Mode") goes on in capitals, where
 * the line that describes it turns to lower case at its second word.
 */
export function leadingName(caption: string): string | undefined {
  const words = caption.trim().split(/\s+/u).filter(Boolean);
  if (!capital(words[0])) return undefined;
  for (let at = 1; at + 1 < words.length; at++) {
    if (capital(words[at]) && /^\p{Ll}/u.test(words[at + 1]!)) return words.slice(0, at).join(' ');
  }
  return undefined;
}

/** A predicate on phrases: does one of `captions` lead with it as its name? */
export function leadingNameOf(captions: readonly string[]): (phrase: string) => boolean {
  return (phrase) => captions.some((caption) => leadsWithName(caption, phrase));
}
