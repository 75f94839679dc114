/**
 * Adding to and deleting from a list, as a person says it: "cross it off",
 * "take apples off my list", "strike milk", "don't buy honey, there's plenty",
 * "we don't need bread" delete; "I need butter", "we're out of oats", "put
 * rice on it" add. None of these holds a verb of the intent table
 * (intent-words.ts: "delete", "remove", "add" …) — the particle stands after
 * the object, or the request is a statement of need — so a task worded so
 * would read as asking nothing, and "Add cheddar and remove milk" as asking
 * to delete where it did not.
 *
 * `spokenDeletes` finds the delete phrases in a text's words (each asks what
 * "remove" asks), `spokenAdds` the add phrases (each asks what "add" asks).
 * The negation of "don't buy" / "don't need" is the delete's own wording, no
 * negation of the request: `withoutDeleteNegations` blanks it (same length)
 * so the negation check does not read it as one.
 *
 * Closed lists, pure functions, no task knowledge.
 */
import type { ValueSpan } from '../value-spans.js';

/** Verbs that delete with the particle "off" after their object or right after them ("cross it off", "take off the eggs"). */
const OFF_VERBS = new Set(['cross', 'take', 'strike', 'scratch']);
/**
 * The particles each such verb deletes with: "take the tomatoes out" asks what "take them off" does (a thing taken
 * out of a basket or list is gone from it); "cross it out" too. "take out" right after the verb is a phrase verb
 * of the intent table already (intent-words.ts).
 */
const PARTICLES: Record<string, ReadonlySet<string>> = { take: new Set(['off', 'out']), cross: new Set(['off', 'out']) };
const OFF_ONLY: ReadonlySet<string> = new Set(['off']);
const particlesOf = (verb: string): ReadonlySet<string> => PARTICLES[verb] ?? OFF_ONLY;
/** Verbs that delete on their own when their object is what a list holds ("strike milk", "scratch the eggs"). */
const BARE_VERBS = new Set(['strike', 'scratch']);
/** Words a separated particle may stand after: the object, at most this many words ("take the green apples off"). */
const OBJECT_REACH = 4;
/** Wishes a negation turns into "leave it off the list": "don't buy honey", "we don't need bread", "no more eggs". */
const NEGATED_WISHES = new Set(['buy', 'need', 'get', 'want']);
/** Words after such a wish that make it a wish about doing, no thing to leave off ("don't want to be tracked", "don't need you to"). */
const WISHED_DOING = new Set(['to', 'you']);
/** Negations that make such a wish a delete (as `wordsOf` gives them). */
const WISH_NEGATIONS = new Set(["don't", 'don’t', 'dont', "doesn't", 'doesn’t']);
/** The helper a written-out negation stands after ("do not need"). */
const DO = new Set(['do', 'does']);
/** Words that end an object before any particle ("take it and then … off"). */
const OBJECT_BREAKS = new Set(['and', 'then', 'but', 'or', 'so']);
/** States one takes a thing off, no list ("take the order off hold"). */
const OFF_STATES = new Set(['hold', 'mute', 'standby', 'pause', 'silent', 'autopilot', 'sale']);

/** Words of putting a thing somewhere: after "take … out", said of the thing taken ("put it in Review"), they make it a move. */
const PUTTING = new Set(['put', 'move', 'place', 'drag', 'drop']);
/** Words standing for the thing just named: "put it in Review" puts back what was taken out. */
const TAKEN_THING = new Set(['it', 'them', 'that', 'those', 'this', 'these']);
/** Words that make the verb after them the content of a reminder, no request: "remind me to take the bins out". */
const REMINDING = new Set(['remind', 'reminder', 'remember', 'forget']);

/**
 * "take the card out of Closed and put it in Review", "… and move them to Done", "out of A into B": what was taken out
 * is put elsewhere — a move. "take the tomatoes out and put two onions in" puts another thing: still a delete.
 */
function isPutBack(words: readonly string[], after: number): boolean {
  return words.slice(after).some((word, at, later) => word === 'into' || (PUTTING.has(word) && TAKEN_THING.has(later[at + 1] ?? '')));
}

/** "remind me to take the bins out", "don't forget to take it out": the phrase is what a reminder says, no request. */
function isReminded(words: readonly string[], index: number): boolean {
  return words[index - 1] === 'to' && words.slice(Math.max(0, index - 4), index - 1).some((word) => REMINDING.has(word));
}
/** Words after "take … out" that make it an outing ("take Sam out for dinner", "out to the park"). */
const OUTINGS = new Set(['for', 'to', 'on', 'with']);
/** Words right after "drop" that make it another verb ("drop by", "drop in", "drop off the parcel", "drop down"). */
const DROP_PARTICLES = new Set(['by', 'in', 'off', 'down', 'out', 'me', 'us', 'to', 'into', 'onto', 'on', 'at', 'here', 'there']);
/** Words naming where a dropped thing goes: "drop it on the target", "drop the file into the folder" — a drag's end. */
const DROP_PLACES = new Set(['on', 'onto', 'into', 'in', 'to', 'at', 'over', 'under', 'below', 'above', 'between', 'beside', 'next', 'here', 'there', 'inside']);

