/**
 * Rule: a choice the demonstration made by meaning is made again by the
 * option the new task's words name.
 *
 *   demonstration: "File a bug on logging in: … A small annoyance. …"   (chose the component "Login", the severity "S3 Minor")
 *   task:          "File a bug on the search box: … It's blocking. …"   → the component "Search", the severity "S1 Blocking"
 *
 * The demonstration's words ("logging in") named none of the options, so a
 * person reading "the search box" cannot learn from it how words map to
 * options — but does not need to: "the search box" names one option of the
 * same drop-down ("Search") by a word of it, and nothing else there. So an
 * unused slot (its words changed, no step used them) whose new words name,
 * in any form of the word (unnamed-choices.ts namedBy: "blocking" for
 * "Blocking", "reports" for "Reports"), exactly one option of the group a
 * demonstrated choice was made from — a drop-down's options, or the radios
 * of one name — binds the demonstrated choice to that option, and the slot
 * is used. Only when:
 * - the demonstrated choice was unnamed by its task (chosen by meaning), and
 *   the slot's old words name no option of the group (else they were how it
 *   was chosen, and other words say nothing of the same kind);
 * - the new words name exactly one option of that group, on the
 *   demonstration's screen and on the page now (a group found again by the
 *   drop-down's label or the radios' name), and name an option of no other
 *   demonstrated choice's group ("the search box on the profile page" names
 *   two: refused);
 * - each demonstrated choice is claimed by one slot only, and its caption
 *   is typed by no step (the binding rewrites every step's text).
 * - the new words neither deny, lessen nor exclude what they name: a
 *   negation (negation-words.ts: "It's not blocking", "No longer blocking",
 *   "Not cosmetic"), a comparison (meaning-words.ts: "Less than major") or a
 *   word that hedges or sets aside (`SET_ASIDE_WORDS`: "Hardly major", "a page
 *   other than search") names no option — the sentence says what it is not,
 *   which leaves the choice open.
 * New words naming the very option the demonstration chose ("the login
 * screen" for Login, "Minor" for S3 Minor) use the slot with no binding: the
 * step chooses that option again as recorded.
 * Words naming no option ("the sign-in page" for "Login", "nobody can work"
 * for "Blocker") stay unused, and task-values.ts refuses them as before.
 *
 * A group that shows only after an earlier step (a dialog's drop-down and
 * radios, there once its opener is pressed) cannot be read on the page at
 * planning time. When the group is on neither the page now nor the
 * demonstration's first screen, the new words must name exactly one option
 * on the demonstration's screen, and the choice is bound to it with a check
 * kept for grounding (`renamedChoiceProblem`): once the group shows, the
 * words must name exactly that one option of it — the option the step is
 * about to choose — or the step is refused (a drop-down now offering "Search"
 * and "Search results" for "the search box", a dialog without the option).
 * Where the group now names its options otherwise than the demonstration's
 * screen did ("Minor" where it offered "S3 Minor"), the step chooses the one
 * option of the group shown now that the words name (`groundRenamedChoice`),
 * and the same check holds.
 *
 * Pure, no task knowledge: planning (`markRenamedChoices`), the grounding of a
 * deferred choice (`groundRenamedChoice`) and its check (`renamedChoiceProblem`).
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import type { StepGrounding } from '../ground-step.js';
import type { TaskSlot } from '../align-tasks.js';
import { CHOICE_ROLES, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText, type Binding } from '../text-match.js';
import { namedBy, unnamedChoices } from './unnamed-choices.js';
import { negationsIn } from './negation-words.js';
import { meaningWordsIn } from './meaning-words.js';
import { wordsOf } from '../intent-words.js';

/**
 * Words that lessen, hedge or set aside what they stand by ("hardly major", "almost blocking", "a page other than
 * search", "rather than reports"): the option's word is said, and not chosen.
 */
const SET_ASIDE_WORDS: ReadonlySet<string> = new Set(['hardly', 'barely', 'scarcely', 'almost', 'nearly', 'than', 'other', 'rather', 'instead', 'besides', 'apart', 'beyond', 'longer']);

/** Do the words deny, lessen or set aside what they say ("not blocking", "less than major", "other than search")? */
export function deniesOrLessens(words: string): boolean {
  if (negationsIn(words).length > 0) return true;
  if (meaningWordsIn(words).some((meaning) => meaning.kind === 'negation' || meaning.kind === 'comparison')) return true;
  return wordsOf(words).some((word) => SET_ASIDE_WORDS.has(word));
}

/** A demonstrated choice: the caption chosen and the captions it was chosen among (on the demonstration's screen and now). */
interface MadeChoice {
  step: Step;
  caption: string;
  among: string[];
  /** The group's captions on the page now; undefined when it shows only after an earlier step (a dialog's). */
  now: string[] | undefined;
}

/** A choice bound at planning time to an option of a group not yet shown: checked when the group shows (renamedChoiceProblem). */
export interface RenamedChoiceCheck {
  /** The new task's words that named the option. */
  words: string;
  /** The option they named on the demonstration's screen. */
  option: string;
}

