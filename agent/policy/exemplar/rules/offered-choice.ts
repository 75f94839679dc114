/**
 * Rule: "or" offers a choice, and the offline policy makes none for a person.
 *
 *   demonstration: "Pack wool socks, sun hat and sunglasses."
 *   task:          "Pack wool socks, sun hat or sunglasses."        → refused: the task offers a choice ("sun hat or sunglasses")
 *
 * task-tokens.ts reads "or" as a list separator, as it reads "and", so the alignment would pair "a, b or c" with
 * "a, b and c" and do all three. A person reads "A or B" as one of the two, the pick left to whoever does it — "put
 * sunglasses or wool socks in my bag", "activity history or contact sync on", "…, or just the socks". Nothing in
 * the task says which; the plan is refused, quoting the choice.
 *
 * Not a choice, read as before:
 * - a bound or an idiom after "or" — a comparison ("2 or more guests", "8 pm or later", "14 or fewer"; other rules
 *   read those), "or so", "or else", "or not" ("whether or not"), "before" / "after"; "and / or" written apart
 *   ("and/or" is one word to the tokenizer);
 * - an "or" inside a caption, label, option or value the page (this one or the demonstration's) shows whole:
 *   "Tea or coffee", "Color or grayscale", "Name or e-mail" — unless the page shows both sides as captions of their
 *   own too, where either reading stands;
 * - a quoted text's "or" (one quoted token) and a word that only holds the letters ("Oregon", "for", "order");
 * - the same choice at the same place in the demonstration's own task: the same words around "or" ("by e-mail or
 *   by phone" in both), or a list slot whose old items were joined by "or" too ("sunglasses or wool socks" →
 *   "passport or sun hat"). The demonstration shows how a person made that choice on this page; the plan repeats
 *   it (the first of the pair bound to the first), and a new item the page lacks is refused when it is grounded.
 *
 * Why it is safe: it only refuses. An "or" it leaves alone is read as before; one it reads as a choice stops the
 * plan, whatever the rest aligned. Planning half only (plan-demonstration.ts adds the problem). Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import { isActionVerb, wordsOf } from '../intent-words.js';
import { normalizeText } from '../text-match.js';
import { COMMON_WORDS, tokenizeTask, type TaskToken } from '../task-tokens.js';
import { meaningOf } from './meaning-words.js';
import type { TaskValueProblem } from './task-values.js';

/** Words after "or" that make a bound or an idiom, no second thing to choose ("or so", "or else", "whether or not"). */
const NOT_AN_ALTERNATIVE: ReadonlySet<string> = new Set(['so', 'else', 'not', 'otherwise', 'thereabouts', 'before', 'after', 'beyond', 'nothing']);

/** A choice "or" of a text: its token index and the words either side, for quoting. */
export interface ChoiceOr {
  index: number;
  start: number;
  end: number;
  /** The phrase the choice stands in: the words around "or" up to a verb, a function word or a stop. */
  phrase: string;
}

/** Is the token a word (or number, or quoted value), no mark or separator? */
const isWordToken = (token: TaskToken | undefined): token is TaskToken => token !== undefined && (token.kind === 'word' || token.kind === 'number' || token.kind === 'quoted');

/** The words the page shows as one text: captions, labels, options, values (short ones, as a caption is). */
function shownTexts(page: readonly UIElement[]): string[] {
  return page.flatMap((element) => [element.text, element.label ?? '', element.value ?? '', ...(element.options ?? [])]).filter((text) => {
    const count = wordsOf(text).length;
    return count >= 3 && count <= 8;
  });
}

/**
 * Does the page show the "or" of `text` at `or` inside one text of its own ("Tea or coffee")? The shown text's words
 * must stand in the task around the "or" — at least one word either side — and the page must not show both sides as
 * texts of their own as well.
 */
function shownWhole(text: string, or: TaskToken, page: readonly UIElement[]): boolean {
  const shown = shownTexts(page);
  const whole = new Set(page.flatMap((element) => [element.text, element.label ?? '', ...(element.options ?? [])]).map(normalizeText));
  const taskWords = wordsOf(text.slice(0, or.start));
  const afterWords = wordsOf(text.slice(or.end));
  return shown.some((caption) => {
    const words = wordsOf(caption);
    const at = words.indexOf('or');
    if (at <= 0 || at === words.length - 1 || words.lastIndexOf('or') !== at) return false;
    const [left, right] = [words.slice(0, at), words.slice(at + 1)];
    // The task says the caption's words around its "or": the end of the left side, the start of the right side.
    const leftSaid = left.slice(-Math.min(left.length, taskWords.length)).every((word, index, tail) => taskWords[taskWords.length - tail.length + index] === word);
    const rightSaid = right.slice(0, Math.min(right.length, afterWords.length)).every((word, index) => afterWords[index] === word);
    if (!leftSaid || !rightSaid || taskWords.length === 0 || afterWords.length === 0) return false;
    return !(whole.has(normalizeText(left.join(' '))) && whole.has(normalizeText(right.join(' '))));
  });
}