/**
 * "drop the bananas", "and drop the greek yogurt": dropping a thing, said with no place it goes to, leaves it out — a
 * delete. Never in a text that drags ("drag … and drop it on …"), nor with a place ("drop the file into the folder").
 */
function dropDeletes(words: readonly string[], index: number): SpokenPhrase | undefined {
  if (words[index] !== 'drop' || words.includes('drag') || DROP_PARTICLES.has(words[index + 1] ?? 'by')) return undefined;
  for (let at = index + 1; at < words.length && at - index <= OBJECT_REACH && !OBJECT_BREAKS.has(words[at]!); at++) {
    if (DROP_PLACES.has(words[at]!)) return undefined;
  }
  return { start: index, end: index + 1 };
}

/** A delete or add phrase found in a run of words: its [start, end) word indices. */
export interface SpokenPhrase {
  start: number;
  end: number;
}

/** The delete phrases a person's wording holds, in lower-cased words (`wordsOf`), left to right. */
export function spokenDeletes(words: readonly string[]): SpokenPhrase[] {
  const found: SpokenPhrase[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (OFF_VERBS.has(word)) {
      // "cross off milk" / "cross it off" / "take apples off my list".
      const particles = particlesOf(word);
      if (words[index + 1] === 'off' && !OFF_STATES.has(words[index + 2] ?? '')) {
        found.push({ start: index, end: index + 2 });
        continue;
      }
      let at = index + 1;
      while (at < words.length && at - index <= OBJECT_REACH && !particles.has(words[at]!) && !OBJECT_BREAKS.has(words[at]!)) at++;
      // "take $5 off the total" lowers an amount: an object holding a number is none a list holds.
      const amount = words.slice(index + 1, at).some((object) => /\p{N}/u.test(object));
      // "take Sam out for dinner" is an outing, nothing taken out of a list.
      const outing = words[at] === 'out' && OUTINGS.has(words[at + 1] ?? '');
      // "take the card out of Closed and put it in Review": taken out to be put elsewhere, a move.
      const moved = words[at] === 'out' && isPutBack(words, at + 1);
      if (particles.has(words[at] ?? '') && at > index + 1 && !amount && !outing && !moved && !OFF_STATES.has(words[at + 1] ?? '') && !isReminded(words, index)) {
        found.push({ start: index, end: at + 1 });
        continue;
      }
      if (BARE_VERBS.has(word)) found.push({ start: index, end: index + 1 });
      continue;
    }
    const dropped = dropDeletes(words, index);
    if (dropped) {
      found.push(dropped);
      continue;
    }
    // "don't buy honey", "we do not need bread" — never a wish about doing ("I don't want to be tracked", "you don't need to sign in").
    if (NEGATED_WISHES.has(word) && !WISHED_DOING.has(words[index + 1] ?? '')) {
      const previous = words[index - 1] ?? '';
      if (WISH_NEGATIONS.has(previous)) found.push({ start: index - 1, end: index + 1 });
      else if (previous === 'not' && DO.has(words[index - 2] ?? '')) found.push({ start: index - 2, end: index + 1 });
    }
  }
  return found;
}

/**
 * The delete a clause opens with, as a person says it ("take the tomatoes out", "drop the bananas", "cross it off"):
 * how many of `words` (lower-cased, from the clause's first) its verb covers — the verb alone when its particle stands
 * after the object — else undefined. Negated wishes ("don't need") open no clause: their subject comes first.
 */
export function spokenDeleteOpening(words: readonly string[]): number | undefined {
  const phrase = spokenDeletes(words).find((found) => found.start === 0);
  if (phrase === undefined || !(OFF_VERBS.has(words[0]!) || words[0] === 'drop')) return undefined;
  return phrase.end === 2 ? 2 : 1;
}

/** Statements of need that ask to have their object put on the list: "I need butter", "we're out of oats". */
const NEEDING = new Set(['i', 'we']);
/** Words after "need" that make it no wish for a thing ("I need to …", "I need you to …"). */
const NOT_A_THING = new Set(['to', 'you', 'it', 'them', 'this', 'that', 'help', 'not']);

