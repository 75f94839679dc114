/**
 * Rule: the closing press of a demonstration, named by its caption as a verb.
 *
 *   demonstration: "Choose Pirates for the team and type "Cato" as the nickname, then save the form."
 *                  (chose, typed, pressed "Save")
 *   task:          "Please set the team to Wolves and the nickname to "Tamsin", then click Save."
 *
 * "Save the form" and "click Save" ask the one press: the button's caption
 * said as the verb in one text, as the thing pressed in the other. A clause
 * whose verb is the caption of the demonstration's last acted step — a press
 * on a button — and whose object no other step names ("the form": the whole
 * form, not something in it) is that press: kept as demonstrated, neither
 * counted as a clause the other task lacks nor as one no step serves.
 * "Delete the photo" (a click on the photo, then "Delete") stays a clause of
 * its own: another step names its object.
 *
 * Only an object naming the whole — nothing, a pronoun ("save it"), or
 * determiners and one word for the form, page or changes ("the form", "all
 * changes", "everything") — is the press: "save a draft", "save the form as
 * a draft", "save the form to a file", "save it for later", "save the form
 * twice" ask something else of "save" (another button, a count, a place),
 * and following the plain press would act wrongly. So does a whole word that
 * stands in the caption of another control of the page ("save the form"
 * beside a "Save form" button): which press it means is not known.
 *
 * Planning half only (task-clauses.ts). Pure, no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import type { TaskClause } from '../task-clauses.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { wordsOf } from '../intent-words.js';
import { COMMON_WORDS, PRONOUNS } from '../task-tokens.js';
import { COURTESY } from './restated-request.js';
import { DETERMINERS, FORM_NOUNS, SURFACE_NOUNS } from './framing-clause.js';
import { WHOLE_WORDS } from './whole-scope.js';

/** The index of the last step that acted (not done, not a wait, not failed); -1 when none. */
export const lastActed = (steps: readonly Step[]) => steps.findLastIndex((step) => step.action.type !== 'done' && step.action.type !== 'wait' && step.result?.ok !== false);

/** Is the step a click on a button (a closing press)? */
export const isPress = (step: Step) => step.action.type === 'click' && targetDescriptorsOf(step).some((target) => target.role === 'button' || target.inputType === 'submit');

/** What a step names: its strings (typed text, option, target texts) and its targets' row or parent texts. */
export function namedBy(step: Step): string[] {
  const contexts = step.action.type === 'scroll' ? [] : targetDescriptorsOf(step).flatMap((target) => (target.context ? [target.context] : []));
  return [...stepStrings(step), ...contexts];
}

/** The first of the words that stands in the caption of a control of the press's page other than the one it pressed. */
function otherCaptionHolding(press: Step, words: readonly string[]): string | undefined {
  const pressed = press.action.type === 'click' && 'elementId' in press.action.target ? press.action.target.elementId : undefined;
  const captions = press.observation.elements.filter((element) => element.id !== pressed).flatMap((element) => [element.text, element.label ?? '']);
  return words.find((word) => captions.some((caption) => containsWhole(caption, word)));
}

/**
 * The new task's clause paired with a demonstrated press said as a verb ("save the form" and the press on "Save")
 * asks another press when a word of it beyond the pressed caption stands in another control's caption: "click Save
 * draft" beside a "Save draft" button. Returns that word; undefined when none does.
 */
export function otherPressAsked(clause: TaskClause, demoClause: TaskClause, steps: readonly Step[]): string | undefined {
  if (!pressNamedByVerb(demoClause, steps)) return undefined;
  const press = steps[lastActed(steps)]!;
  const own = new Set(targetDescriptorsOf(press).flatMap((target) => wordsOf([target.text, target.label ?? ''].join(' '))));
  return otherCaptionHolding(press, clause.words.filter((word) => !own.has(word) && !COMMON_WORDS.has(word)));
}

/** Words naming what a closing press keeps or sends as a whole: the form, the page, the changes made on it. */
const WHOLE_OBJECTS: ReadonlySet<string> = new Set([...FORM_NOUNS, ...SURFACE_NOUNS, ...WHOLE_WORDS, 'changes', 'edits']);
/** Words that only say which or how much of the whole ("the", "my", "all", "it"): no object of their own. */
const WHOLE_POINTERS: ReadonlySet<string> = new Set([...DETERMINERS, ...PRONOUNS, ...WHOLE_WORDS, 'all']);

/**
 * The word naming the whole the clause's verb acts on ("form" for "save the form"), '' when it names none ("save",
 * "save it"); undefined when the object says more than the whole — another thing, a count, a tail ("save a draft",
 * "save the form twice", "save the form as a draft", "save it for later") — or words stand before the verb ("do not").
 */
function wholeObject(clause: TaskClause, verb: string): string | undefined {
  const words = wordsOf(clause.text);
  const at = words.indexOf(verb);
  if (at < 0 || words.slice(0, at).some((word) => !COURTESY.has(word))) return undefined;
  const object = words.slice(at + 1).filter((word) => !WHOLE_POINTERS.has(word));
  if (object.length === 0) return '';
  return object.length === 1 && WHOLE_OBJECTS.has(object[0]!) ? object[0] : undefined;
}

/**
 * Is the clause the demonstration's closing press said as a verb ("save the form" for the press on "Save")? Its verb
 * one word, the press's caption that word; no values; no other step names a word of its object.
 */
export function pressNamedByVerb(clause: TaskClause, steps: readonly Step[]): boolean {
  const verb = clause.verb;
  if (verb === undefined || /\s/.test(verb) || clause.values.length > 0) return false;
  const last = lastActed(steps);
  const press = steps[last];
  if (press === undefined || !isPress(press)) return false;
  const captions = targetDescriptorsOf(press).flatMap((target) => [target.text, target.label].filter((text): text is string => !!text));
  if (!captions.some((caption) => normalizeText(caption) === verb)) return false;
  // Its object the whole and nothing more, a word no other control's caption holds ("Save form" beside "Save").
  const whole = wholeObject(clause, verb);
  if (whole === undefined) return false;
  if (whole !== '' && otherCaptionHolding(press, [whole]) !== undefined) return false;
  const object = clause.words.filter((word) => word !== verb);
  return steps.every((step, index) => index === last || step.action.type === 'done' || !object.some((word) => namedBy(step).some((text) => containsWhole(text, word))));
}
