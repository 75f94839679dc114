/**
 * What the verbs of two task texts ask, told apart (rules/kind-by-places.ts judges two wordings of one page's task
 * with it; field-pairs.ts too): each text's verbs as their keys ("turn on" → enable, "remove" → delete) outside its
 * values, and the gap between two texts — opposite verbs, a verb of a distinct request in one text only, a direction
 * word or a negation one text adds. Pure functions, no task knowledge.
 */
import { undoingPair } from './undoing-words.js';
import { valueSpans, type ValueSpan } from '../value-spans.js';
import { intentMatches, isActionVerb, isWish, oppositeVerbs, stateKey, verbKeyOf, verbPhraseAt, wordsOf } from '../intent-words.js';
import { addedNegation } from './negation-words.js';
import { withoutCountMore } from './count-more.js';
import { spokenAdds, spokenDeletes, withoutDeleteNegations } from './spoken-list-edits.js';
import { obligedVerbs, onwardSends } from './request-wordings.js';
import { causedVerb, copiesIntoField, locatesOnly, verbAskedBy, LOCATE } from './pointing-verbs.js';
import { toldNotAsked } from './told-verbs.js';
import { COMMON_WORDS, FUNCTION_WORDS, POSSESSIVES, PRONOUNS } from '../task-tokens.js';

/**
 * Verbs that give a field its value, pick, move or finish: any wording of
 * one request uses some of them ("Schedule … Save with Apply" / "New event …
 * Click Confirm"). Signing up is sending a sign-up form as ordering is sending
 * an order form: "Register me …", "Sign Noor up …" and "Set up a plan for
 * Lena …" ask one request. Every other verb asks for something of its own and
 * must stand in both texts (logging in stays apart from signing up).
 */
export const NEUTRAL_VERBS: ReadonlySet<string> = new Set([
  'click', 'choose', 'enter', 'assign', 'add', 'move', 'drag', 'drop', 'put', 'go', 'make', 'insert',
  'submit', 'save', 'confirm', 'apply', 'update', 'order', 'buy', 'send', 'register',
]);

/**
 * What one reports when filing it through a form ("Report a problem with the checkout", "report the bug"): reporting
 * one of these sends an issue form, as "File a bug on …" or "Log it as …" do — no request of its own. "Report
 * @maria's post" still asks to report.
 */
const REPORTED_FAULTS = new Set(['problem', 'problems', 'bug', 'bugs', 'issue', 'issues', 'fault', 'faults', 'error', 'errors', 'defect', 'defects', 'incident', 'incidents']);
/** Words between "report" and what it reports that do not change it ("a", "the", "this"). */
const REPORT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'my', 'our', 'new']);

/** Does the "report" at `index` report a fault ("report a problem", "report the bug"), so it only sends an issue form? */
export function reportsFault(words: readonly string[], index: number): boolean {
  if (words[index] !== 'report') return false;
  let at = index + 1;
  while (REPORT_DETERMINERS.has(words[at] ?? '')) at++;
  return REPORTED_FAULTS.has(words[at] ?? '');
}

/** Words that order or compare; each must be in both texts or in neither. */
const DIRECTION_WORDS: readonly (readonly string[])[] = [
  ['before', 'after'], ['earlier', 'later'], ['earliest', 'latest'], ['largest', 'smallest'], ['biggest', 'smallest'],
  ['highest', 'lowest'], ['most', 'least'], ['more', 'fewer', 'less'], ['first', 'last'], ['ascending', 'descending'],
  ['cheapest', 'priciest', 'dearest'], ['oldest', 'newest'], ['above', 'below'], ['next', 'previous'],
];
const DIRECTIONS = new Set(DIRECTION_WORDS.flat());

/** The text with its values blanked out, so a quoted "Book venue" gives no verb "book". */
export function outsideValues(text: string, spans: readonly ValueSpan[]): string {
  let masked = text;
  for (const span of spans) masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  return masked;
}

/** "mark it", "flag them as": a marking verb and a pronoun (task-tokens.ts PRONOUNS) right before a value. */
const MARKED_PRONOUN = new RegExp(`\\b(mark|flag)\\s+(?:${[...PRONOUNS].join('|')})\\s+(?:as\\s+)?$`, 'iu');