/** The add phrases a person's wording holds ("I need butter", "we're out of oats", "put rice on it"), left to right. */
export function spokenAdds(words: readonly string[]): SpokenPhrase[] {
  const found: SpokenPhrase[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    // "I need butter", "we also need eggs" — never "I need to …", "we don't need …".
    if (word === 'need' && (NEEDING.has(words[index - 1] ?? '') || (NEEDING.has(words[index - 2] ?? '') && words[index - 1] === 'also')) && !NOT_A_THING.has(words[index + 1] ?? 'to')) {
      found.push({ start: index, end: index + 1 });
    }
    // "we're out of oats", "we are out of milk", "we ran out of bread".
    if (word === 'out' && words[index + 1] === 'of' && ["we're", 'we’re', 'are', 'ran', 'run'].includes(words[index - 1] ?? '')) {
      found.push({ start: index - 1, end: index + 2 });
    }
    // "put rice on it", "put honey on my list" — never "put it on hold".
    if (word === 'put') {
      let at = index + 1;
      while (at < words.length && at - index <= OBJECT_REACH && words[at] !== 'on' && !OBJECT_BREAKS.has(words[at]!)) at++;
      const rest = words.slice(at + 1, at + 3);
      // The object may be blanked out already (a value): "put  on it".
      if (words[at] === 'on' && (rest[0] === 'it' || rest.includes('list'))) found.push({ start: index, end: at + 1 });
    }
  }
  return found;
}

/**
 * The text with the negation of each negated wish that deletes ("Don't buy honey") blanked out, same length: the
 * negation is how the delete is worded, not a request turned into its opposite.
 */
export function withoutDeleteNegations(text: string): string {
  return text.replace(/\b(?:do(?:es)?\s+not|do(?:es)?n['’]?t)(?=\s+(?:buy|need|get|want)\b(?!\s+(?:to|you)\b))/giu, (match) => ' '.repeat(match.length));
}

/** An item's words: lower case, at most three ("green apples"), after an optional article. */
const ITEM = String.raw`(?:(?:some|more|a|an|the)\s+)?(\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}?)`;
/** Where an item put on a list stands: "add X to", "put X on", "I need X for", "we're out of X." */
const ADDED_ITEM: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:[Aa]dd|[Pp]ut)\s+${ITEM}\s+(?:to|on(?=\s+(?:it|the\s+list|my\s+list|our\s+list)\b))`, 'gud'),
  new RegExp(String.raw`\b(?:I|[Ww]e)\s+(?:also\s+)?need\s+(?!to\b|you\b|it\b|them\b|this\b|that\b)${ITEM}(?=\s+(?:for|and|too|as\s+well|today|tonight)\b|\s*[.,;!?]|$)`, 'gud'),
  new RegExp(String.raw`\b(?:[Ww]e're|[Ww]e’re|[Ww]e\s+are|[Ww]e\s+ran|[Ww]e've\s+run)\s+out\s+of\s+${ITEM}(?=\s+(?:and|so|too)\b|\s*[.,;!?]|$)`, 'gud'),
];
/** Words that are no item ("add it to", "put them on"). */
const NO_ITEM = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'something', 'anything', 'one', 'more', 'some']);

/**
 * The items `text` asks to put on a list, written in lower case ("Add cheddar to the list", "I need butter for
 * dinner", "We're out of oats."), as name values not among `spans`: an item to add that the page does not show
 * yet is typed into the add field, a value as much as one the page shows.
 */
export function addedItems(text: string, spans: readonly ValueSpan[]): ValueSpan[] {
  const found: ValueSpan[] = [];
  for (const pattern of ADDED_ITEM) {
    for (const match of text.matchAll(pattern)) {
      const item = match[1]!;
      const [start, end] = match.indices![1]!;
      if (item.split(/\s+/u).some((word) => NO_ITEM.has(word))) continue;
      if (spans.some((span) => start < span.end && end > span.start) || found.some((span) => start < span.end && end > span.start)) continue;
      found.push({ type: 'name', text: item, value: item, words: item.split(/\s+/u).length, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `newSpans` with the items the new task asks to put on a list (`addedItems`), when the demonstration's task asked the
 * same way for items its steps typed (`typed`: "I need butter" → typed "butter"): the new items go where those went.
 * Unchanged otherwise — a lower-case word is no value on its own.
 */
export function withAddedItems(demoTask: string, newTask: string, newSpans: readonly ValueSpan[], typed: readonly string[]): ValueSpan[] {
  const typedItems = new Set(typed.map((text) => text.trim().toLowerCase()));
  const demoItems = addedItems(demoTask, []);
  if (demoItems.length === 0 || !demoItems.every((item) => typedItems.has(item.value.toLowerCase()))) return [...newSpans];
  return [...newSpans, ...addedItems(newTask, newSpans)].sort((a, b) => a.start - b.start);
}
