/**
 * Rule: the mood of a task text — whether it asks a deed at all — read once for every plan.
 *
 * A person handed "Are contact sync and activity history on?", "Why are they on?", "Did you register Pepper?",
 * "How do I register Pepper?" or "I had contact sync and activity history on." does nothing on the page: a question
 * asks to be told something, a report of the past tells what was. Handed "Turn on contact sync and activity history
 * and turn them off again." they see the request undone in the same text; handed "… if Sam agrees", "When Sam agrees, …" or "… if it is
 * sunny" they see a condition they cannot check on the page. Each is no plain request of the demonstration's kind,
 * whatever its words share with it.
 *
 * Read sentence by sentence (a sentence ends at . ! ? before a space or the end):
 *
 * - a polite request is a request, though it ends in "?": "Can you / Could you (please) / Would you (mind) / Will
 *   you …", "Could I get / May we have …", "How about …", "Is it possible to …", any sentence with "please";
 * - a sentence asking to be told a state is a question whatever polite frame is around it: "Can you tell me whether
 *   … are on?", "Could you check if …", "Let me know if …", "I'd like to know if …", "Please confirm … are on."
 *   (asksToBeTold; "Could you check the box …" ticks, "Please confirm the booking." presses, so neither is one);
 * - any other sentence ending in "?" is a question, its kind the wh-word opening it ("why", "how", …) or yes/no;
 * - a sentence whose subject (I, we, he, she, they, you, someone, "my son") is followed by a past form ("had", "was", "turned",
 *   "I've registered") tells the past — unless it opens a polite request ("I was wondering if you could …");
 * - a sentence with no verb of a request and no past ("Owner's phone: 07928 317649.", "She is 7.") is a note; every
 *   other sentence asks.
 * A text asks no deed when it holds a question or a report of the past and nothing but notes besides; a terse note
 * alone asks by being handed over.
 *
 * Compared with the demonstration's own text, never alone: a demonstrated question answered ("What is the price of
 * the lamp?") is followed for a question of the same kind, a demonstrated "Why not …?" for another "Why not …?", a
 * demonstrated undoing or condition for the same one. Only ever refuses (a blocking problem naming the sentence or
 * clause); pure functions, no task knowledge. The form reading's "only states" guard (form-guards.ts) reads its past
 * forms here.
 */
import type { UIElement } from '../../../core/observation.js';
import { isActionVerb, oppositeVerbs, PHRASE_VERBS, stateKey, verbKeyOf, verbPhraseAt, wordsOf } from '../intent-words.js';
import { isCourtesyOnly } from '../closing-courtesy.js';
import { COMMON_WORDS, POSSESSIVES, PRONOUNS, tokenizeTask } from '../task-tokens.js';
import { withoutReadiness } from './readiness-clause.js';
import { blanked, pageShows, type Place } from './form-guards.js';
import type { TaskValueProblem } from './task-values.js';

/** A sentence of a text, with the stop that ends it ("." "!" "?" or none at the end). */
export interface Sentence {
  text: string;
  stop: string;
}