/**
 * "mark it" / "flag them" and the word right after (space only between): a complement ("high", "urgent") when it is
 * no common word (task-tokens.ts COMMON_WORDS: "and", "then", "please"), no verb ("mark it and save", "mark them,
 * then send"), no state a tick gives (TICKED_STATES, or a control's state: intent-words.ts stateKey) and no word
 * pointing back at what is marked (POINTING_BACK). "Mark it as done" and "Mark it done" still tick: an item marked
 * as done is ticked off.
 */
const MARKED_COMPLEMENT = new RegExp(`\\b(mark|flag)\\s+(?:${[...PRONOUNS].join('|')})\\s+([\\p{L}]+)`, 'giu');
/** States an item is ticked into ("mark it done", "mark them read"), not values it is given. */
const TICKED_STATES = new Set([
  'done', 'read', 'unread', 'seen', 'unseen', 'complete', 'completed', 'incomplete', 'finished', 'unfinished',
  'resolved', 'unresolved', 'solved', 'fixed', 'handled', 'paid', 'unpaid', 'answered', 'unanswered',
]);
/** Words after "mark it" / "mark them" that point back at what is marked or at who marks ("both", "yourself"), not a value. */
const POINTING_BACK = new Set(['both', 'each', 'every', 'either', 'myself', 'yourself', 'yourselves', 'itself', 'themselves', 'ourselves', 'himself', 'herself']);

/** Is a word after "mark it" a value it is given ("urgent", "high"), not a tick's state nor a common word or verb? */
function givenValue(word: string): boolean {
  return !COMMON_WORDS.has(word) && !isActionVerb(word) && !TICKED_STATES.has(word) && stateKey(word) === undefined && !POINTING_BACK.has(word);
}

/**
 * "mark it urgent", "flag them high": ticking a pronoun with a value or a complement right after it gives that
 * value, as "make it urgent" does — no box ticked; the complement need not be a value the readers found ("mark it
 * high": "high" is lower case). The text with such a verb read as "make" (same length, so the spans stay).
 */
function markedValues(text: string, spans: readonly ValueSpan[]): string {
  let read = text;
  const asMake = (at: number, verb: string) => {
    read = read.slice(0, at) + 'make'.padEnd(verb.length, ' ') + read.slice(at + verb.length);
  };
  for (const span of spans) {
    const marked = MARKED_PRONOUN.exec(text.slice(0, span.start));
    if (marked) asMake(marked.index, marked[1]!);
  }
  for (const marked of text.matchAll(MARKED_COMPLEMENT)) {
    if (givenValue(marked[2]!.toLowerCase())) asMake(marked.index ?? 0, marked[1]!);
  }
  return read;
}

/** Controls a press of which does what their verb says ("the delete button" asks to delete). */
const PRESSED_NOUNS = new Set(['button', 'link', 'icon', 'tab', 'key', 'toggle', 'switch', 'option', 'checkbox', 'menu']);
/** Words that never name the thing a verb word modifies: articles, prepositions, pronouns, joints. */
const NO_HEAD = new Set([...FUNCTION_WORDS, ...PRONOUNS, ...POSSESSIVES, 'and', 'or', 'then', 'but']);

/**
 * Is the verb phrase at [start, end) of `words` a noun's modifier ("a bug on the search box", "the login screen",
 * "File it on search results"): after an article or a preposition ("to" and "as" open verbs: "to search", "log in
 * as"), and before the noun it modifies — a word no article, preposition or pronoun — that is no control a press of
 * which does the verb ("the delete button")? Such a word names a place of the page, no request of its own.
 */
export function modifiesNoun(words: readonly string[], start: number, end: number): boolean {
  const before = words[start - 1];
  const after = words[end];
  if (before === undefined || !FUNCTION_WORDS.has(before) || before === 'to' || before === 'as') return false;
  return after !== undefined && /^\p{L}+$/u.test(after) && !NO_HEAD.has(after) && !PRESSED_NOUNS.has(after);
}

/**
 * The word a text said for a verb key, for messages: "Unstar" is kept under the key "unlike" (intent-words.ts SAME_AS),
 * and a person reading "asks to unlike" would not know which word was meant. The key itself when no single word has it.
 */
