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
  // "… - see what's available": asking what a search lists, as a person says it.
  search: ['search', 'search for', 'look up', 'look for', 'find', "see what's available", 'see what’s available'],
  reply: ['reply', 'reply to', 'answer', 'respond', 'respond to', 'write back', 'write back to'],
  forward: ['forward'],
  send: ['send', 'transfer', 'pay', 'wire'],
  archive: ['archive'],
  register: ['register', 'sign up', 'create an account', 'create account', 'enroll', 'enrol'],
  login: ['log in', 'login', 'sign in', 'log on'],
  // "Show me the item", "pull up the order", "bring up the file": asking to have it opened, no showing or pulling of its own.
  choose: ['open', 'go to', 'select', 'choose', 'pick', 'show me', 'show us', 'pull up', 'bring up'],
  enter: ['enter', 'type', 'fill in', 'fill', 'write', 'input', 'put'],
  // Giving a field its value, however the page takes it: typed ("Set the time to 14:30" / "Enter 14:30")
  // or chosen ("Book Tuesday" / "Choose Tuesday"). Compatible with both (COMPATIBLE below).
  // "Change the name to Ada" gives a value too, when a target follows it: changeGivesValue below.
  assign: ['set', 'book', 'schedule', 'reserve'],
  click: ['click', 'click on', 'press', 'hit', 'tap', 'push'],
  check: ['tick', 'check', 'mark'],
  uncheck: ['untick', 'uncheck'],
  // Closing what the page put in the way: a notice, a pop-up, a banner. "Get rid of the notice" asks this too (POP_UPS).
  dismiss: ['close', 'dismiss'],
};

/**
 * What a page puts over itself and a person closes rather than deletes: "get
 * rid of" / "remove" one of these asks to clear it away, which closing it
 * ("Get rid of the notice" / "Close the notice") or deleting it (a notice in
 * a list of notices) may do; "get rid of the e-mail" still deletes, and
 * "close" never stands for "delete".
 */
const POP_UPS = new Set(['notice', 'pop-up', 'popup', 'pop', 'banner', 'dialog', 'dialogue', 'alert', 'overlay', 'modal', 'prompt', 'toast', 'tooltip']);
/** Words between a verb and its object that do not change it ("the", "this"). */
const DETERMINERS = new Set(['the', 'this', 'that', 'a', 'an', 'its', 'it']);

/** Is this word one naming a pop-up ("notice", "pop-up", "banner")? "Close the notice" and "Dismiss the pop-up" name one thing. */
export function isPopUpWord(word: string): boolean {
  return POP_UPS.has(word.toLowerCase());
}

/** Phrases of deleting that, said of a pop-up, ask only to have it gone. */
const CLEARING = new Set(['get rid of', 'remove']);

/** A clearing phrase whose object is a pop-up (POP_UPS) asks to clear it away: closed or deleted (COMPATIBLE). */
function intentByObject(intent: string, phrase: readonly string[], words: readonly string[], end: number): string {
  if (intent !== 'delete' || !CLEARING.has(phrase.join(' '))) return intent;
  let at = end;
  while (DETERMINERS.has(words[at] ?? '')) at++;
  return POP_UPS.has(words[at] ?? '') ? 'clear-away' : intent;
}

/**
 * Intents that may stand for each other: giving a value ("set", "book") is
 * done by typing it or by choosing it, whichever the page offers. Typing and
 * choosing themselves stay apart, and so do closing and deleting.
 */
const COMPATIBLE: readonly [string, string][] = [
  ['assign', 'enter'],
  ['assign', 'choose'],
  // Getting rid of a pop-up is done by closing it, or by deleting it where the page keeps a list of them.
  ['clear-away', 'dismiss'],
  ['clear-away', 'delete'],
];

/** Do two intents ask for the same thing, or for things one of them may be done by ("Book" / "Choose")? */
export function compatibleIntents(a: string, b: string): boolean {
  return a === b || COMPATIBLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * Do two lists of distinct intents ask for the same things: as many, each
 * paired with its own compatible one of the other ("book, click" / "enter, click")?
 * Equal sets, where no compatible pair is involved.
 */
export function sameIntents(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const match = (index: number, used: ReadonlySet<number>): boolean =>
    index === a.length || b.some((intent, at) => !used.has(at) && compatibleIntents(a[index]!, intent) && match(index + 1, new Set([...used, at])));
  return match(0, new Set());
}

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
  return casedWords(text.toLowerCase());
}

/** A text's words as written, case kept (letters, digits and inner apostrophes / hyphens). */
export function casedWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words after "change" within which its target ("to …") is looked for. */
const CHANGE_REACH = 8;