/** The text's sentences: a stop followed by a space or the end closes one ("$26.35", "e.g." inside a word do not). */
export function sentencesOf(text: string): Sentence[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+/u)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .map((part) => ({ text: part, stop: /([.!?])["”’)]?$/u.exec(part)?.[1] ?? '' }));
}

/** Openings of a polite request said as a question ("Could you …?", "Would you mind …?", "Can I get …?"). */
const POLITE_OPENING = /^(?:(?:so|ok|okay|hi|hey|hello|and|now|also),?\s+)*(?:(?:can|could|would|will|won['’]t)\s+(?:you|u|ya)\b|(?:would|do)\s+you\s+mind\b|(?:can|could|may|might)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)\b|how\s+about\b|what\s+about\b|why\s+don['’]t\s+(?:you|we)\b|(?:is\s+it|would\s+it\s+be)\s+possible\b(?!\s+that\b)|any\s+chance\b|mind\s+\w+ing\b)/iu;
/** "you" before a modal anywhere in a sentence asks the one asked: "I was wondering if you could …", "Do you think you could …?". */
const YOU_MODAL = /\byou\s+(?:could|can|would|will)\b/iu;
/**
 * A modal before "you", or "please", anywhere in a sentence that no wh-word or verb of being, doing or having opens:
 * "That message belongs in Work, can you label it?" asks; "Are they on, please?" still asks to be told.
 */
const MODAL_YOU_OR_PLEASE = /\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b/iu;

/** Words asking what a question asks about; any other question asks yes or no. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'where', 'when']);
/** Words opening a sentence before its subject or verb ("So, …", "And …", "OK, …"). */
const OPENING_FILLERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'well', 'ok', 'okay', 'now', 'also', 'then', 'hi', 'hey', 'hello']);
/** Words of a wish, which asks as a request does ("I'd like …", "so I want to leave 18%", "We need …"). */
const WISHES: ReadonlySet<string> = new Set(['like', 'love', 'want', 'need', 'wish', 'prefer']);
/** Subjects whose past form tells what was ("I had", "we turned", "someone switched"). */
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'someone', 'somebody', 'everyone', 'everybody', 'nobody']);
/** Subjects fused with "have" / "had" ("I've", "we'd"): a past participle after them tells what was. */
const PERFECT_SUBJECTS = /^(?:i|we|he|she|they|you)['’](?:ve|d)$/u;
/** Words between a subject and its verb that leave the tense as it is ("I already had", "we just turned"). */
const TENSE_NEUTRAL: ReadonlySet<string> = new Set(['already', 'just', 'also', 'recently', 'once', 'never', 'still', 'only', 'all']);
/** Past forms of the verbs a person tells the past with, irregular or with no "-ed" of a request verb. */
const PAST_FORMS: ReadonlySet<string> = new Set([
  'had', 'was', 'were', 'did', 'used', 'went', 'made', 'took', 'left', 'kept', 'sent', 'bought', 'paid', 'gave',
  'wrote', 'chose', 'brought', 'told', 'said', 'found', 'saw', 'came', 'ran', 'sold', 'held', 'wanted', 'needed', 'liked',
]);
/** A request verb said as done: "registered", "saved", "submitted", "added" (no "need", "breed": their stem is no request verb). */
export function isPastOfRequestVerb(word: string): boolean {
  if (!word.endsWith('ed')) return false;
  const stems = [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)];
  return stems.some((stem) => stem.length >= 2 && isActionVerb(stem));
}

/** A past form: one of PAST_FORMS, or the "-ed" form of a request verb. */
const isPastForm = (word: string) => PAST_FORMS.has(word) || isPastOfRequestVerb(word);

/** Verbs opening a yes/no question by what they ask of: a state ("Are … on?"), a deed done ("Did you …?"), a possession. */
const YES_NO_CLASSES: readonly [string, ReadonlySet<string>][] = [
  ['be', new Set(['is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t'])],
  ['do', new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'don’t', 'doesn’t', 'didn’t'])],
  ['have', new Set(['have', 'has', 'had', "haven't", "hasn't", 'haven’t', 'hasn’t'])],
];

/**
 * What a question asks: its wh-word ("why", "how"; "why not" apart, a suggestion), or yes/no by its opening verb's
 * class ("yes/no be" for "Are … on?"); a question opening with a modal or anything else is known by its first two
 * words ("should i"), alike only to one opening so.
 */
function questionKind(words: readonly string[]): string {
  const wh = words.slice(0, 2).findIndex((word) => QUESTION_WORDS.has(word));
  if (wh >= 0) return ['not', "don't", 'don’t'].includes(words[wh + 1] ?? '') ? `${words[wh]} not` : words[wh]!;
  const known = YES_NO_CLASSES.find(([, verbs]) => verbs.has(words[0] ?? ''));
  return known ? `yes/no ${known[0]}` : words.slice(0, 2).join(' ');
}

/** Verbs of being or having that make a clause say a state ("… are on", "it's enabled", "has been set"). */
const BEING = /^(?:is|are|was|were|am|been|has|have|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)$|['’](?:s|re)$/u;
/** Words that make a clause ask a deed, not say a state ("whether you could turn …", "if it is possible to add …"). */
const DEED_MARKS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'must', 'to', 'you']);
/** Verbs asking to be told, looked at or confirmed, each with the words that must follow it ("let me know", "find out"). */
const TOLD_VERBS: ReadonlyMap<string, readonly string[][]> = new Map([
  ['tell', [['me'], ['us']]], ['show', [['me'], ['us']]], ['let', [['me', 'know'], ['us', 'know']]], ['find', [['out']]],
  ['know', [[]]], ['wonder', [[]]], ['wondering', [[]]], ['wondered', [[]]], ['check', [[]]], ['see', [[]]], ['confirm', [[]]], ['verify', [[]]],
]);
/** Of those, the ones that take a state with no "whether" / "if" / "that" ("Please confirm … are on."); "Check the box …" needs one. */
const TOLD_WITHOUT_WHETHER: ReadonlySet<string> = new Set(['tell', 'let', 'confirm', 'verify']);

