/**
 * Rule: a text a person types into a field is one kind of value however the
 * task writes it, for rules/kind-by-places.ts.
 *
 * - Its extent. "Set an alarm …, called Bins out." names the alarm "Bins out",
 *   not "Bins": after a naming word ("called", "titled", "named", "label it")
 *   or a field's cue and a colon ("Details: …"), the name runs to its clause's
 *   end — a full stop, a parenthesis, a colon or semicolon, a comma, a dash, a
 *   quote, or a conjunction opening another clause ("and", "then") — as the
 *   demonstration's typed name did ("label it School run!"). A number written
 *   against a word of it ("page 2") is part of it; another value with the
 *   word leading to it ("at 7:00", "for Dad") ends it before that word.
 *   Read so only when the demonstration's own typed name, after such a cue,
 *   ran to its clause's end too: then both were read alike.
 * - Its type. "label it School run" and `"Piano"`: a name the demonstration
 *   typed (and clicked nowhere) and a quoted text the page does not show are
 *   both free texts for a field a person types into. When the two tasks' names
 *   and quoted texts do not pair by type but their free texts do, the free
 *   texts of both are read as one type (quoted) and pair by their cue words,
 *   then in order (rules/value-context.ts). A name this page shows (an option,
 *   a button) is a choice, never a free text.
 *
 * Both readings let the judgement go on where it refused on the values' shapes
 * alone, so both hold only when the new task says nothing beyond its values
 * that the demonstration's task did not say (addsMeaning): "daily" where the
 * demonstration said "every weekday", "just cosmetic" where it said "it's
 * serious", chose controls by meaning (day buttons "M" "T", a severity radio)
 * that no value names, and following its steps would choose them again.
 *
 * Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { ValueSpan } from '../value-spans.js';
import { demonstratedUse, shownPlaces } from './value-places.js';
import { COMMON_WORDS, FUNCTION_WORDS, POSSESSIVES } from '../task-tokens.js';
import { wordsOf } from '../intent-words.js';
import { sameStem } from '../word-forms.js';
import { outsideValues } from './verb-gap.js';

/** The words of naming cues: they point at the value after them ("called" / "label it"), meaning nothing of their own. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'titled', 'entitled', 'named', 'label', 'labelled', 'labeled', 'title', 'name', 'call', 'subject', 'description', 'details', 'message', 'body', 'note', 'comment']);

/** Words that name what follows them ("called Bins out", "label it School run"), ending just before the name. */
const NAMING_CUE = /(?:\b(?:called|titled|entitled|named|label(?:led|ed)?(?:\s+it)?|title\s+it|name\s+it|call\s+it)|\b(?:title|subject|description|details|message|body|note|comment)\s*:)\s+$/iu;

