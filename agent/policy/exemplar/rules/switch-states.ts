/**
 * Rule: the state a task asks a named switch (or checkbox) to end in, read
 * from the words around its name rather than from "on" / "off" alone.
 *
 * "Turn on push alerts", "I'd like push alerts turned on", "Push alerts ON",
 * "I do want push alerts", "I need push alerts enabled" all ask for on;
 * "switch off SMS", "no more SMS", "Please stop the SMS", "I don't want SMS"
 * ask for off. Two tasks on one page that ask the same states of their names
 * ask for the same kind of thing however they word it, and their names pair
 * by the state asked (the one turned on stands for the one turned on), never
 * by the order the sentence gives them.
 *
 * The state words are intent-words.ts's (switchStateOf: on / enabled /
 * checked …, the verbs "turn on", "enable" …); negations are
 * negation-words.ts's. Only the words of stopping and of wanting are listed
 * here. Pure; no task knowledge.
 */
import { stateKey, switchStateOf } from '../intent-words.js';
import { isNegation } from './negation-words.js';
import { findWhole } from '../text-match.js';

/** A value's place in its task text (value-spans.ts spans fit). */
export interface StateSpan {
  start: number;
  end: number;
}

export type AskedState = 'on' | 'off';

/** Verbs of stopping something that goes on: what follows them is asked off. */
const STOPPING = new Set(['stop', 'mute', 'pause', 'unsubscribe', 'silence', 'cancel']);
/** Verbs of wanting something: what follows them is asked on (off after a negation: "I don't want"). */
const WANTING = new Set(['want', 'need', 'keep', 'like', 'love', 'resume', 'start']);
/** Verbs that carry a state word after them ("turned on", "switched off", "set to off"): the state word tells. */
const CARRIERS = new Set(['turned', 'switched', 'set', 'kept', 'left', 'to', 'be']);

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsWithPlaces(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => ({
    word: match[0].toLowerCase(),
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/** Does a clause boundary (. ; ! ? :) stand between two places of the text? */
function clauseBetween(text: string, from: number, to: number): boolean {
  return /[.;!?:]/u.test(text.slice(from, to));
}

/** The other state of a switch. */
const OTHER_STATE: Record<AskedState, AskedState> = { on: 'off', off: 'on' };

type Read = { state: AskedState; cover: Word[] };

/** Does the clause holding this place of the text end in a question mark ("Could you not turn off Wi-Fi?")? */
function inQuestion(text: string, at: number): boolean {
  return /^[^.;!?]*\?/u.test(text.slice(at));
}

/**
 * A switching verb with a negation right before it ("Don't turn off Wi-Fi", "do not disable Sync") asks the control
 * kept as it would not be switched: the other state. Only a negation the verb follows with nothing but a space
 * between: "No, turn off Wi-Fi" answers something, then asks off. Not every such negation forbids the switching:
 * "Why not turn off Wi-Fi?" suggests it (the verb's own state); "Could you not turn off Wi-Fi?" may ask it done or
 * left undone, and "Never untick Alpha" forbids a click rather than asking a state — those ask no state (null),
 * which leaves the item to a refusal rather than to a guess.
 */
function negatedVerb(text: string, before: readonly Word[], verbAt: number, read: Read): Read | null {
  const negation = before[verbAt - 1];
  if (!negation || !isNegation(negation.word) || !/^\s+$/u.test(text.slice(negation.end, before[verbAt]!.start))) return read;
  // "Why not turn off …": the suggestion asks what the verb asks; its words are wording, as "please" is.
  if (before[verbAt - 2]?.word === 'why') return { state: read.state, cover: [before[verbAt - 2]!, negation, ...read.cover] };
  if (negation.word === 'never' || inQuestion(text, negation.end)) return null;
  return { state: OTHER_STATE[read.state], cover: [negation, ...read.cover] };
}

/**
 * The telling words before a value in its clause, nearest first, with what they ask; and the words they cover.
 * Null where the nearest telling words ask no state for sure (negatedVerb).
 */
function stateBefore(text: string, words: readonly Word[], span: StateSpan, floor: number): Read | null | undefined {
  const before = words.filter((word) => word.end <= span.start && word.start >= floor && !clauseBetween(text, word.end, span.start));
  for (let index = before.length - 1; index >= 0; index--) {
    const word = before[index]!;
    const previous = before[index - 1];
    // "turn on", "switch off": the verb and its particle; "don't turn off" asks it kept on (negatedVerb).
    if (previous && (word.word === 'on' || word.word === 'off') && ['turn', 'switch', 'toggle'].includes(previous.word)) {
      return negatedVerb(text, before, index - 1, { state: word.word, cover: [previous, word] });
    }
    if (STOPPING.has(word.word)) return { state: 'off', cover: [word] };
    // "no more …": the negation of going on.
    if (word.word === 'more' && previous?.word === 'no') return { state: 'off', cover: [previous, word] };
    if (WANTING.has(word.word)) {
      // "I don't want", "we do not need": a negation of the wanting one or two words before it.
      const negation = before.slice(Math.max(0, index - 2), index).find((candidate) => isNegation(candidate.word));
      return negation ? { state: 'off', cover: [negation, word] } : { state: 'on', cover: [word] };
    }
    // A lone "on" / "off" / "no" before a value is a particle or a determiner ("tick off \"tea\"", "put it on", "no
    // milk"), not a state: only after turn / switch / toggle (above) or after the value (stateAfter) does it tell one.
    const state = switchStateOf(word.word);
    if (state && !['on', 'off', 'no'].includes(word.word)) return negatedVerb(text, before, index, { state, cover: [word] });
  }
  return undefined;
}

/** The state word right after a value ("… turned on", "… ON", "… enabled"), if any. */
function stateAfter(text: string, words: readonly Word[], span: StateSpan, ceiling: number): { state: AskedState; cover: Word[] } | undefined {
  const after = words.filter((word) => word.start >= span.end && word.end <= ceiling && !clauseBetween(text, span.end, word.start));
  let index = 0;
  const cover: Word[] = [];
  while (index < after.length && CARRIERS.has(after[index]!.word) && cover.length < 2) cover.push(after[index++]!);
  const word = after[index];
  if (!word) return undefined;
  const state = stateKey(word.word) !== undefined ? switchStateOf(word.word) : undefined;
  return state ? { state, cover: [...cover, word] } : undefined;
}

/** What the task asks of each value (in `spans` order): on, off, or undefined when its words tell none or tell both. */
export function askedStates(text: string, spans: readonly StateSpan[]): (AskedState | undefined)[] {
  return readStates(text, spans).map((read) => read?.state);
}

/**
 * What the task asks of each named control (`names` in order): on, off, or undefined when the task does not
 * name it (whole words, case aside) or its words tell no state. The checks read a switch the task asks to
 * stop ("Please stop the order status") as asked off, not as a name to be ticked.
 */
export function askedStatesOfNames(text: string, names: readonly string[]): (AskedState | undefined)[] {
  const spans = names.map((name) => findWhole(text, name));
  const found = spans.filter((span): span is StateSpan => span !== undefined);
  const states = readStates(text, found);
  return spans.map((span) => (span ? states[found.indexOf(span)]?.state : undefined));
}

/** Only a list's joint between two values: a comma, "and" ("switch off Bluetooth and Auto-update", "A, B and C"). */
export const LIST_JOINT = /^\s*(?:,\s*)?(?:and\s+)?$/u;
/** What may follow a list's last item the verb before it tells: the clause's end — a stop, a semicolon, a "then" — or nothing. */
const CLAUSE_END = /^\s*(?:$|[.;!?]|,?\s*(?:and\s+)?then\b)/u;

function readStates(text: string, spans: readonly StateSpan[]): (Read | undefined)[] {
  const words = wordsWithPlaces(text);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reads = new Map<StateSpan, Read | undefined>();
  // The verb before a list tells every item of it ("switch off Bluetooth and Auto-update": both off), as
  // long as an item tells no state of its own: carried from the item before across a bare joint only.
  let carried: AskedState | undefined;
  sorted.forEach((span, position) => {
    const previous = sorted[position - 1];
    const floor = previous?.end ?? 0;
    const ceiling = sorted[position + 1]?.start ?? text.length;
    const before = stateBefore(text, words, span, floor);
    const after = stateAfter(text, words, span, ceiling);
    // The item ends the list or the list goes on; words after it ("Bluetooth stays on", "Wi-Fi left alone") say another thing of it.
    const following = text.slice(span.end, ceiling);
    const ends = LIST_JOINT.test(following) || CLAUSE_END.test(following);
    const listed = previous !== undefined && ends && LIST_JOINT.test(text.slice(previous.end, span.start)) ? carried : undefined;
    // Words that ask no state for sure ("Never untick Alpha") leave the item, and a list after it, unread.
    const read = before === null ? undefined : before && after
      ? before.state === after.state ? { state: before.state, cover: [...before.cover, ...after.cover] } : undefined
      : before ?? after ?? (listed ? { state: listed, cover: [] } : undefined);
    carried = before === null ? undefined : before ? before.state : after ? undefined : listed;
    reads.set(span, read);
  });
  return spans.map((span) => reads.get(span));
}

/**
 * Two task texts that ask the same states of as many values (each of their
 * values told on or off, as many on and as many off): the text of each with
 * the words telling those states blanked out (same length), so that the
 * other checks (verbs, directions, negations) compare only what is left —
 * "no more" is then no "more", "stop" no verb of its own. Undefined when the
 * two do not ask states that way.
 */
export function withoutSameStates(a: string, aSpans: readonly StateSpan[], b: string, bSpans: readonly StateSpan[]): { a: string; b: string } | undefined {
  const [readA, readB] = [readStates(a, aSpans), readStates(b, bSpans)];
  if (readA.length === 0 || readA.length !== readB.length || readA.some((read) => !read) || readB.some((read) => !read)) return undefined;
  const count = (reads: typeof readA, state: AskedState) => reads.filter((read) => read!.state === state).length;
  if (count(readA, 'on') !== count(readB, 'on')) return undefined;
  const blank = (text: string, reads: typeof readA) => {
    let masked = text;
    for (const word of reads.flatMap((read) => read!.cover)) masked = masked.slice(0, word.start) + ' '.repeat(word.end - word.start) + masked.slice(word.end);
    return masked;
  };
  return { a: blank(a, readA), b: blank(b, readB) };
}

/**
 * `spans` without the values that only tell the state of the value before
 * them ("push alerts ON, email digest OFF": "ON" and "OFF" read as names of
 * their own by value-spans.ts): a lone state word right after another value.
 */
export function withoutStateValues<Span extends StateSpan & { text: string }>(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((span) => {
    const words = [...span.text.matchAll(/[\p{L}]+/gu)].map((match) => match[0].toLowerCase());
    if (words.length !== 1 || stateKey(words[0]!) === undefined || switchStateOf(words[0]!) === undefined) return true;
    return !spans.some((other) => other !== span && other.end <= span.start && /^\s+$/u.test(text.slice(other.end, span.start)));
  });
}

/**
 * Two task texts whose paired values (`pairs`: a value of `a`, its counterpart in `b`; the same name when
 * unchanged) are each asked the same state ("I need push alerts enabled, but no more weekly newsletter" /
 * "Turn on SMS reminders and turn off email digest", the pairs push alerts → SMS reminders, weekly newsletter →
 * email digest): both texts with the words telling those states blanked out (withoutSameStates), so a
 * whole-text comparison does not read "enabled" or "no more" as a word one text says and the other does not.
 * Undefined unless every pair is found in its text and each pair that either text asks a state of is asked one
 * state on both sides — a value asked on in one text and off (or nothing) in the other is another request,
 * which stays for the checks to see; a value neither asks a state of ("then press Save") is left as it is.
 */
export function withoutPairedStates(a: string, b: string, pairs: readonly (readonly [string, string])[]): { a: string; b: string } | undefined {
  const found = pairs.map(([old, now]) => [findWhole(a, old), findWhole(b, now)] as const);
  if (found.length === 0 || found.some(([old, now]) => !old || !now)) return undefined;
  const [allA, allB] = [found.map(([old]) => old!), found.map(([, now]) => now!)];
  // The same place twice (one value named in two pairs) would be read twice: not a pairing of values.
  if (new Set(allA.map((span) => span.start)).size !== allA.length || new Set(allB.map((span) => span.start)).size !== allB.length) return undefined;
  const [statesA, statesB] = [askedStates(a, allA), askedStates(b, allB)];
  // A value neither text asks a state of ("then press Save") tells nothing here; one asked on one side only differs.
  const kept = statesA.flatMap((state, index) => (state === undefined && statesB[index] === undefined ? [] : [index]));
  if (kept.length === 0 || kept.some((index) => statesA[index] !== statesB[index])) return undefined;
  return withoutSameStates(a, kept.map((index) => allA[index]!), b, kept.map((index) => allB[index]!));
}