/** A drop-down's first option that only asks to choose ("Select…", "Choose one", "--"). */
const PLACEHOLDER = /^(?:select|choose|pick|please|--|—|-)/iu;

const optionsOf = (element: UIElement) => (element.options ?? []).filter((option) => option.trim() !== '' && !PLACEHOLDER.test(option.trim()));

/** The drop-downs of `elements` with the label of `element`. */
const selectsLabelled = (element: UIElement, elements: readonly UIElement[]) => {
  const label = normalizeText(element.label);
  return elements.filter((other) => other.options && label !== '' && normalizeText(other.label) === label);
};

/** The captions of the radios of `elements` with the name `name`. */
const radiosNamed = (name: string, elements: readonly UIElement[]) =>
  elements.filter((other) => other.role === 'radio' && other.attributes?.['name'] === name).map((other) => (other.text || other.label || '').trim());

/**
 * The choice a step made and its group, found again on `page` (`firstScreen`: the demonstration's first screen, where
 * a group that showed only after an earlier step is absent); undefined for any other step.
 */
function madeChoice(step: Step, page: readonly UIElement[], firstScreen: readonly UIElement[]): MadeChoice | undefined {
  const action = step.action;
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return undefined;
  const id = action.target.elementId;
  const element = step.observation.elements.find((candidate) => candidate.id === id);
  if (!element) return undefined;
  if (action.type === 'select' && element.options) {
    const now = selectsLabelled(element, page);
    const later = now.length === 0 && normalizeText(element.label) !== '' && selectsLabelled(element, firstScreen).length === 0;
    return now.length === 1 || later ? { step, caption: action.option, among: optionsOf(element), now: later ? undefined : optionsOf(now[0]!) } : undefined;
  }
  const descriptor = targetDescriptorsOf(step)[0];
  const name = element.attributes?.['name'];
  if (action.type !== 'click' || !descriptor || element.role !== 'radio' || !CHOICE_ROLES.has(element.role) || !name) return undefined;
  const now = radiosNamed(name, page);
  const later = now.length === 0 && radiosNamed(name, firstScreen).length === 0;
  return { step, caption: (element.text || element.label || '').trim(), among: radiosNamed(name, step.observation.elements), now: later ? undefined : now };
}

/** The options of `captions` that `words` name (a word of the option, in any form). */
const named = (captions: readonly string[], words: string) => captions.filter((caption) => namedBy(caption, words));

/**
 * Bind each demonstrated choice made by meaning to the option the new words of an unused slot name; the slots so
 * used leave `unusedSlots`, and the bindings join `scalarBindings` (first, so they rewrite the chosen option).
 */