/**
 * Does a sentence only ask to be told a state? "Can you tell me whether … are on?", "Could you check if … are on?",
 * "Let me know if …", "I wonder whether …", "I'd like to know if …", "Please confirm … are on.", "Check whether …":
 * a verb of telling, knowing, checking or confirming, then (whether / if / that) a clause saying a state (a verb of
 * being within a few words, no modal, "to" or "you" before it), with no deed asked before the frame (a wish or a
 * polite opening is none) or after the state ("…, and turn them on if not"). "Could you check the box …" (a tick),
 * "Please confirm the booking." (a press) and "I was wondering if you could turn …" (a deed) say no state.
 */
export function asksToBeTold(words: readonly string[]): boolean {
  const isDeed = (index: number) => isActionVerb(words[index]!) || verbPhraseAt(words, index) !== undefined;
  for (const [at, word] of words.entries()) {
    const frames = TOLD_VERBS.get(word);
    const frame = frames?.find((follow) => follow.every((next, offset) => words[at + 1 + offset] === next));
    if (frame === undefined) continue;
    let clause = at + 1 + frame.length;
    if (['whether', 'if', 'that'].includes(words[clause] ?? '')) clause++;
    else if (!TOLD_WITHOUT_WHETHER.has(word)) continue;
    const being = words.findIndex((next, index) => index >= clause && index <= clause + 8 && BEING.test(next));
    // "Tell me when it's done" says when to tell, not which state: a time or condition opening the clause is none.
    if (being < 0 || words.slice(clause, being).some((next) => DEED_MARKS.has(next) || ['when', 'once', 'if', 'after', 'before'].includes(next))) continue;
    const before = words.slice(0, at).some((previous, index) => !WISHES.has(previous) && isDeed(index));
    const after = words.some((next, index) => index > being + 1 && !BEING.test(words[index - 1]!) && isDeed(index));
    if (!before && !after) return true;
  }
  return false;
}

export type SentenceMood = { kind: 'asks' } | { kind: 'note' } | { kind: 'question'; asks: string } | { kind: 'past' };

/** What one sentence does: asks a deed, asks a question (of which kind), tells the past, or only notes values. */
export function sentenceMood(sentence: Sentence): SentenceMood {
  const words = wordsOf(sentence.text);
  // "Can you tell me whether … are on?", "Let me know if … are on.": asked to be told, however politely (asksToBeTold).
  if (asksToBeTold(words)) return { kind: 'question', asks: 'whether' };
  if (POLITE_OPENING.test(sentence.text) || YOU_MODAL.test(sentence.text)) return { kind: 'asks' };
  const start = words.findIndex((word) => !TENSE_NEUTRAL.has(word) && !OPENING_FILLERS.has(word));
  const asked = sentence.stop === '?' ? questionKind(words.slice(Math.max(0, start))) : undefined;
  if (asked !== undefined && (QUESTION_WORDS.has(asked.split(' ')[0]!) || asked.startsWith('yes/no'))) return { kind: 'question', asks: asked };
  if (MODAL_YOU_OR_PLEASE.test(sentence.text)) return { kind: 'asks' };
  // An imperative said with a rising tone asks all the same ("Switch off email lookup for me?").
  if (start >= 0 && verbPhraseAt(words, start) !== undefined && !isPastForm(words[start]!)) return { kind: 'asks' };
  if (asked !== undefined) return { kind: 'question', asks: asked };
  // A possessive and its noun are a subject too ("My son turned on …", "Our admin switched …"): another's past is told.
  const owned = POSSESSIVES.has(words[start] ?? '') && /^\p{L}+$/u.test(words[start + 1] ?? '') && !isPastForm(words[start + 1]!) && !isActionVerb(words[start + 1]!);
  const subject = owned ? 'they' : (words[start] ?? '');
  let verbAt = start + (owned ? 2 : 1);
  while (TENSE_NEUTRAL.has(words[verbAt] ?? '')) verbAt++;
  const verb = words[verbAt] ?? '';
  const pastAt = SUBJECTS.has(subject) && isPastForm(verb) ? verbAt : SUBJECTS.has(subject) && (verb === 'have' || verb === 'has') && isPastForm(words[verbAt + 1] ?? '') ? verbAt + 1 : PERFECT_SUBJECTS.test(subject) && isPastForm(verb) ? verbAt : -1;
  const asksAt = words.findIndex((word, index) => index > pastAt && (isActionVerb(word) || verbPhraseAt(words, index) !== undefined || WISHES.has(word)));
  // "We loved the £34.01 order - get it again", "We were five at dinner …, so I want to leave 18%": the past opens a
  // request or a wish said after it.
  if (pastAt >= 0 && asksAt < 0) return { kind: 'past' };
  if (asksAt >= 0) return { kind: 'asks' };
  return { kind: 'note' };
}