/**
 * "Change" edits a value like "Set" when a target follows it ("Change the
 * name to Ada", "Change the meeting time to 09:15"), or when it stands alone
 * (a slot cut from such a text); "Change the quantity" with no target, or
 * "… by 2", is a quantity's change (rules/change-words.ts, rules/quantity-change.ts),
 * which asks nothing of its own here.
 */
function changeGivesValue(words: readonly string[], index: number): boolean {
  const rest = words.slice(index + 1, index + 1 + CHANGE_REACH);
  if (rest.length === 0) return true;
  const to = rest.indexOf('to');
  const by = rest.indexOf('by');
  return to >= 0 && (by < 0 || to < by);
}

/** The intent phrases in a sequence of lower-cased words, left to right, without overlaps. */
export function intentMatches(words: readonly string[]): IntentMatch[] {
  const matches: IntentMatch[] = [];
  for (let index = 0; index < words.length; ) {
    const phrase = PHRASES.find((candidate) => candidate.words.every((word, offset) => words[index + offset] === word));
    if (phrase) {
      matches.push({ intent: intentByObject(phrase.intent, phrase.words, words, index + phrase.words.length), start: index, end: index + phrase.words.length });
      index += phrase.words.length;
    } else if (words[index] === 'change' && changeGivesValue(words, index)) {
      matches.push({ intent: 'assign', start: index, end: index + 1 });
      index++;
    } else {
      index++;
    }
  }
  return matches;
}

/**
 * The intent of `phrase` (a slot's side: "Get rid of") as it reads where it
 * stands in `text`, with the words after it ("… the notice" → dismiss); its
 * intent alone when `text` does not hold it or none is given.
 */
export function intentInText(phrase: string, text?: string): string | undefined {
  const alone = intentOfPhrase(phrase);
  if (alone === undefined || text === undefined) return alone;
  const at = text.toLowerCase().indexOf(phrase.trim().toLowerCase());
  if (at < 0) return alone;
  const words = wordsOf(text.slice(at));
  const match = intentMatches(words)[0];
  return match && match.start === 0 && match.end === wordsOf(phrase).length ? match.intent : alone;
}

/** Is this one word ("Delete", "delete,") an intent phrase of its own? */
export function isIntentWord(word: string): boolean {
  return intentOfPhrase(word) !== undefined;
}

/** The intents a text asks for, in order of first mention; a control's caption ("hit Send") asks for nothing. */
export function intentsOf(text: string): string[] {
  let masked = text;
  for (const [start, end] of captionRanges(text)) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return [...new Set(intentMatches(wordsOf(masked)).map((match) => match.intent))];
}

/**
 * Verbs of pressing a control, as a task writes them: the capitalised words
 * right after one are the control's caption ("…, then hit Send", "press the
 * Save button"), a value the page shows, not a request of their own.
 */
const PRESSING = /(?<![\p{L}\p{N}])([Cc]lick on|[Cc]lick|[Pp]ress|[Hh]it|[Tt]ap|[Pp]ush|[Cc]hoose|[Ss]elect)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
/** Keys a task presses by name ("press Enter", "hit Delete"): a key, not a caption (one clicks "Delete", but presses the key). */
const KEY_NAMES = new Set(['enter', 'return', 'tab', 'escape', 'esc', 'space', 'backspace', 'delete', 'del', 'home', 'end', 'up', 'down', 'left', 'right']);

/** Character ranges [start, end) of the captions a text names right after a pressing verb ("Confirm and hit Send" → "Send"). */
export function captionRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(PRESSING)) {
    const caption = match[2]!.replace(/['’]s$/u, '');
    if (KEY_NAMES.has(caption.toLowerCase()) && !/^(?:click|choose|select)/i.test(match[1]!)) continue;
    const start = (match.index ?? 0) + match[0].length - match[2]!.length;
    ranges.push([start, start + caption.length]);
  }
  return ranges;
}

/** Modifier keys by name. */
const MODIFIER = String.raw`(?:Ctrl|CTRL|Control|Shift|Alt|Option|Cmd|Command|Meta)`;
/** A modifier a person holds ("hold Ctrl to pick several", "holding down the Shift key") or clicks with ("Ctrl-click", "Shift+click"). */
const HELD_KEY = new RegExp(String.raw`(?<=\b[Hh]old(?:ing)?(?:\s+down)?(?:\s+the)?\s+)${MODIFIER}\b|\b${MODIFIER}(?=\s*[+-]\s*click)`, 'gu');

/** Character ranges [start, end) of the modifier keys a text says to hold or click with: a key, not a value it names. */
export function heldKeyRanges(text: string): [number, number][] {
  return [...text.matchAll(HELD_KEY)].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length]);
}