export function markRenamedChoices(
  steps: readonly Step[],
  input: { demoTask: string; unusedSlots: TaskSlot[]; scalarBindings: Binding[]; notes: string[]; page?: readonly UIElement[] },
): Map<Step, RenamedChoiceCheck> {
  const { demoTask, unusedSlots, scalarBindings, notes, page } = input;
  const checks = new Map<Step, RenamedChoiceCheck>();
  if (!page) return checks;
  const unnamed = new Set(unnamedChoices(demoTask, steps));
  // The binding rewrites every step's text: a caption also typed somewhere ("Login" in a description) stays as it is.
  const typed = steps.flatMap((step) => (step.action.type === 'type' ? [step.action.text] : []));
  const firstScreen = steps[0]?.observation.elements ?? [];
  const choices = steps.map((step) => madeChoice(step, page, firstScreen)).filter((choice): choice is MadeChoice => choice !== undefined && unnamed.has(choice.caption) && !PLACEHOLDER.test(choice.caption.trim()));
  const claimed = new Set<MadeChoice>();
  for (const slot of [...unusedSlots]) {
    if (slot.list || slot.kind !== 'text' || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const [oldWords, newWords] = [slot.old[0]!, slot.new[0]!];
    if (deniesOrLessens(newWords)) continue;
    const naming = choices.filter((choice) => named(choice.among, newWords).length > 0 || named(choice.now ?? [], newWords).length > 0);
    if (naming.length !== 1) continue;
    const choice = naming[0]!;
    if (claimed.has(choice) || named(choice.among, oldWords).length > 0) continue;
    const there = named(choice.among, newWords);
    // A group not shown yet (a dialog's) is judged on the demonstration's screen now, and again when it shows.
    const now = choice.now === undefined ? there : named(choice.now, newWords);
    if (there.length > 1 || now.length !== 1 || (there.length === 1 && there[0] !== now[0])) continue;
    const option = now[0]!;
    // The very option the demonstration chose ("the login screen" for Login, "Minor" for S3 Minor): the step chooses it
    // again as it stands, so no binding rewrites anything — the slot's words are used all the same.
    const again = normalizeText(option) === normalizeText(choice.caption);
    if (!again && typed.some((text) => containsWhole(text, choice.caption))) continue;
    claimed.add(choice);
    if (!again) scalarBindings.unshift({ old: choice.caption, new: option });
    unusedSlots.splice(unusedSlots.indexOf(slot), 1);
    if (choice.now === undefined) checks.set(choice.step, { words: newWords, option });
    const deferred = choice.now === undefined ? ' (checked again when its group shows)' : '';
    notes.push(
      again
        ? `chooses ${JSON.stringify(option)} again, the one option ${JSON.stringify(newWords)} names, as the demonstration chose it for ${JSON.stringify(oldWords)}${deferred}`
        : `chooses ${JSON.stringify(option)}, the one option ${JSON.stringify(newWords)} names, where the demonstration chose ${JSON.stringify(choice.caption)} for ${JSON.stringify(oldWords)}${deferred}`,
    );
  }
  return checks;
}

/**
 * Why a deferred renamed choice must not be made now: the step is about to choose (select an option, click a radio)
 * in a group that shows now, and the task's words must name exactly one option of that group, the one chosen.
 */
export function renamedChoiceProblem(check: RenamedChoiceCheck | undefined, action: Action, elements: readonly UIElement[]): string | undefined {
  if (!check) return undefined;
  const target = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const element = target === undefined ? undefined : elements.find((candidate) => candidate.id === target);
  const says = `the task's ${JSON.stringify(check.words)}, read as the option ${JSON.stringify(check.option)} before its group showed`;
  let captions: string[] | undefined;
  let chosen: string | undefined;
  if (action.type === 'select' && element?.options) [captions, chosen] = [optionsOf(element), action.option];
  else if (action.type === 'click' && element?.role === 'radio' && element.attributes?.['name']) {
    [captions, chosen] = [radiosNamed(element.attributes['name'], elements), (element.text || element.label || '').trim()];
  }
  if (captions === undefined || chosen === undefined) return `${says}: this step does not choose in that group now`;
  const names = named(captions, check.words);
  if (names.length !== 1) return `${says}: it names ${names.length === 0 ? 'no option' : `${names.length} options (${names.map((name) => JSON.stringify(name)).join(', ')})`} of the group shown now`;
  if (normalizeText(names[0]) !== normalizeText(chosen)) return `${says}: it names ${JSON.stringify(names[0])} of the group shown now, and the step would choose ${JSON.stringify(chosen)}`;
  return undefined;
}

/** Score of a deferred choice grounded on the option the words name now: above the threshold, below a grounding by caption. */
const NAMED_NOW_SCORE = 0.8;

/**
 * Ground a deferred renamed choice on its group as it shows now, when the plain grounding did not choose the one option
 * the task's words name there: the group's names may differ from the demonstration's screen ("Minor" where it offered
 * "S3 Minor"). The group is found as at planning (the one drop-down of the demonstrated label, the radios of the
 * demonstrated name, none hidden); the words must name exactly one of its options, which is chosen; anything else
 * leaves the grounding as it was (refused by `renamedChoiceProblem` if it chose otherwise).
 */
export function groundRenamedChoice(check: RenamedChoiceCheck | undefined, step: Step, elements: readonly UIElement[], grounding: StepGrounding): StepGrounding {
  if (!check) return grounding;
  if (grounding.ok && 'action' in grounding && renamedChoiceProblem(check, grounding.action, elements) === undefined) return grounding;
  const action = step.action;
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return grounding;
  const id = action.target.elementId;
  const demonstrated = step.observation.elements.find((candidate) => candidate.id === id);
  const shown = elements.filter((element) => !element.states.hidden);
  if (!demonstrated) return grounding;
  const reason = (option: string) => `chooses ${JSON.stringify(option)}, the one option of the group shown now that the task's ${JSON.stringify(check.words)} names (read as ${JSON.stringify(check.option)} on the demonstration's screen)`;
  if (action.type === 'select') {
    const selects = selectsLabelled(demonstrated, shown);
    if (selects.length !== 1) return grounding;
    const names = named(optionsOf(selects[0]!), check.words);
    if (names.length !== 1) return grounding;
    return { ok: true, action: { type: 'select', target: { elementId: selects[0]!.id }, option: names[0]! }, score: NAMED_NOW_SCORE, reason: reason(names[0]!) };
  }
  const name = demonstrated.attributes?.['name'];
  if (action.type !== 'click' || demonstrated.role !== 'radio' || !name) return grounding;
  const radios = shown.filter((element) => element.role === 'radio' && element.attributes?.['name'] === name);
  const naming = radios.filter((radio) => namedBy((radio.text || radio.label || '').trim(), check.words));
  if (naming.length !== 1) return grounding;
  const radio = naming[0]!;
  const caption = (radio.text || radio.label || '').trim();
  if (radio.states.checked === true) return { ok: true, satisfied: true, score: NAMED_NOW_SCORE, reason: `${reason(caption)}; it is already chosen` };
  return { ok: true, action: { type: 'click', target: { elementId: radio.id } }, score: NAMED_NOW_SCORE, reason: reason(caption) };
}