/**
 * The words either side of the "or" at `index`: before it, the content words back to a stop, a separator, a verb or
 * a common word; after it, any common words ("just the") and then the content words. Four words at most each side.
 */
function phraseAround(text: string, tokens: readonly TaskToken[], index: number): string {
  const common = (token: TaskToken | undefined) => token?.kind === 'word' && (COMMON_WORDS.has(token.norm) || isActionVerb(token.norm));
  const content = (token: TaskToken | undefined) => isWordToken(token) && !common(token);
  let from = index;
  // ", or just the socks": the comma before "or" is part of the phrase.
  if (tokens[from - 1]?.text === ',') from--;
  while (from > 0 && index - from < 5 && content(tokens[from - 1])) from--;
  let to = index;
  while (to + 1 < tokens.length && to - index < 4 && common(tokens[to + 1])) to++;
  while (to + 1 < tokens.length && to - index < 4 && content(tokens[to + 1])) to++;
  return text.slice(tokens[from]!.start, tokens[to]!.end).trim();
}

/** The "or"s of a text that offer a choice (see the header for those that do not). */
export function choiceOrs(text: string, page: readonly UIElement[] = []): ChoiceOr[] {
  const tokens = tokenizeTask(text);
  const found: ChoiceOr[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'separator' || token.norm !== 'or') return;
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    // "or" closing the text, or with nothing after it, offers nothing.
    if (!isWordToken(next)) return;
    if (next.kind === 'word' && (NOT_AN_ALTERNATIVE.has(next.norm) || meaningOf(next.norm)?.kind === 'comparison')) return;
    // "and / or" written apart.
    if (previous?.text === '/' && tokens[index - 2]?.norm === 'and') return;
    if (page.length > 0 && shownWhole(text, token, page)) return;
    found.push({ index, start: token.start, end: token.end, phrase: phraseAround(text, tokens, index) });
  });
  return found;
}

/** The word tokens right before and after the "or" at `index`, lower case ("sun hat or sunglasses" → "hat", "sunglasses"). */
function neighbours(text: string, index: number): [string, string] {
  const tokens = tokenizeTask(text);
  return [tokens[index - 1]?.norm ?? '', tokens[index + 1]?.norm ?? ''];
}

/** Is `start`–`end` of `text` inside the span a list's items cover there, first item to last? */
function insideList(text: string, items: readonly string[], start: number, end: number): boolean {
  if (items.length < 2) return false;
  const lower = text.toLowerCase();
  let from = 0;
  const places: { start: number; end: number }[] = [];
  for (const item of items) {
    const at = lower.indexOf(item.toLowerCase(), from);
    if (at < 0) return false;
    places.push({ start: at, end: at + item.length });
    from = at + item.length;
  }
  return places.some((place, position) => position > 0 && places[position - 1]!.end <= start && end <= place.start);
}

/**
 * The blocking problem for a choice "or" of the new task the demonstration's task did not offer at the same place,
 * else undefined. `page`: this page's elements and the demonstration's; `slots`: the alignment's.
 */
export function offeredChoiceProblem(input: { demoTask: string; task: string; slots: readonly TaskSlot[]; page?: readonly UIElement[] }): TaskValueProblem | undefined {
  const { demoTask, task, slots } = input;
  const page = input.page ?? [];
  const demoOrs = choiceOrs(demoTask, page);
  for (const choice of choiceOrs(task, page)) {
    const [before, after] = neighbours(task, choice.index);
    // The same words around "or" in the demonstration's task ("by e-mail or by phone" in both).
    if (demoOrs.some((other) => neighbours(demoTask, other.index).join(' ') === `${before} ${after}`)) continue;
    // A list slot joined by "or" in both texts ("sunglasses or wool socks" → "passport or sun hat").
    const paired = slots.some((slot) => slot.list && insideList(task, slot.new, choice.start, choice.end) && demoOrs.some((other) => insideList(demoTask, slot.old, other.start, other.end)));
    if (paired) continue;
    return {
      text: `the task offers a choice ("${choice.phrase}"), and which to take is for a person to decide: the demonstration's task offered none there`,
      blocking: true,
      help: 'a task text that names the one to take, a demonstration whose task offered the same choice, or a model for the hybrid policy (--policy hybrid)',
    };
  }
  return undefined;
}