/** Where a name's clause ends, from its start: punctuation that closes or sets apart, or a conjunction opening another clause. */
const CLAUSE_END = /[.!?](?=\s|$|["”)])|[(;:,"“”]|\s[-–—]\s|\s(?:and|then|but|so|please)\s/iu;

/** Words that lead to a value of their own ("at 7:00", "for Dad"): the name ends before them. */
const LEADING = new Set([...FUNCTION_WORDS, ...POSSESSIVES]);

/**
 * The words of `newText` outside its values (`newSpans`) that `demoText` does not hold in any form ("daily" / "every
 * weekday"), common words and naming cues aside, in order: the new task may mean something the demonstration's
 * wording did not.
 */
export function addedWords(demoText: string, newText: string, newSpans: readonly ValueSpan[]): string[] {
  const demoWords = wordsOf(demoText);
  return wordsOf(outsideValues(newText, newSpans)).filter((word) => !COMMON_WORDS.has(word) && !NAMING_WORDS.has(word) && /\p{L}/u.test(word) && !demoWords.some((known) => known === word || sameStem(known, word)));
}

/** The first of addedWords: the new task means something the demonstration's wording did not. */
export function addsMeaning(demoText: string, newText: string, newSpans: readonly ValueSpan[]): string | undefined {
  return addedWords(demoText, newText, newSpans)[0];
}

/** Does a naming cue stand right before the span? */
function namedByCue(text: string, span: Pick<ValueSpan, 'start'>): boolean {
  return NAMING_CUE.test(text.slice(Math.max(0, span.start - 40), span.start));
}

/** The end of a name's clause, read from its start. */
function clauseEnd(text: string, start: number): number {
  const rest = text.slice(start);
  const found = CLAUSE_END.exec(rest);
  return start + (found ? found.index : rest.trimEnd().length);
}

/**
 * How far a name after a naming cue runs: to its clause's end, absorbing a name or a number written against a word
 * ("page 2"), stopping before any other value and the function words leading to it. Undefined when no cue names it.
 */
function extentOf(text: string, span: ValueSpan, spans: readonly ValueSpan[]): number | undefined {
  if (span.type !== 'name' || !namedByCue(text, span)) return undefined;
  let end = clauseEnd(text, span.start);
  if (end <= span.end) return span.end;
  for (const other of spans) {
    if (other === span || other.start < span.end || other.start >= end) continue;
    const before = text.slice(span.start, other.start);
    const absorbed = (other.type === 'name' || other.type === 'number') && /[\p{L}]\s+$/u.test(before) && !LEADING.has(before.trim().split(/\s+/).pop()!.toLowerCase());
    if (absorbed) continue;
    end = other.start;
    break;
  }
  // Words leading to what follows ("… at", "… for") belong to it, not to the name.
  let words = text.slice(span.start, end).trimEnd();
  for (let last = words.split(/\s+/).pop(); words.includes(' ') && last !== undefined && LEADING.has(last.toLowerCase()); last = words.split(/\s+/).pop()) {
    words = words.slice(0, words.length - last.length).trimEnd();
  }
  return span.start + words.length;
}

/**
 * `spans` of `text` with each name after a naming cue read to its clause's end (the values it absorbs go), when
 * `otherText`'s own name after such a cue (in `otherSpans`) already runs to its clause's end: both read alike.
 */
export function withNamedExtents(text: string, spans: readonly ValueSpan[], otherText: string, otherSpans: readonly ValueSpan[]): ValueSpan[] {
  const readAlike = otherSpans.some((span) => span.type === 'name' && span.words > 1 && extentOf(otherText, span, otherSpans) === span.end);
  if (!readAlike) return [...spans];
  let result = [...spans];
  for (const span of spans) {
    if (!result.includes(span)) continue;
    const end = extentOf(text, span, result);
    if (end === undefined || end <= span.end) continue;
    const whole = text.slice(span.start, end);
    const extended: ValueSpan = { type: 'name', text: whole, value: whole, words: whole.split(/\s+/).length, start: span.start, end };
    result = [...result.filter((other) => other.end <= span.start || other.start >= end), extended];
  }
  if (result.length === spans.length && result.every((span) => spans.includes(span))) return result;
  return addsMeaning(otherText, text, result) === undefined ? result.sort((a, b) => a.start - b.start) : [...spans];
}

/** The two tasks' spans, free texts read as one type where they pair so; `held` says why they were not, where they would have. */
export interface FreeTexts {
  old: ValueSpan[];
  new: ValueSpan[];
  held?: string;
}

/** The type free texts are read as once they pair across quoted and named. */
const FREE_TEXT: ValueSpan['type'] = 'quoted';

/**
 * The two tasks' spans with their free texts read as one type, when their names and quoted texts do not pair by
 * type but their free texts do (see the top). The demonstration's free texts: quoted texts and names its `steps`
 * typed and clicked nowhere; this task's: quoted texts and names `page` does not show anywhere. Unchanged otherwise.
 */
export function asFreeTexts(demoText: string, oldSpans: readonly ValueSpan[], steps: readonly Trajectory['steps'][number][], newText: string, newSpans: readonly ValueSpan[], page: readonly UIElement[]): FreeTexts {
  const unchanged = { old: [...oldSpans], new: [...newSpans] };
  const count = (spans: readonly ValueSpan[], type: ValueSpan['type']) => spans.filter((span) => span.type === type).length;
  if (count(oldSpans, 'name') === count(newSpans, 'name') && count(oldSpans, 'quoted') === count(newSpans, 'quoted')) return unchanged;
  const freeOld = (span: ValueSpan) => {
    if (span.type !== 'quoted' && span.type !== 'name') return false;
    const use = demonstratedUse(span.value, steps);
    return use.typed && use.places.size === 0;
  };
  const freeNew = (span: ValueSpan) => (span.type === 'quoted' || span.type === 'name') && shownPlaces(span.value, page).size === 0;
  const olds = oldSpans.filter(freeOld);
  const news = newSpans.filter(freeNew);
  if (olds.length === 0 || olds.length !== news.length) return unchanged;
  const retyped = (spans: readonly ValueSpan[], free: (span: ValueSpan) => boolean) => spans.map((span) => (free(span) ? { ...span, type: FREE_TEXT } : span));
  const result = { old: retyped(oldSpans, freeOld), new: retyped(newSpans, freeNew) };
  // What is left of names and quoted texts must pair by type as before: the free texts stand in for none of them.
  if (count(result.old, 'name') !== count(result.new, 'name') || count(result.old, 'quoted') !== count(result.new, 'quoted')) return unchanged;
  // "Alarm 08:30 daily "Piano"" for "… every weekday, label it School run!": the texts would pair, the days not.
  const more = addsMeaning(demoText, newText, newSpans);
  if (more !== undefined) return { ...unchanged, held: `read as free texts they would pair, but this task says "${more}", which the demonstration's did not` };
  return result;
}