/** The intent of a short text that is nothing but one intent phrase ("Get rid of", "Answer"), else undefined. */
export function intentOfPhrase(text: string): string | undefined {
  const words = wordsOf(text);
  const matches = intentMatches(words);
  return matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === words.length ? matches[0]!.intent : undefined;
}

/**
 * Action verbs that may open a clause of a task ("…, then click Save"),
 * beyond the intent phrases above (which open clauses too): task-clauses.ts
 * splits and pairs clauses by them. One vocabulary with INTENTS, so a verb
 * added here is both a clause opener and, through INTENTS, compared by what it asks.
 */
const CLAUSE_VERBS = [
  'enable', 'disable', 'activate', 'deactivate', 'toggle', 'add', 'increase', 'decrease', 'raise', 'lower', 'reduce',
  'close', 'unmark', 'clear', 'drag', 'move', 'drop', 'sort', 'like', 'unlike', 'star', 'unstar',
  'submit', 'save', 'publish', 'confirm', 'update', 'apply', 'copy', 'paste', 'scroll', 'expand', 'collapse',
  'rename', 'buy', 'order', 'share', 'follow', 'unfollow', 'mute', 'report', 'hide', 'show', 'insert', 'go', 'make', 'bookmark',
  'turn on', 'turn off', 'switch on', 'switch off', 'take away', 'take out', 'allow', 'disallow', 'block',
];

/** Verb phrases of two or more words (longest first), compared before single verbs. */
export const PHRASE_VERBS: readonly string[] = [...new Set([...CLAUSE_VERBS, ...Object.values(INTENTS).flat()])]
  .filter((phrase) => phrase.includes(' '))
  .sort((a, b) => b.split(' ').length - a.split(' ').length);
/** Single action verbs that may open a clause. */
export const ACTION_VERBS: ReadonlySet<string> = new Set([...CLAUSE_VERBS, ...Object.values(INTENTS).flat()].filter((phrase) => !phrase.includes(' ')));

/** The verb opening `words[at…]` (lower-case words): a verb phrase of PHRASE_VERBS ("turn on"), else a single action verb. */
export function verbPhraseAt(words: readonly string[], at: number): string | undefined {
  const phrase = PHRASE_VERBS.find((candidate) => candidate.split(' ').every((word, offset) => words[at + offset] === word));
  return phrase ?? (ACTION_VERBS.has(words[at] ?? '') ? words[at] : undefined);
}

/** Words after which "like" / "love" wish for something ("I'd like a table") rather than ask to like it. */
const WISHING = new Set(["i'd", "we'd", "you'd", "i’d", "we’d", "you’d", 'would', 'should']);

/** Is the word at `index` a wish ("I'd like", "we would love"), no verb of its own? */
export function isWish(words: readonly string[], index: number): boolean {
  return (words[index] === 'like' || words[index] === 'love') && WISHING.has(words[index - 1] ?? '');
}

/** Verb phrases that ask the same as another word ("turn on" enables). */
const SAME_AS: Record<string, string> = {
  'turn on': 'enable', 'switch on': 'enable', activate: 'enable',
  'turn off': 'disable', 'switch off': 'disable', deactivate: 'disable',
  // A permission allowed is switched on, one blocked switched off ("Allow bluetooth", "Block the camera").
  allow: 'enable', disallow: 'disable', block: 'disable',
  'take away': 'remove', 'take out': 'remove', decrease: 'reduce', lower: 'reduce', increase: 'add', raise: 'add',
  unmark: 'uncheck', unstar: 'unlike',
  // Dragging an item to a place moves it there ("Drag Kwame to the 4th position" / "Move Bjorn to the 3rd position").
  drag: 'move',
};
/** Verb keys that switch a control (or tick a box) on, then off: switchStateOf reads them. */
const SWITCHING_VERBS: readonly [string, string][] = [['enable', 'disable'], ['check', 'uncheck']];
/** Verb keys asking the opposite of each other: one clause cannot stand for the other. */
const OPPOSITES: readonly [string, string][] = [
  ...SWITCHING_VERBS, ['add', 'delete'], ['add', 'reduce'], ['like', 'unlike'], ['star', 'unlike'],
  ['expand', 'collapse'], ['show', 'hide'], ['open', 'close'], ['follow', 'unfollow'],
];

/** What a verb phrase asks, for comparing two clauses' verbs: its intent ("press" → click), else the phrase. */
export function verbKeyOf(verb: string): string {
  const same = SAME_AS[verb] ?? verb;
  return intentOfPhrase(same) ?? same;
}

