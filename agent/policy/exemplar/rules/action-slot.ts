/**
 * Rule: a slot that binds what the demonstration did to a word that names no deed is another kind of task.
 *
 *   demonstration: "Write a message to Marco Haddad."   (pressed ✉ "Send message" in Marco's card)
 *   task:          "Phone Ines (Marketing)."
 *   slots:         "message" → "Ines", "Marco Haddad" → "Marketing"
 *
 *   demonstration: "Return order #C4115."               (pressed "Start a return")
 *   task:          "Buy my order from 23 May again."
 *   slot:          "Return" → "Buy my"
 *
 * The two texts align word by word, so the template fits, but the demonstration's slot value is its deed — the
 * words opening its task (only verbs, courtesy words and articles before it) that are caption words of a control it
 * pressed beyond its name ("message" of "Send message", "return" of "Start a return"; words naming the kind of
 * control, control-nouns.ts, aside). A verb no pressed caption holds is no such deed: the plan rewrites no target with
 * it ("Go to Careers" / "Navigate to About", "Set Balance to 15" / "Move the balance slider to 51"). Followed, the plan
 * presses the demonstrated control with its caption rewritten ("Send Ines"): on a page whose captions carry the
 * person's name it would message where the task asks to call. Such a slot is refused unless its new value names a
 * deed too: nothing but a verb phrase or verbs ("Archive" → "Delete", "Turn" → "Switch" of "… off": the verbs' own checks judge it), or the whole caption
 * of a control the page at hand offers to press.
 *
 * Task level (plan-demonstration.ts adds the problem). Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { isActionVerb, verbPhraseAt, wordsOf } from '../intent-words.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { normalizeText } from '../text-match.js';
import { valueSpans } from '../value-spans.js';
import { ACTIVATORS } from './control-purpose.js';
import type { TaskValueProblem } from './task-values.js';

/** Words before a task's deed that ask nothing of their own ("Please write a message", "Now return the order"). */
const LEAD_WORDS = new Set(['please', 'kindly', 'now', 'then', 'a', 'an', 'the', 'my', 'our']);

/** Where `part` (lower-case words) starts in `words`, else -1. */
function indexOfWords(words: readonly string[], part: readonly string[]): number {
  if (part.length === 0) return -1;
  for (let at = 0; at + part.length <= words.length; at++) if (part.every((word, offset) => words[at + offset] === word)) return at;
  return -1;
}

/** Captions (text, label) of the controls the demonstration pressed, as written and as lower-case words. */
function pressedCaptions(steps: readonly Step[]): { text: string; words: string[] }[] {
  return steps
    .filter((step) => step.action.type === 'click')
    .flatMap((step) => targetDescriptorsOf(step))
    .filter((target) => ACTIVATORS.has(target.role))
    .flatMap((target) => [target.text, target.label ?? ''])
    .map((text) => ({ text, words: wordsOf(text) }))
    .filter((caption) => caption.words.length > 0);
}

/**
 * How `value` is the deed of the demonstration's task — at its opening (only LEAD_WORDS and verbs before it), no value
 * of its own (value-spans.ts), and words of a pressed caption that says more than them — else undefined. Returned in
 * words for the refusal: the caption it pressed.
 */
function deedOf(value: string, demoTask: string, captions: readonly { text: string; words: string[] }[]): string | undefined {
  const words = wordsOf(value);
  const taskWords = wordsOf(demoTask);
  const at = indexOfWords(taskWords, words);
  if (at < 0 || !taskWords.slice(0, at).every((word) => LEAD_WORDS.has(word) || isActionVerb(word))) return undefined;
  if (valueSpans(demoTask).some((span) => wordsOf(span.text).some((word) => words.includes(word)))) return undefined;
  const caption = captions.find((caption) => indexOfWords(caption.words, words) >= 0 && caption.words.some((word) => !words.includes(word) && !CAPTION_FRAME_NOUNS.has(word)));
  return caption ? `it pressed ${JSON.stringify(caption.text)}` : undefined;
}

/** Does `value` name a deed: nothing but a verb phrase or verbs, or the whole caption of a control `page` offers to press? */
function namesDeed(value: string, page: readonly UIElement[] | undefined): boolean {
  const words = wordsOf(value);
  const verb = verbPhraseAt(words, 0);
  if (verb !== undefined && verb.split(' ').length === words.length) return true;
  // A verb whose particle the two texts share stands alone in the slot: "Turn" → "Switch" of "… off camera".
  if (words.length > 0 && words.every((word) => isActionVerb(word))) return true;
  const norm = normalizeText(value);
  return (page ?? []).some((element) => element.interactive && ACTIVATORS.has(element.role) && [element.text, element.label ?? ''].some((caption) => normalizeText(caption) === norm));
}

/** Problems of slots binding the demonstration's deed to words that name none (see above). */
export function actionSlotProblems(input: { demoTask: string; slots: readonly TaskSlot[]; steps: readonly Step[]; page?: readonly UIElement[] }): TaskValueProblem[] {
  const captions = pressedCaptions(input.steps);
  const problems: TaskValueProblem[] = [];
  for (const slot of input.slots) {
    if (slot.list || slot.kind !== 'text' || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const [old, now] = [slot.old[0]!, slot.new[0]!];
    const deed = deedOf(old, input.demoTask, captions);
    if (deed === undefined || namesDeed(now, input.page)) continue;
    problems.push({
      text: `another kind of task: the demonstration's ${JSON.stringify(old)} says what it did (${deed}), and the task's ${JSON.stringify(now)} in its place asks no such thing, so following it would do what the demonstration did instead`,
      blocking: true,
    });
  }
  return problems;
}