function saidAs(text: string, key: string): string {
  return wordsOf(text).find((word) => verbKeyOf(word) === key) ?? key;
}

/**
 * The verbs of a text outside its values, each as its key ("turn on" → enable, "remove" → delete). `asVerbs`: only
 * the words used as verbs, none that modifies a noun (modifiesNoun: "the search box") nor one that tells what someone
 * does or names a subject (rules/told-verbs.ts: "I tick …", "the toggle has …").
 */
export function verbKeys(text: string, spans: readonly ValueSpan[] = valueSpans(text), asVerbs = false): string[] {
  const words = wordsOf(outsideValues(markedValues(text, spans), spans));
  // "I tick Remember me but …", "the Mute toggle has no effect": a word that tells, asking nothing (rules/told-verbs.ts).
  const modifier = (start: number, end: number) => asVerbs && (modifiesNoun(words, start, end) || toldNotAsked(words, start, end));
  // "tonight's show", "my order": a word after a possessive is its noun, no verb (task-tokens.ts POSSESSIVES).
  const possessed = (index: number) => index > 0 && (POSSESSIVES.has(words[index - 1]!) || /['’]s$/u.test(words[index - 1]!));
  const matches = intentMatches(words).filter((match) => !possessed(match.start) && !modifier(match.start, match.end));
  // "Find the $11 item and open it": locating only; "make the counter show 5": what the counter does (rules/pointing-verbs.ts).
  const locating = new Set(matches.filter((match) => locatesOnly(words, match, matches)).map((match) => match.start));
  const keys = new Set<string>(matches.filter((match) => !causedVerb(words, match.start)).map((match) => (locating.has(match.start) ? LOCATE : match.intent)));
  for (let index = 0; index < words.length; index++) {
    if (locating.has(index) || causedVerb(words, index) || possessed(index)) continue;
    // A phrase ("turn on") always; a single verb unless it wishes ("I'd like"): intent-words.ts.
    const verb = verbPhraseAt(words, index);
    if (verb !== undefined && modifier(index, index + verb.split(' ').length)) continue;
    // "Report a problem with …": sending an issue form, as submitting is (reportsFault).
    if (verb === 'report' && reportsFault(words, index)) keys.add(verbKeyOf('submit'));
    else if (verb !== undefined && (verb.includes(' ') || !isWish(words, index))) keys.add(verbKeyOf(verb));
  }
  // "cross it off", "don't buy honey" / "I need butter", "we're out of oats": a list edited as a person says it (rules/spoken-list-edits.ts).
  if (spokenDeletes(words).length > 0) keys.add(verbKeyOf('remove'));
  if (spokenAdds(words).length > 0) keys.add(verbKeyOf('add'));
  // "… should be archived": the request said in the passive; "Send her message on to Luca": a forward (rules/request-wordings.ts).
  for (const { verb } of obligedVerbs(words)) keys.add(verbKeyOf(verb));
  const onward = onwardSends(outsideValues(text, spans));
  if (onward.forwards) {
    if (!onward.sends) keys.delete(verbKeyOf('send'));
    keys.add(verbKeyOf('forward'));
  }
  // "Copy the value … into the form": entering, no copy of its own (rules/pointing-verbs.ts).
  if (words.some((_, index) => copiesIntoField(words, index)) && !words.some((word, index) => word === 'copy' && !copiesIntoField(words, index))) {
    keys.delete(verbKeyOf('copy'));
    keys.add(verbKeyOf('enter'));
  }
  return [...keys];
}

/**
 * Requests a person also asks by the caption of the control that does them, each [request, caption verb]: a post
 * bookmarked by its "Save" is asked by "Save the post from @theo" as by "Bookmark @theo's post". Only where the
 * demonstration pressed a control of that caption: "save" elsewhere sends a form, and asks no bookmark.
 */
const PRESSED_SYNONYMS: readonly [string, string][] = [['bookmark', 'save']];

/** Are two verb keys adding to and deleting from a list? */
const listEdit = (a: string, b: string) => new Set([a, b, verbKeyOf('add'), verbKeyOf('remove')]).size === 2;

/**
 * Why the two texts' verbs, directions or negations ask for different things; undefined when they do not. `pressed`:
 * the verb keys of the controls the demonstration pressed (rules/pressed-verbs.ts) — a request its task left to the
 * page ("… - see what's available" that pressed "Search"), asked by it as if worded. `done`: the verb keys its steps'
 * effects carried out (rules/step-effects.ts: a box ticked, a switch turned on, a search typed) — they meet a verb
 * only the new task says, never stand as the demonstration's own request nor as a press to contradict.
 */
export function verbGap(demoTask: string, newTask: string, oldSpans: readonly ValueSpan[] = valueSpans(demoTask), newSpans: readonly ValueSpan[] = valueSpans(newTask), pressed: readonly string[] = [], done: readonly string[] = []): string | undefined {
  const oldVerbs = verbKeys(demoTask, oldSpans);
  const newVerbs = verbKeys(newTask, newSpans);
  for (const a of oldVerbs) {
    // "Add X and remove Y" / "I need X; cross Y off": both texts edit the list both ways, each value where it stands — no
    // contradiction. Switches asked on and off keep theirs (their states pair values: switch-states.ts).
    for (const b of newVerbs) if (oppositeVerbs(a, b) && !(listEdit(a, b) && oldVerbs.includes(b) && newVerbs.includes(a))) return `this task asks to ${saidAs(newTask, b)} where the demonstration's asked to ${saidAs(demoTask, a)}`;
  }
  // "Unpin" / "pin", "downvote" / "upvote", "unread" / "read": a word and its undoing, known to the verb lists or not (rules/undoing-words.ts).
  const undone = undoingPair(outsideValues(demoTask, oldSpans), outsideValues(newTask, newSpans));
  if (undone) return `this task says "${undone[0]}" where the demonstration's said "${undone[1]}"`;
  // The opposite of what the demonstration pressed ("add" where it pressed "Remove"), asked where neither text asks what
  // the press did nor the demonstration's text asks it: the press would be followed against the request.
  for (const a of pressed) {
    for (const b of newVerbs) if (oppositeVerbs(a, b) && !newVerbs.includes(a) && !oldVerbs.includes(b)) return `this task asks to ${b} where the demonstration pressed a control to ${a}`;
  }
  // A verb of a distinct request asked in one text only; a locating find, or ticking where the other text selects, is none (rules/pointing-verbs.ts).
  // A text asks it only where it stands as a verb ("search for X"), not where it modifies a noun ("a bug on the
  // search box"); the other text's verb may meet it either way ("Look up X" / "Type X in the search field").
  // A request said by the name of the control the demonstration pressed for it ("Save" of a post's ⚑): PRESSED_SYNONYMS.
  const byPress = (verb: string, other: readonly string[]) => PRESSED_SYNONYMS.some(([asked, caption]) => asked === verb && other.includes(caption) && (pressed.includes(caption) || done.includes(caption)));
  const distinctOnly = (one: string[], other: string[]) => one.find((verb) => !NEUTRAL_VERBS.has(verb) && !verbAskedBy(verb, other) && !byPress(verb, other));
  const extra = distinctOnly(verbKeys(newTask, newSpans, true), [...oldVerbs, ...pressed, ...done]);
  if (extra) return `this task asks to ${extra}, which the demonstration's did not`;
  const missing = distinctOnly(verbKeys(demoTask, oldSpans, true), newVerbs);
  if (missing) return `the demonstration's task asked to ${missing}, which this one does not`;
  // "I need 90 more of X": a wished-for count, no direction (rules/count-more.ts).
  const oldWords = new Set(wordsOf(outsideValues(withoutCountMore(demoTask), oldSpans)));
  const newWords = new Set(wordsOf(outsideValues(withoutCountMore(newTask), newSpans)));
  const direction = [...newWords].find((word) => DIRECTIONS.has(word) && !oldWords.has(word)) ?? [...oldWords].find((word) => DIRECTIONS.has(word) && !newWords.has(word));
  if (direction) return `"${direction}" stands in one task text only`;
  const negation = addedNegation(withoutDeleteNegations(demoTask), withoutDeleteNegations(newTask), oldSpans, newSpans);
  if (negation) return `this task says "${negation}", the demonstration's did not`;
  return undefined;
}