export type TextMood = { kind: 'asks' } | { kind: 'question'; asks: string; sentence: string } | { kind: 'past'; sentence: string };

/** Quoted spans of a text ("…", “…”): a message shown or to type, whose own sentences are not the task's. */
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/** The text with its quoted spans blanked, offsets kept: "if" or "again" inside a message to type is the message's. */
const withoutQuotes = (text: string) => text.replace(QUOTED, (quote) => ' '.repeat(quote.length));

/** The sentences' moods, in order, as read by sentenceMood. */
const moodsOf = (text: string) => sentencesOf(text).map((sentence) => ({ sentence, mood: sentenceMood(sentence) }));

/**
 * What a whole text does: a question (the first one) or a report of the past when it holds one and nothing else but
 * notes; else it asks (a terse note alone asks by being handed over). Quoted messages are set aside ("Bruno wrote
 * "Lunch tomorrow?". Answer …") — unless all the rest only notes who sent them ('From Kim: "can you archive …?"'):
 * then the relayed message is what the text asks or asks about.
 */
export function textMood(text: string): TextMood {
  const outside = moodsOf(withoutQuotes(text));
  const quotes = [...text.matchAll(QUOTED)].map((match) => match[0].slice(1, -1));
  const read = outside.every(({ mood }) => mood.kind === 'note') && quotes.length > 0 ? quotes.flatMap(moodsOf) : outside;
  if (read.some(({ mood }) => mood.kind === 'asks')) return { kind: 'asks' };
  const first = read.find(({ mood }) => mood.kind === 'question' || mood.kind === 'past');
  if (!first) return { kind: 'asks' };
  return first.mood.kind === 'question' ? { kind: 'question', asks: first.mood.asks, sentence: first.sentence.text } : { kind: 'past', sentence: first.sentence.text };
}

/** Verbs that switch on and off around their object ("turn them off", "switch it on"). */
const SPLIT_PARTICLE_VERBS: ReadonlySet<string> = new Set(['turn', 'switch', 'put', 'take']);
/** Words after a deed that say it restores what was ("… off again", "… back"). */
const RESTORING: ReadonlySet<string> = new Set(['again', 'back']);

/** One deed of a text: its verb key, where its object starts, and the words that follow. */
function deedsOf(words: readonly string[]): { key: string; at: number; object: string; after: readonly string[] }[] {
  const deeds: { key: string; at: number; object: string; after: readonly string[] }[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    // "turn them off": the verb, a pronoun, then its particle.
    if (SPLIT_PARTICLE_VERBS.has(word) && PRONOUNS.has(words[at + 1] ?? '') && ['on', 'off', 'out', 'away'].includes(words[at + 2] ?? '')) {
      deeds.push({ key: verbKeyOf(`${word} ${words[at + 2]}`), at, object: words[at + 1]!, after: words.slice(at + 3, at + 6) });
      at += 2;
      continue;
    }
    const phrase = verbPhraseAt(words, at);
    if (phrase === undefined) continue;
    const end = at + phrase.split(' ').length;
    deeds.push({ key: verbKeyOf(phrase), at, object: words[end] ?? '', after: words.slice(end, end + 4) });
    at = end - 1;
  }
  return deeds;
}

/**
 * A later deed of the text that undoes an earlier one on what it already named: the opposite verb on a pronoun
 * ("turn on X and turn them off again", "add X, then remove it") or said again / back ("… then switch it off
 * again"), or "undo" / "revert" after a deed. Returns the undoing words, else undefined.
 */
