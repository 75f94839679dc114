/**
 * Words for what a task asks a person to do, grouped by intent: "delete",
 * "remove" and "get rid of" ask for the same thing, "reply" and "answer" too.
 * Two task texts worded differently are the same kind of task only when they
 * ask for the same intents; a button captioned "Answer" serves where the
 * demonstration clicked "Reply".
 *
 * A small closed table of common UI intents, not a thesaurus: a word outside
 * it is compared as itself. Pure functions, no task knowledge.
 */
import { wordSimilarity } from './text-match.js';

/** Intent → the phrases (lower case, words separated by one space) that ask for it. */
const INTENTS: Record<string, readonly string[]> = {
  delete: ['delete', 'remove', 'get rid of', 'trash', 'erase'],
  search: ['search', 'search for', 'look up', 'look for', 'find'],
  reply: ['reply', 'reply to', 'answer', 'respond', 'respond to'],
  forward: ['forward'],
  send: ['send', 'transfer', 'pay', 'wire'],
  archive: ['archive'],
  register: ['register', 'sign up', 'create an account', 'create account', 'enroll', 'enrol'],
  login: ['log in', 'login', 'sign in', 'log on'],
  choose: ['open', 'go to', 'select', 'choose', 'pick'],
  enter: ['set', 'enter', 'type', 'fill in', 'fill', 'write', 'input', 'put'],
  click: ['click', 'click on', 'press', 'hit', 'tap', 'push'],
  check: ['tick', 'check', 'mark'],
  uncheck: ['untick', 'uncheck'],
};

interface IntentPhrase {
  intent: string;
  words: string[];
}

/** Longest phrases first, so "get rid of" wins over a shorter phrase sharing its first word. */
const PHRASES: IntentPhrase[] = Object.entries(INTENTS)
  .flatMap(([intent, phrases]) => phrases.map((phrase) => ({ intent, words: phrase.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

/** An intent phrase found in a run of words: its intent and the [start, end) word indices it covers. */
export interface IntentMatch {
  intent: string;
  start: number;
  end: number;
}

/** Lower-cased words of a text (letters, digits and inner apostrophes / hyphens). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
}

/** The intent phrases in a sequence of lower-cased words, left to right, without overlaps. */
export function intentMatches(words: readonly string[]): IntentMatch[] {
  const matches: IntentMatch[] = [];
  for (let index = 0; index < words.length; ) {
    const phrase = PHRASES.find((candidate) => candidate.words.every((word, offset) => words[index + offset] === word));
    if (phrase) {
      matches.push({ intent: phrase.intent, start: index, end: index + phrase.words.length });
      index += phrase.words.length;
    } else {
      index++;
    }
  }
  return matches;
}

/** Is this one word ("Delete", "delete,") an intent phrase of its own? */
export function isIntentWord(word: string): boolean {
  return intentOfPhrase(word) !== undefined;
}

/** The intents a text asks for, in order of first mention. */
export function intentsOf(text: string): string[] {
  return [...new Set(intentMatches(wordsOf(text)).map((match) => match.intent))];
}

/** The intent of a short text that is nothing but one intent phrase ("Get rid of", "Answer"), else undefined. */
export function intentOfPhrase(text: string): string | undefined {
  const words = wordsOf(text);
  const matches = intentMatches(words);
  return matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === words.length ? matches[0]!.intent : undefined;
}

/** Words a caption adds around its verb without changing what it does ("Yes, delete", "Delete it now"). */
const CAPTION_FILLER = new Set(['yes', 'ok', 'okay', 'please', 'now', 'it', 'this', 'them']);

/** The intent a control's caption names, its courtesy words aside ("Yes, delete" → delete), else undefined. */
export function captionIntent(caption: string): string | undefined {
  return intentOfPhrase(wordsOf(caption).filter((word) => !CAPTION_FILLER.has(word)).join(' '));
}

/**
 * Do two captions ask for the same thing: equal words, or each one intent
 * phrase of the same intent ("Answer" and "Reply", "Remove" and "Yes, delete")?
 */
export function sameIntentCaption(a: string, b: string): boolean {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  if (wordsA.join(' ') === wordsB.join(' ')) return true;
  const intent = captionIntent(a);
  return intent !== undefined && intent === captionIntent(b);
}

/**
 * Two texts that are each nothing but an intent phrase, of different intents
 * ("Archive" where the new task says "Answer"): the tasks ask for different
 * things, so the one cannot stand for the other.
 */
export function conflictingIntents(a: string, b: string): boolean {
  const intentA = intentOfPhrase(a);
  const intentB = intentOfPhrase(b);
  return intentA !== undefined && intentB !== undefined && intentA !== intentB;
}

/** Credit of a caption that asks for the same intent as the demonstrated one ("Remove" for "Yes, delete"). */
const SAME_INTENT_CREDIT = 0.75;

/** Word similarity of two captions, raised to SAME_INTENT_CREDIT when they ask for the same intent. */
export function captionSimilarity(a: string, b: string | undefined): number {
  const words = wordSimilarity(a, b);
  return b !== undefined && words < SAME_INTENT_CREDIT && sameIntentCaption(a, b) ? SAME_INTENT_CREDIT : words;
}

/** Intents named by generic UI verbs most tasks share ("enter", "click", "select"): their synonyms would find every task. */
const GENERIC_INTENTS = new Set(['enter', 'click', 'choose']);

/**
 * The task text with the other words of its leading intent appended
 * ("Answer the message …" + "reply respond"), for retrieving demonstrations
 * worded another way. Generic UI verbs are not expanded.
 */
export function withIntentSynonyms(task: string): string {
  const intent = intentsOf(task)[0];
  if (intent === undefined || GENERIC_INTENTS.has(intent)) return task;
  const present = new Set(wordsOf(task));
  const extra = [...new Set(INTENTS[intent]!.flatMap((phrase) => phrase.split(' ')))].filter((word) => !present.has(word) && word.length > 3);
  return extra.length === 0 ? task : `${task} ${extra.join(' ')}`;
}
