/**
 * Rule: a quoted message someone sent and the quoted words to answer it with are two kinds of value; a plan never
 * pairs one with the other.
 *
 *   demonstration: `Could you respond to "Is the meeting moved to 3 pm?" from Nadia by saying "Sorry, …"?`
 *                  (it opened Nadia's message, which its page showed, and typed "Sorry, …" into Reply)
 *   task:          `Please write back "Thanks" to Farah, who asked "Lunch tomorrow?".`
 *
 * Paired in order, "Thanks" stands for the message the demonstration found on its page and "Lunch tomorrow?" for the
 * reply it typed: the plan would open the row showing "Thanks" (another sender's, where a page shows one) and type
 * the question back. A person reads which quote is which: the demonstration typed one and found the other on its page;
 * the new task marks the words to give ("write back "…"", "saying "…"", "with "…"", "Answer "…"", "the reply "…"")
 * and the message answered ("who asked "…"", "wrote "…"", "the message "…"", "respond to "…""). A value the
 * demonstration typed pairs only with one the task gives to say, and one its page showed (and it did not type) only
 * with one the task marks as what was asked, or — the task marking neither — one this page shows as text.
 *
 * Safe because it only refuses (a blocking problem; the plan is not followed), and only where both sides are read:
 * a quote the task marks neither way and this page does not show is judged as before, and so is every quote of a
 * demonstration that did not both type one quote and find another on its page — one that typed them all ("Subject
 * "…", message "…"" into two fields: "the message "…"" there is words to type) or none (a subject it clicked, a label
 * it chose "with"). The page is asked only when the words
 * are silent: another sender's message reading "Thanks" makes no typed "Thanks" a found one.
 *
 * Planning half: plan-demonstration.ts (a blocking problem). Grounding half: none.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import type { TaskValueProblem } from './task-values.js';
import { valueSpans } from '../value-spans.js';
import { normalizeText } from '../text-match.js';
import { demonstratedUse, shownAsText } from './value-places.js';

type Step = Trajectory['steps'][number];

/** What a quoted value is to the task: the words to give (typed), or the message answered (shown on the page). */
type QuoteKind = 'said' | 'answered';

/**
 * Words right before a quote that make it the message answered: its sender asked, wrote or said it ("who asked "…"",
 * "Omar wrote "…""), it is named the message or question ("the message "…"", "their question "…""), or it follows
 * "to" after a verb of answering ("respond to "…"", "reply to "…"", "write back to "…"").
 */
const ANSWERED_FRAME = /\b(?:asked|asks|wrote|writes|said|says|texted|emailed|messaged|message|question|(?:respond|responding|reply|replying|answer|answering|write\s+back)\s+to)\s*:?\s*$/iu;
/**
 * Words right before a quote that make it the words to give: a verb of answering or saying with the quote as its
 * object ("Answer "…"", "write back "…"", "reply "…"", "by saying "…""), "with" ("… with "…""), or the reply named
 * ("the reply "…"", "my answer "…"").
 */
const SAID_FRAME = /\b(?:with|saying|say|respond|reply|answer|write\s+back|write|type|enter|response)\s*:?\s*$/iu;

/** The kind the task's words give a quote at `start` (the quote mark), if they give one. */
function frameKind(text: string, start: number): QuoteKind | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  if (ANSWERED_FRAME.test(before)) return 'answered';
  if (SAID_FRAME.test(before)) return 'said';
  return undefined;
}

/** The kind of a quoted value of the new task: by the words before it, else shown as text on this page → answered. */
function newKind(task: string, value: string, page: readonly UIElement[] | undefined): QuoteKind | undefined {
  const span = valueSpans(task).find((candidate) => candidate.type === 'quoted' && normalizeText(candidate.text) === normalizeText(value));
  const framed = span === undefined ? undefined : frameKind(task, span.start);
  if (framed) return framed;
  return page && shownAsText(value, page) ? 'answered' : undefined;
}

/**
 * Blocking problems for quoted slots crossing the two kinds: the demonstration typed the old value and the task marks
 * the new one as the message answered, or the demonstration found the old one on its page (typing another of its
 * quoted values) and the new one is the words to give. `steps`: the demonstrated steps that worked; `page`: this page.
 */
export function saidOrShownProblems(input: { demoTask: string; task: string; slots: readonly TaskSlot[]; steps: readonly Step[]; page?: readonly UIElement[] }): TaskValueProblem[] {
  const quoted = valueSpans(input.demoTask).filter((span) => span.type === 'quoted').map((span) => normalizeText(span.text));
  const screens = input.steps.flatMap((step) => step.observation.elements);
  const typed = new Set(quoted.filter((text) => demonstratedUse(text, input.steps).typed));
  const found = new Set(quoted.filter((text) => !typed.has(text) && shownAsText(text, screens)));
  // Only a demonstration that typed one quote and found another on its page tells said from answered: one that typed
  // them all ("Subject "…", message "…"" into two fields) or none (a subject clicked, a label chosen "with") does not.
  if (typed.size === 0 || found.size === 0) return [];
  const problems: TaskValueProblem[] = [];
  for (const slot of input.slots) {
    if (slot.list || slot.kind !== 'quoted' || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const [old, now] = [slot.old[0]!, slot.new[0]!];
    const oldKind: QuoteKind | undefined = typed.has(normalizeText(old)) ? 'said' : found.has(normalizeText(old)) ? 'answered' : undefined;
    const kind = newKind(input.task, now, input.page);
    if (oldKind === undefined || kind === undefined || oldKind === kind) continue;
    problems.push({
      text:
        oldKind === 'said'
          ? `the demonstration typed ${JSON.stringify(old)}, and the task's ${JSON.stringify(now)} in its place is the message being answered, not words to type`
          : `the demonstration found ${JSON.stringify(old)} on its page (the message it answered), and the task's ${JSON.stringify(now)} in its place is the words to give, not a message to find`,
      blocking: true,
    });
  }
  return problems;
}
