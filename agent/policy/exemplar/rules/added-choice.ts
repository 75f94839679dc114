/**
 * Rule: a choice the new task asks for that the demonstration's task never mentioned and none of its steps made.
 *
 *   demonstration: "File a bug "Login fails" against Backend."          (chose Backend; left severity as it was)
 *   task:          "File an urgent bug "Export broken" against Frontend."   (the page offers a severity radio "Urgent")
 *
 * kind-by-places.ts reads these as one kind of task: the values pair by their types and places, no verb
 * contradicts. But "urgent" is a word the demonstration's task did not say, and the page offers it as a choice — a
 * radio, an option, a tick box, a switch, a tab or a button showing it. A person asked for an urgent bug picks
 * "Urgent"; following the demonstration's steps picks nothing of the kind (or picks the demonstration's "Low"
 * again) and files the bug wrongly, silently. So the reading refuses, naming the word.
 *
 * The word is one the new task adds outside its values (free-texts.ts addedWords: not in the demonstration's task in
 * any form, no common or courtesy word, no naming cue), no verb (verb-gap.ts judges what the texts ask), and it stands
 * in the caption of a control a person chooses with — a radio, option, tick box, switch, tab or toggle button, or an option
 * of a select or list box — on the current page or on a screen of the demonstration (a dialog's radios, shown only
 * after its opener is pressed) — short enough to be a choice's caption (a row's whole text is none; a tick box's or
 * switch's label counts however long: "I have read and accept the terms of service"),
 * where no step the demonstration took acted on a text holding it (a caption it pressed anyway, "Show flights", is the
 * page's: its steps will press it again). A choice already made that no step touches — the tab shown (where the task
 * happens), a radio or tick box already on, a select's shown option — stays as the task asks when the steps are followed.
 *
 * Why it is safe: it only ever refuses. Its cost is a false refusal where an added word merely names a control the
 * task does not need; courtesy and common words never count, nor a plain button's caption ("ticket" of the page's
 * "Create ticket", which the steps press under whatever caption this page gives it).
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { ValueSpan } from '../value-spans.js';
import { isActionVerb, wordsOf } from '../intent-words.js';
import { CHOICE_ROLES, stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { sameStem, stem } from '../word-forms.js';
import { addedWords } from './free-texts.js';

/** Roles of controls a person chooses with, beside the ticked and picked ones: a tab, a toggle button (see isChoice). */
const CHOOSING_ROLES: ReadonlySet<string> = new Set([...CHOICE_ROLES, 'tab', 'button']);

/**
 * Is the element a choice? A button only when it is a toggle (on or off: aria-pressed, a chip): a plain button sends,
 * opens or commits ("Create ticket", "Request refill", "Join"), which the verbs of the texts judge (verb-gap.ts) and the
 * steps press whatever it is captioned on this page.
 */
const isChoice = (element: UIElement) => CHOOSING_ROLES.has(element.role) && (element.role !== 'button' || element.states.checked !== undefined || element.states.selected !== undefined);

/** The most words a choice's caption holds; a longer text is a row or card, not one choice. */
const MAX_CAPTION_WORDS = 4;
/**
 * Roles whose caption is their label however long: a tick box or switch says what it turns on in a sentence ("I have
 * read and accept the terms of service"), and "tick the terms box" names it.
 */
const LABELLED_ROLES: ReadonlySet<string> = new Set(['checkbox', 'switch', 'menuitemcheckbox']);

/** An added word the page offers as a choice, and the caption offering it. */
export interface AddedChoice {
  word: string;
  caption: string;
}

/**
 * The captions of the page's choices: each choosing control's text or label, and each option of a select or list box
 * — but for a choice already made that no step touches (the tab shown, the radio ticked in a group no step chose in,
 * a select's shown option where no step chose another): following the steps keeps it as the task asks.
 */
function choiceCaptions(page: readonly UIElement[], steps: readonly Step[]): string[] {
  const targets = steps.flatMap((step) => targetDescriptorsOf(step));
  const touched = (element: UIElement) => targets.some((target) => target.role === element.role && ((element.group !== undefined && target.group === element.group) || (element.label !== undefined && target.label === element.label)));
  const captions: string[] = [];
  const labels: string[] = [];
  for (const element of page) {
    if (element.states.hidden) continue;
    if (element.options) captions.push(...element.options.filter((option) => option !== element.value || touched(element)));
    if (!isChoice(element)) continue;
    if ((element.states.checked || element.states.selected || element.states.current) && element.role !== 'button' && !touched(element)) continue;
    for (const caption of [element.text, element.label ?? '']) if (caption) (LABELLED_ROLES.has(element.role) ? labels : captions).push(caption);
  }
  return [...captions.filter((caption) => wordsOf(caption).length <= MAX_CAPTION_WORDS), ...labels];
}

/** One word in two forms ("urgent" / "urgently", "wraps" / "wrap"); a stem of three letters is too short to tell ("app" / "apply"). */
const sameWord = (a: string, b: string) => a === b || stem(a) === stem(b) || (Math.min(a.length, b.length) >= 4 && sameStem(a, b));

/**
 * A word `newTask` adds outside `newSpans` that the demonstration's task (`demoTask`) did not say, naming a choice
 * `page` offers that none of `steps` acted on ("urgent" of a radio "Urgent"); undefined when there is none.
 */
export function addedChoice(demoTask: string, newTask: string, newSpans: readonly ValueSpan[], steps: readonly Step[], page: readonly UIElement[]): AddedChoice | undefined {
  const added = addedWords(demoTask, newTask, newSpans).filter((word) => !isActionVerb(word));
  if (added.length === 0) return undefined;
  const acted = steps.flatMap((step) => stepStrings(step).flatMap((text) => wordsOf(text)));
  // The choices of this page, and those the demonstration's own screens showed (a dialog's radios after the opener).
  const captions = choiceCaptions([...page, ...steps.flatMap((step) => step.observation.elements)], steps);
  for (const word of added) {
    if (acted.some((known) => sameWord(known, word))) continue;
    const caption = captions.find((text) => wordsOf(text).some((shown) => sameWord(shown, word)));
    if (caption !== undefined) return { word, caption };
  }
  return undefined;
}
