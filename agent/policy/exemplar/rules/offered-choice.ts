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
 * - the same choice in the demonstration's own task: the same list around the same "or" ("by e-mail or by post" in
 *   both, whatever else differs). The demonstration shows what a person did on that choice; the plan repeats it. A
 *   list that differs ("sun hat or sunglasses" → "wool socks, sun hat or sunglasses", or "passport or wool socks") is
 *   a choice the demonstration never showed made: refused (measured: followed, two of three were ticked and moved).
 *
 * Why it is safe: it only refuses. An "or" it leaves alone is read as before; one it reads as a choice stops the
 * plan, whatever the rest aligned. Planning half only (plan-demonstration.ts adds the problem). Pure; no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
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
  /** The list the choice stands in, whole: "wool socks, sun hat or sunglasses". */
  phrase: string;
}

/** Is the token a word (or number, or quoted value), no mark or separator? */
const isWordToken = (token: TaskToken | undefined): token is TaskToken => token !== undefined && (token.kind === 'word' || token.kind === 'number' || token.kind === 'quoted');

/**
 * The words the page shows as one text: captions, labels, options, values — short ones, as a caption is, and no
 * sentence: not `task` itself either, which a page may show in its instruction band.
 */
function shownTexts(page: readonly UIElement[], task: string): string[] {
  const said = normalizeText(task.replace(/[.!?]+\s*$/u, ''));
  return page.flatMap((element) => [element.text, element.label ?? '', element.value ?? '', ...(element.options ?? [])]).filter((text) => {
    const count = wordsOf(text).length;
    return count >= 3 && count <= 8 && !/[.!?]\s*$/u.test(text) && !normalizeText(text).includes(said);
  });
}

/**
 * Does the page show the "or" of `text` at `or` inside one text of its own ("Tea or coffee")? The shown text's words
 * must stand in the task around the "or" — at least one word either side — and the page must not show both sides as
 * texts of their own as well.
 */
function shownWhole(text: string, or: TaskToken, page: readonly UIElement[]): boolean {
  const shown = shownTexts(page, text);
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
 * The list the "or" at `index` stands in, whole: the items either side joined by commas, "and" or "or", each item its
 * content words (after a joining word, common words first: "or just the socks"), stopping at a verb, a common word
 * before an item, or a stop. "Pack wool socks, sun hat or sunglasses." → "Pack wool socks, sun hat or sunglasses" (a verb
 * the vocabulary lacks stays in).
 */
function listAround(text: string, tokens: readonly TaskToken[], index: number): string {
  const common = (token: TaskToken | undefined) => token?.kind === 'word' && (COMMON_WORDS.has(token.norm) || isActionVerb(token.norm));
  const content = (token: TaskToken | undefined) => isWordToken(token) && !common(token);
  const joins = (token: TaskToken | undefined) => token?.kind === 'separator' && (token.text === ',' || ['and', 'or', '&'].includes(token.norm));
  let from = index;
  while (from > 0 && (content(tokens[from - 1]) || (joins(tokens[from - 1]) && content(tokens[from - 2])))) from--;
  // After a joining word, filler first ("or just the socks"), then an item's content words; a verb ends the list.
  const filler = (token: TaskToken | undefined) => token?.kind === 'word' && COMMON_WORDS.has(token.norm) && !isActionVerb(token.norm);
  let to = index;
  let afterJoin = true;
  for (;;) {
    let next = to + 1;
    if (afterJoin) while (filler(tokens[next]) && next - to <= 3) next++;
    if (content(tokens[next])) {
      to = next;
      afterJoin = false;
    } else if (!afterJoin && joins(tokens[to + 1])) {
      to += 1;
      afterJoin = true;
    } else break;
  }
  // A joiner with no item after it ("…, then press Go") is no part of the list.
  while (to > index && joins(tokens[to])) to--;
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
    found.push({ index, start: token.start, end: token.end, phrase: listAround(text, tokens, index) });
  });
  return found;
}

/**
 * The blocking problem for a choice "or" of the new task the demonstration's task did not offer, the same list with
 * the same "or", else undefined. `page`: this page's elements and the demonstration's.
 */
export function offeredChoiceProblem(input: { demoTask: string; task: string; page?: readonly UIElement[] }): TaskValueProblem | undefined {
  const { demoTask, task } = input;
  const page = input.page ?? [];
  const demoLists = new Set(choiceOrs(demoTask, page).map((choice) => normalizeText(choice.phrase)));
  for (const choice of choiceOrs(task, page)) {
    // The same list with the same "or" in the demonstration's task ("by e-mail or by post" in both).
    if (demoLists.has(normalizeText(choice.phrase))) continue;
    return {
      text: `the task offers a choice ("${choice.phrase}"), and which to take is for a person to decide: the demonstration's task offered none there`,
      blocking: true,
      help: 'a task text that names the one to take, a demonstration whose task offered the same choice, or a model for the hybrid policy (--policy hybrid)',
    };
  }
  return undefined;
}