export function undoingClause(text: string): string | undefined {
  const words = wordsOf(withoutQuotes(text));
  const deeds = deedsOf(words);
  for (const [index, later] of deeds.entries()) {
    const undone = deeds.slice(0, index).some((earlier) => oppositeVerbs(earlier.key, later.key));
    const onWhatWasNamed = PRONOUNS.has(later.object) || later.after.some((word) => RESTORING.has(word));
    if (undone && onWhatWasNamed) return words.slice(later.at, later.at + 4).join(' ');
  }
  const undo = words.findIndex((word, index) => ['undo', 'revert', 'reverse'].includes(word) && deeds.some((deed) => deed.at < index));
  return undo >= 0 ? words.slice(undo, undo + 3).join(' ') : undefined;
}

/** Words opening a condition ("if Sam agrees", "unless it rains", "as long as …", "in case …", "provided …"). */
const CONDITION = /\b(?:only\s+if|if|unless|provided(?:\s+that)?|as\s+long\s+as|in\s+case)\b/giu;
/** Verbs after which "if" asks whether, no condition ("wondering if you could …", "see if …", "check if …"). */
const WHETHER_VERBS = /\b(?:wonder(?:ing|ed)?|see|check|ask(?:ing|ed)?|know|tell\s+me|find\s+out)\s+$/iu;
/** Conditions that ask nothing beyond the deed itself: "if needed", "if not already", "if possible", "if it's off". */
const ONLY_IF_NEEDED: ReadonlySet<string> = new Set(['needed', 'necessary', 'required', 'possible', 'already', 'yet', 'still', "isn't", "aren't", "it's", "they're", 'isn’t', 'aren’t', 'it’s', 'they’re']);

/**
 * Words opening a time that is a condition when an event follows ("When Sam agrees, …", "…, once Sam agrees",
 * "as soon as the update is done"): the deed waits for something the page may never show.
 */
const WHEN_CONDITION = /\b(?:when|once|as\s+soon\s+as)\b/giu;
/** First words of a "once" / "when" that count or say a time, no event ("once a week", "once more", "when 5 …" has a number). */
const NO_EVENT: ReadonlySet<string> = new Set(['a', 'an', 'every', 'each', 'per', 'more', 'again', 'only', 'daily', 'weekly', 'in', 'at', 'and', 'or']);

/** A time named before "when", which then says which time, no condition ("the day when the store opens"). */
const TIME_BEFORE_WHEN = /\b(?:day|days|date|time|times|moment|hour|week|month|year|morning|afternoon|evening|night)\s+$/iu;

/** Text before a word that opens a sentence or follows a comma, semicolon or dash (fillers allowed: "So, when …"). */
const CLAUSE_START = /(?:^|[.!?,;:–—]|\s-)\s*(?:(?:so|and|but|ok|okay|then|now|also|just)\s+)?$/iu;

/** The clause a condition's opening word at `at` begins, to the next stop or "then". */
function clauseAt(plain: string, at: number, opening: string): { clause: string; words: string[] } {
  const rest = plain.slice(at);
  const stop = rest.search(/[,;.!?:|]|\s[-–—]\s|\bthen\b/u);
  const clause = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  return { clause, words: wordsOf(clause).slice(wordsOf(opening).length) };
}

/**
 * The conditions of a text, outside its quotes: each from its opening word to the next stop or "then" ("if it is
 * sunny", "when Sam agrees"). A "when" / "once" is one only opening a sentence or after a comma or dash, with an
 * event of at least two words and no number (a
 * watched value, recorded-waits.ts), never a courtesy ("when you get a moment", closing-courtesy.ts), never after a
 * verb of telling ("let me know when …"), and never the readiness of the control pressed ("… once it appears",
 * readiness-clause.ts, read away first).
 */
export function conditionsOf(text: string): { clause: string; words: string[] }[] {
  const found: { clause: string; words: string[] }[] = [];
  const plain = withoutQuotes(withoutReadiness(text) ?? text);
  for (const match of plain.matchAll(CONDITION)) {
    const at = match.index ?? 0;
    if (WHETHER_VERBS.test(plain.slice(0, at))) continue;
    found.push(clauseAt(plain, at, match[0]));
  }
  for (const match of plain.matchAll(WHEN_CONDITION)) {
    const at = match.index ?? 0;
    // Only opening a sentence or after a comma or dash is it the deed's condition: "I get logged out when I close the
    // tab" tells a fault, "press Apply when the board is right" the deed's own end, "at once" says now.
    if (!CLAUSE_START.test(plain.slice(0, at)) || TIME_BEFORE_WHEN.test(plain.slice(0, at))) continue;
    const condition = clauseAt(plain, at, match[0]);
    if (condition.words.length < 2 || NO_EVENT.has(condition.words[0]!) || /\d/u.test(condition.clause)) continue;
    if (isCourtesyOnly(tokenizeTask(condition.clause))) continue;
    found.push(condition);
  }
  return found;
}

