/**
 * Rule: a control's caption may lead with its name and go on with a line
 * describing it — a settings switch "Location" over a grey "Find places near
 * you" is observed as one text, "Location Find places near you". A task that
 * says "location and microphone" names two such controls, not one thing
 * called "location and microphone".
 *
 * The reading is narrow: the phrase must be the caption's first words,
 * starting with a capital as a name does, and the next word must start with
 * a capital too — a second line read on after the first, not the same name
 * going on ("Salt and pepper chips" leads with no "Salt"). It only tells
 * where a list with "and" splits (align-tasks.ts's one-value reading); it
 * never joins words into a name (rules/and-names.ts reads whole captions).
 * Pure functions, no task knowledge.
 */

const bare = (word: string) => word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');

/** Does `caption` lead with the name `phrase`, followed by a describing line that starts with a capital? */
export function leadsWithName(caption: string, phrase: string): boolean {
  const words = caption.trim().split(/\s+/u).filter(Boolean);
  const named = phrase.trim().split(/\s+/u).filter(Boolean);
  if (named.length === 0 || words.length <= named.length) return false;
  if (!named.every((word, index) => bare(word) !== '' && bare(word) === bare(words[index]!))) return false;
  return /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[named.length]!);
}

/** A predicate on phrases: does one of `captions` lead with it as its name? */
export function leadingNameOf(captions: readonly string[]): (phrase: string) => boolean {
  return (phrase) => captions.some((caption) => leadsWithName(caption, phrase));
}
