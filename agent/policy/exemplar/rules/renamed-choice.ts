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
 * Planning only; pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
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
  caption: string;
  among: string[];
  now: string[];
}

/** A drop-down's first option that only asks to choose ("Select…", "Choose one", "--"). */
const PLACEHOLDER = /^(?:select|choose|pick|please|--|—|-)/iu;

const optionsOf = (element: UIElement) => (element.options ?? []).filter((option) => option.trim() !== '' && !PLACEHOLDER.test(option.trim()));

/** The choice a step made and its group, found again on `page`; undefined for any other step. */
function madeChoice(step: Step, page: readonly UIElement[]): MadeChoice | undefined {
  const action = step.action;
  if (!('target' in action) || !action.target || !('elementId' in action.target)) return undefined;
  const id = action.target.elementId;
  const element = step.observation.elements.find((candidate) => candidate.id === id);
  if (!element) return undefined;
  if (action.type === 'select' && element.options) {
    const label = normalizeText(element.label);
    const now = page.filter((other) => other.options && label !== '' && normalizeText(other.label) === label);
    return now.length === 1 ? { caption: action.option, among: optionsOf(element), now: optionsOf(now[0]!) } : undefined;
  }
  const descriptor = targetDescriptorsOf(step)[0];
  const name = element.attributes?.['name'];
  if (action.type !== 'click' || !descriptor || element.role !== 'radio' || !CHOICE_ROLES.has(element.role) || !name) return undefined;
  const radios = (elements: readonly UIElement[]) => elements.filter((other) => other.role === 'radio' && other.attributes?.['name'] === name).map((other) => (other.text || other.label || '').trim());
  return { caption: (element.text || element.label || '').trim(), among: radios(step.observation.elements), now: radios(page) };
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
): void {
  const { demoTask, unusedSlots, scalarBindings, notes, page } = input;
  if (!page) return;
  const unnamed = new Set(unnamedChoices(demoTask, steps));
  // The binding rewrites every step's text: a caption also typed somewhere ("Login" in a description) stays as it is.
  const typed = steps.flatMap((step) => (step.action.type === 'type' ? [step.action.text] : []));
  const choices = steps.map((step) => madeChoice(step, page)).filter((choice): choice is MadeChoice => choice !== undefined && unnamed.has(choice.caption));
  const claimed = new Set<MadeChoice>();
  for (const slot of [...unusedSlots]) {
    if (slot.list || slot.kind !== 'text' || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const [oldWords, newWords] = [slot.old[0]!, slot.new[0]!];
    if (deniesOrLessens(newWords)) continue;
    const naming = choices.filter((choice) => named(choice.among, newWords).length > 0 || named(choice.now, newWords).length > 0);
    if (naming.length !== 1) continue;
    const choice = naming[0]!;
    if (claimed.has(choice) || named(choice.among, oldWords).length > 0) continue;
    const [there, now] = [named(choice.among, newWords), named(choice.now, newWords)];
    if (there.length > 1 || now.length !== 1 || (there.length === 1 && there[0] !== now[0])) continue;
    const option = now[0]!;
    // The very option the demonstration chose ("the login screen" for Login, "Minor" for S3 Minor): the step chooses it
    // again as it stands, so no binding rewrites anything — the slot's words are used all the same.
    const again = normalizeText(option) === normalizeText(choice.caption);
    if (!again && typed.some((text) => containsWhole(text, choice.caption))) continue;
    claimed.add(choice);
    if (!again) scalarBindings.unshift({ old: choice.caption, new: option });
    unusedSlots.splice(unusedSlots.indexOf(slot), 1);
    notes.push(
      again
        ? `chooses ${JSON.stringify(option)} again, the one option ${JSON.stringify(newWords)} names, as the demonstration chose it for ${JSON.stringify(oldWords)}`
        : `chooses ${JSON.stringify(option)}, the one option ${JSON.stringify(newWords)} names, where the demonstration chose ${JSON.stringify(choice.caption)} for ${JSON.stringify(oldWords)}`,
    );
  }
}
