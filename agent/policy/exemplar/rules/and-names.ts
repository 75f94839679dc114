/**
 * Rule: the page's own item names decide where a list with "and" (or "or") splits.
 *
 * "Select Spaghetti and Meatballs from the menu" names one dish when the
 * menu lists "Spaghetti and Meatballs"; "Pick Salt and Pepper Chips, Cola"
 * names two. The words alone cannot tell ("Fish and Chips" may be one dish
 * or two), so the names a page shows whole decide: of the ways to cut the
 * list at "and" / "&" (commas always cut), the one whose every item the page
 * names is the reading. An item the page names whole wins over a cut whose
 * pieces it names nowhere.
 *
 * - A phrase across "and" that the page names whole is one item: its
 *   tokens become one, whatever the words around it (a verb glued before
 *   it, the rest of the sentence after it).
 * - The page names the whole and its parts too (it lists "Fish", "Chips" and
 *   "Fish and Chips"): it cannot decide either, and the plan is refused,
 *   saying which readings the page allows (rules/task-values.ts).
 * - No such phrase: nothing is decided here, and the list is read as before
 *   (align-tasks.ts).
 *
 * For the demonstration's task the names are the texts its steps acted on
 * (`actedWholeNames`); for the new task, the names the current page shows
 * (`shownWholeNames`). The template alignment (align-tasks.ts) and the
 * judgement by kinds and places (kind-by-places.ts) both read lists so.
 * Pure functions.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskToken } from '../task-tokens.js';
import type { ValueSpan } from '../value-spans.js';
import { stepStrings } from '../planned-step.js';
import { normalizeText } from '../text-match.js';

/** Does a phrase name, whole, one of these texts (normalised)? */
export type NameCheck = (phrase: string) => boolean;

/** The names a demonstration's task may hold whole: the texts its steps acted on (a box's caption, an option, a typed text). */
export function actedWholeNames(steps: readonly Trajectory['steps'][number][]): NameCheck {
  const acted = new Set(steps.flatMap((step) => stepStrings(step).map(normalizeText)));
  return (phrase) => acted.has(normalizeText(phrase));
}

/**
 * The names the new task may hold whole: the texts and labels the current page shows — not the task itself, which a
 * page may show in its instruction band: the whole sentence is no item name.
 */
export function shownWholeNames(page: readonly UIElement[], task: string): NameCheck {
  const taskTexts = new Set([task, task.trim().replace(/[.!?]+$/u, '')].map(normalizeText));
  const shown = new Set(page.flatMap((element) => [element.text, element.label ?? ''].map(normalizeText)).filter((text) => text !== '' && !taskTexts.has(text)));
  return (phrase) => shown.has(normalizeText(phrase));
}

/**
 * List words a name may hold ("Salt and Pepper Chips", "Fish & Chips", "Passport or ID card" — an "or" the page shows
 * whole offers no choice either: rules/offered-choice.ts); a comma always separates.
 */
const JOINING = new Set(['and', '&', 'or']);
/** Tokens a name may reach on either side of its "and". */
const MAX_REACH = 6;

export interface JoinedNames {
  /** The tokens with every name the page shows whole made one word token. */
  tokens: TaskToken[];
  /** Phrases the page names whole and as parts too: each entry its two readings. */
  ambiguous: string[][][];
}

/**
 * The tokens of a task text with each phrase the page names whole across an
 * "and" made one token (so the alignment treats it as one item), the longest
 * such phrase first. When the page names the parts on either side of the
 * "and" too, the text can be read both ways and the page cannot decide:
 * the phrase is left as it is and reported in `ambiguous`.
 */
export function joinPageNames(text: string, tokens: readonly TaskToken[], isName: (phrase: string) => boolean): JoinedNames {
  const result = [...tokens];
  const ambiguous: string[][][] = [];
  const phrase = (from: number, to: number) => text.slice(result[from]!.start, result[to]!.end);
  const plain = (token: TaskToken) => token.kind === 'word' || token.kind === 'number';
  for (let at = 0; at < result.length; at++) {
    const joiner = result[at]!;
    if (joiner.kind !== 'separator' || !JOINING.has(joiner.norm)) continue;
    let best: { from: number; to: number } | undefined;
    for (let from = at - 1; from >= Math.max(0, at - MAX_REACH) && plain(result[from]!); from--) {
      for (let to = at + 1; to < Math.min(result.length, at + 1 + MAX_REACH) && (plain(result[to]!) || (result[to]!.kind === 'separator' && JOINING.has(result[to]!.norm))); to++) {
        if (!plain(result[to]!)) continue;
        if (isName(phrase(from, to)) && (!best || to - from > best.to - best.from)) best = { from, to };
      }
    }
    if (!best) continue;
    const whole = phrase(best.from, best.to);
    const left = phrase(best.from, at - 1);
    const right = phrase(at + 1, best.to);
    if (isName(left) && isName(right)) {
      ambiguous.push([[whole], [left, right]]);
      continue;
    }
    const merged: TaskToken = { kind: 'word', text: whole, norm: whole.toLowerCase(), start: result[best.from]!.start, end: result[best.to]!.end };
    result.splice(best.from, best.to - best.from + 1, merged);
    at = best.from;
  }
  return { tokens: result, ambiguous };
}

/** What a refusal says about a phrase the page names whole and in parts. */
export function ambiguousReadingText(readings: readonly (readonly string[])[]): string {
  const shown = readings.map((items) => items.map((item) => JSON.stringify(item)).join(' and '));
  return `the task's ${shown[0]} can be read as one item or as ${shown.slice(1).join(' or ')}, and the page names each of them, so it cannot tell which is meant`;
}

/**
 * The same for typed values (value-spans.ts): two names joined by "and" (or "or") that
 * the page names whole ("Salt and Pepper Chips") are one name, unless the
 * page names both parts too (then `joinPageNames` has reported the phrase).
 */
export function joinNameSpans(text: string, spans: readonly ValueSpan[], isName: ((phrase: string) => boolean) | undefined): ValueSpan[] {
  if (!isName) return [...spans];
  const result: ValueSpan[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    const between = previous ? text.slice(previous.end, span.start) : '';
    if (previous && previous.type === 'name' && span.type === 'name' && /^\s+(?:and|&|or)\s+$/i.test(between)) {
      const whole = text.slice(previous.start, span.end);
      if (isName(whole) && !(isName(previous.text) && isName(span.text))) {
        result[result.length - 1] = { type: 'name', text: whole, value: whole, words: whole.split(/\s+/).length, start: previous.start, end: span.end };
        continue;
      }
    }
    result.push(span);
  }
  return result;
}