/** The words of a condition that name something: no common word, no state of a control, nothing only-if-needed. */
const conditionNamingWords = (words: readonly string[]) =>
  words.filter((word) => !COMMON_WORDS.has(word) && !ONLY_IF_NEEDED.has(word) && stateKey(word) === undefined && !['be', 'been', 'were', 'am'].includes(word));

/**
 * The words of the text's conditions that ask nothing beyond the deed ("if they are off", "if needed", "if not
 * already"), their opening word with them: they name no object, and the deed is done all the same.
 */
export function neededOnlyConditionWords(text: string): Set<string> {
  return new Set(conditionsOf(text).filter((condition) => conditionNamingWords(condition.words).length === 0).flatMap((condition) => wordsOf(condition.clause)));
}

/**
 * A condition of the new text the demonstration's does not say, with a word naming something (no common word, no
 * state of a control, nothing only-if-needed): "if Sam agrees", "if it is sunny", "unless the price goes up". The
 * plan would do the deed without weighing it. `shown` says whether the page shows each such word.
 */
export function unweighedCondition(demoTask: string, task: string, page: readonly UIElement[]): { clause: string; shown: boolean } | undefined {
  const demonstrated = conditionsOf(demoTask).map((condition) => condition.words.join(' '));
  for (const condition of conditionsOf(task)) {
    if (demonstrated.includes(condition.words.join(' '))) continue;
    const naming = conditionNamingWords(condition.words);
    if (naming.length === 0) continue;
    return { clause: condition.clause, shown: naming.every((word) => pageShows(word, page)) };
  }
  return undefined;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * The refusal when the new task, read against the demonstration's, asks no deed of the demonstration's kind: a
 * question or a report of the past where the demonstration asked (or a question of another kind), an undoing or a
 * condition the demonstration did not have. Else undefined.
 */
export function moodProblem(demoTask: string, task: string, page: readonly UIElement[] = []): TaskValueProblem | undefined {
  const [demo, now] = [textMood(demoTask), textMood(task)];
  if (now.kind === 'question' && !(demo.kind === 'question' && demo.asks === now.asks)) {
    const asked = now.asks === 'whether' ? 'asks to be told a state' : 'asks a question';
    return { text: `the task ${asked} (${quote(now.sentence)}); it asks no change`, blocking: true };
  }
  if (now.kind === 'past' && demo.kind !== 'past') return { text: `the task tells what was (${quote(now.sentence)}); it asks no change`, blocking: true };
  const undoing = undoingClause(task);
  if (undoing !== undefined && undoingClause(demoTask) === undefined) return { text: `the task undoes what it asks (${quote(undoing)}): nothing is left to do`, blocking: true };
  const condition = unweighedCondition(demoTask, task, page);
  if (condition) return { text: `the task asks it only on a condition (${quote(condition.clause)}) ${condition.shown ? 'no step of the demonstration weighed' : 'the page does not show'}`, blocking: true };
  return undefined;
}


/** Words that say a thing's state as done or as it is ("is already registered", "has been added"), asking nothing. */
const STATING_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', "'s", 'already']);

/**
 * Does the text only state something? "Pepper, a 7-year-old female parrot, is already registered." names every value
 * of the form and asks for nothing: a person files nothing on it. A text asks when it holds a verb of the request in
 * its plain form ("Register …", "Can you add …", "I'd like to sign up …") or "please" — a question alone is none ("Is
 * Pepper registered?" asks about a state, textMood reads it); a terse note with no verb at all ("Pepper | parrot | …", "name: Otis; species: dog") asks by being handed over. "already" always
 * states ("Register Pepper? She is already registered." asks nothing new either).
 */
export function onlyStates(text: string, places: readonly Place[]): boolean {
  const words = wordsOf(blanked(text, places));
  if (words.includes('already')) return true;
  const states = words.some((word) => STATING_WORDS.has(word) || isPastOfRequestVerb(word));
  if (!states) return false;
  const asks = words.includes('please') || words.some((word, index) => (isActionVerb(word) || PHRASE_VERBS.includes(`${word} ${words[index + 1] ?? ''}`)) && !STATING_WORDS.has(words[index - 1] ?? ''));
  return !asks;
}
