/**
 * "I need 90 more of Omeprazole 20mg": a need for that many of a thing, the
 * "more" saying they come on top of what the person has — no comparison and
 * no direction of its own. Beside "request a refill of Omeprazole 20mg
 * (quantity 90)" it asks the same: a count of the thing.
 *
 * So is the "more" of "any more" ("I don't need the loaf any more": no longer).
 *
 * Only a need or want of a count, "more of", and a thing after it: "Add 3
 * more apples" (a stepper's change), "more than 5", "the one with more
 * reviews" keep their "more".
 *
 * Pure; no task knowledge.
 */
import { NUMBER_WORD_PATTERN } from '../number-words.js';

/** "need 90 more of", "want two more of": the "more" of a wished-for count. */
const COUNT_MORE = new RegExp(String.raw`(?<=\b(?:need|want)\s+(?:\d+|${NUMBER_WORD_PATTERN})\s+)more(?=\s+of\s+\S)`, 'giu');

/** "I don't need the loaf any more", "not any more": the "more" of "any more" says "no longer", no direction ("any more than 5" still compares). */
const NO_LONGER = /(?<=\bany\s+)more\b(?!\s+than\b)/giu;

/** The text with the "more" of each wished-for count, and of "any more", blanked out (same length), so no direction word is read there. */
export function withoutCountMore(text: string): string {
  return text.replace(COUNT_MORE, (match) => ' '.repeat(match.length)).replace(NO_LONGER, (match) => ' '.repeat(match.length));
}
