/**
 * Rule: the place a thing is taken from, named in the task, is where it stands — no part of the task of its own.
 *
 *   task: Move "Check tickets" from Review to Backlog and click Apply.
 *   page: a board whose column headed "Review" holds the card "Check tickets"
 *
 * "from Review" tells where the card is now; a person moving the card takes it from there whatever they are told,
 * so the words ask nothing a step must do. They stand for that only when the page bears them out: the task says
 * "from" or "out of" and then the caption of the place holding the one element that shows a value the plan acts on
 * (the card "Check tickets"), the place being the element's parent, captioned by its first child that is not the
 * element (a column's head, a section's title). Anything else — the element in another column, two elements showing
 * the value, a place named without "from" / "out of" ("then review it") — is no source place here, and the words
 * stand as they were (rules/unserved-remainder.ts counts them a part no step does). Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { normalizeText } from '../text-match.js';

/** Words that take a thing from a place ("from Review", "out of the Queued column"). */
const FROM_WORDS = /(?<![\p{L}\p{N}])(?:from|out\s+of)\s+(?:the\s+)?$/iu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The caption of the place holding `element`: the first other shown child of its parent, in page order. */
function placeCaption(element: UIElement, page: readonly UIElement[]): string | undefined {
  if (element.parentId === undefined) return undefined;
  const head = page.find((other) => other.parentId === element.parentId && !other.states.hidden);
  if (head === undefined || head === element) return undefined;
  const caption = head.text.trim();
  return /[\p{L}\p{N}]/u.test(caption) ? caption : undefined;
}

/**
 * Character ranges [start, end) of `task` naming, after "from" / "out of", the place where the one shown element of
 * `page` that shows one of `values` stands (see the head of this file); empty when none.
 */
export function sourcePlaceSpans(task: string, values: readonly string[], page: readonly UIElement[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const value of new Set(values.map(normalizeText))) {
    if (value === '') continue;
    const showing = page.filter((element) => !element.states.hidden && normalizeText(element.text) === value);
    if (showing.length !== 1) continue;
    const caption = placeCaption(showing[0]!, page);
    if (caption === undefined || normalizeText(caption) === value) continue;
    for (const match of task.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(caption)}(?![\\p{L}\\p{N}])`, 'giu'))) {
      const at = match.index ?? 0;
      if (!FROM_WORDS.test(task.slice(0, at))) continue;
      // "out of the Review column": the noun saying what kind of place it is goes with it (control-nouns.ts).
      const end = at + match[0].length;
      const noun = /^\s+(\p{L}+)/u.exec(task.slice(end));
      spans.push({ start: at, end: noun && CAPTION_FRAME_NOUNS.has(noun[1]!.toLowerCase()) ? end + noun[0].length : end });
    }
  }
  return spans;
}