/** Do two verb keys ask opposite things ("enable" / "disable")? */
export function oppositeVerbs(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  return OPPOSITES.some(([x, y]) => (verbKeyOf(x) === a && verbKeyOf(y) === b) || (verbKeyOf(x) === b && verbKeyOf(y) === a));
}

/** States of a switch (or checkbox), each pair its on side then its off side: switchStateOf reads them. */
const SWITCH_STATES: readonly [readonly string[], readonly string[]][] = [
  [['on'], ['off']], [['enabled', 'active', 'activated'], ['disabled', 'inactive', 'deactivated']],
  [['checked', 'ticked', 'selected'], ['unchecked', 'unticked', 'unselected', 'deselected']], [['yes'], ['no']],
];
/** Words naming a control's state, each pair the opposite of the other ("switched on" / "switched off"). */
const OPPOSITE_STATES: readonly [readonly string[], readonly string[]][] = [
  ...SWITCH_STATES, [['shown', 'visible'], ['hidden', 'invisible']], [['expanded', 'open'], ['collapsed', 'closed']],
];

/** The pair of opposite states a word names a side of ("enabled" → enabled / disabled, side 0), else undefined. */
function stateSide(word: string): { pair: number; side: number } | undefined {
  const text = wordsOf(word).join(' ');
  for (const [pair, sides] of OPPOSITE_STATES.entries()) {
    const side = sides.findIndex((words) => words.includes(text));
    if (side >= 0) return { pair, side };
  }
  return undefined;
}

/** The state a word names, as a key shared by its synonyms ("enabled" / "active" → "enabled"), else undefined. */
export function stateKey(word: string): string | undefined {
  const named = stateSide(word);
  return named && OPPOSITE_STATES[named.pair]![named.side]![0];
}

/**
 * The state a word asks a switch (or checkbox) to end in: a side of a
 * switch's states ("enabled", "unticked", "no") or a switching verb
 * ("enable", "untick", "turn off"); undefined for any other word, and for a
 * state no switch has ("shown", "collapsed").
 */
export function switchStateOf(word: string): 'on' | 'off' | undefined {
  const named = stateSide(word);
  if (named) return named.pair < SWITCH_STATES.length ? (named.side === 0 ? 'on' : 'off') : undefined;
  const key = verbKeyOf(word);
  for (const [on, off] of SWITCHING_VERBS) {
    if (key === verbKeyOf(on)) return 'on';
    if (key === verbKeyOf(off)) return 'off';
  }
  return undefined;
}

/**
 * The state a verb that switches a control asks ("turn on", "enable", "allow" → on; "switch off", "disable" →
 * off), else undefined — ticking verbs ("tick", "check") pick as often as they switch, and are left out.
 */
export function switchingVerbState(verb: string): 'on' | 'off' | undefined {
  const [on, off] = SWITCHING_VERBS[0]!;
  const key = verbKeyOf(verb);
  return key === verbKeyOf(on) ? 'on' : key === verbKeyOf(off) ? 'off' : undefined;
}

/** Is this lower-cased word an action verb of the vocabulary ("book", "toggle", "delete")? */
export function isActionVerb(word: string): boolean {
  return ACTION_VERBS.has(word) || PHRASE_VERBS.some((phrase) => phrase.split(' ')[0] === word);
}

/** Words a caption adds around its verb without changing what it does ("Yes, delete", "Delete it now"). */
const CAPTION_FILLER = new Set(['yes', 'ok', 'okay', 'please', 'now', 'it', 'this', 'them']);

/** The intent a control's caption names, its courtesy words aside ("Yes, delete" → delete), else undefined. */
export function captionIntent(caption: string): string | undefined {
  return intentOfPhrase(wordsOf(caption).filter((word) => !CAPTION_FILLER.has(word)).join(' '));
}

/**
 * The verb key of the verb a control's caption opens with, its courtesy words aside ("Search flights" → search,
 * "Find flights" → search, "Yes, delete" → delete, "Reply" → reply), else undefined ("Let's go", "Flights").
 */
export function captionVerb(caption: string): string | undefined {
  const words = wordsOf(caption).filter((word) => !CAPTION_FILLER.has(word));
  const verb = verbPhraseAt(words, 0);
  return verb === undefined ? undefined : verbKeyOf(verb);
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
  return intentA !== undefined && intentB !== undefined && !compatibleIntents(intentA, intentB);
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
  // Clearing a pop-up away has no phrases of its own: it is found by the words of closing one.
  const phrases = INTENTS[intent] ?? (intent === 'clear-away' ? INTENTS.dismiss! : []);
  const extra = [...new Set(phrases.flatMap((phrase) => phrase.split(' ')))].filter((word) => !present.has(word) && word.length > 3);
  return extra.length === 0 ? task : `${task} ${extra.join(' ')}`;
}
