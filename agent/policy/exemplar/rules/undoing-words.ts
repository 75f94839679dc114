/**
 * Rule: a word and its undoing are opposite requests, whether or not the
 * verb lists know the word. "Pin the post by @theo" and "Unpin the post by
 * @zara", "Subscribe to Sports" and "Unsubscribe from Sports", "Lock the
 * door" and "Unlock the door", "Upvote" and "Downvote", "the read emails" and
 * "the unread emails": a person reads the prefix as the reverse of the word
 * it is put on, and following one demonstration for the other presses the
 * same control the wrong way.
 *
 * A word of one text (outside its values) that is another word of the other
 * text with "un" / "dis" put before it (the rest three letters or more), or
 * that swaps "up" for "down", is a reversal — unless its text says the bare
 * word too ("pin X and unpin Y" in both). Only ever refuses. Pure functions,
 * no task knowledge.
 */
import { wordsOf } from '../intent-words.js';

/** Prefixes that undo the word they are put on. */
const UNDOING_PREFIXES = ['un', 'dis'];
/** Prefixes that swap for each other ("upvote" / "downvote"). */
const SWAPPED_PREFIXES: readonly [string, string][] = [['up', 'down']];
/** Shortest rest of a word after its prefix that is read as a word ("unpin" → "pin"; "until" is no "til"). */
const MIN_REST = 3;

/** The word of `others` that `word` reverses, else undefined. */
function reversedBy(word: string, others: ReadonlySet<string>): string | undefined {
  for (const prefix of UNDOING_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= MIN_REST && others.has(rest)) return rest;
  }
  for (const [a, b] of SWAPPED_PREFIXES) {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const rest = word.slice(from.length);
      if (word.startsWith(from) && rest.length >= MIN_REST && others.has(to + rest)) return to + rest;
    }
  }
  return undefined;
}

/**
 * A word of one text that reverses a word of the other, as `[this task's word, the demonstration's]`; undefined when
 * none does. `oldText` / `newText` are the texts with their values masked out (verb-gap.ts outsideValues).
 */
export function undoingPair(oldText: string, newText: string): [string, string] | undefined {
  const oldWords = new Set(wordsOf(oldText));
  const newWords = new Set(wordsOf(newText));
  for (const word of newWords) {
    const reversed = reversedBy(word, oldWords);
    if (reversed !== undefined && !newWords.has(reversed)) return [word, reversed];
  }
  for (const word of oldWords) {
    const reversed = reversedBy(word, newWords);
    if (reversed !== undefined && !oldWords.has(reversed)) return [reversed, word];
  }
  return undefined;
}
