/**
 * Rule: a value both tasks name that the demonstration never acted on,
 * because its page already showed it chosen.
 *
 *   demonstration: "Hold The Glass Kitchen for pickup at Riverside."
 *                  (the Riverside radio was ticked from the start: no step touched it)
 *   task:          "Hold A Map of Small Rivers at Riverside."
 *                  (the page at hand has Northgate ticked)
 *
 * "Riverside" is no slot (both texts share it), and "every task value is used
 * by some step" holds because both texts name it; yet no step set it. On the
 * page at hand the control it names may be in another state, and a person
 * would set it. So, for each control of the demonstration's first observation
 * that showed a chosen state — a ticked radio, a ticked checkbox or switch, a
 * drop-down showing an option — whose name (the radio's or box's label, the
 * drop-down's shown option) both task texts name as a whole, that no
 * demonstrated step acted on (nor on its radio group / drop-down) and that
 * still showed that state in the last observation, the demonstration is given
 * the step a person would have made to choose it (a click that ticks it, a
 * select of that option), at its place in the page's order. The plan then
 * skips it when the page at hand already shows it chosen (ground-step.ts:
 * intendedChecked), and makes it otherwise.
 *
 * The page at hand must hold exactly one control of the same kind named by the
 * value (one radio / one box of the role labelled so, one drop-down offering
 * the option); otherwise the plan is refused, naming the value, rather than
 * left acting as if it were set.
 *
 * Grounding half: none; the added step is grounded like a recorded one.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { FUNCTION_WORDS } from '../task-tokens.js';
import { isNegation } from './negation-words.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { addedStep, placeInPageOrder } from '../added-steps.js';
import type { TaskValueProblem } from './task-values.js';

type ChoiceKind = 'radio' | 'check' | 'select';

interface PresetChoice {
  kind: ChoiceKind;
  /** The control in the demonstration's first observation. */
  element: UIElement;
  /** The value naming it: the radio's or box's label, the option the drop-down showed. */
  value: string;
}

const quote = (text: string) => JSON.stringify(text);
const same = (a: string | undefined, b: string | undefined) => normalizeText(a) !== '' && normalizeText(a) === normalizeText(b);
const isSelect = (element: UIElement) => element.role === 'combobox' || element.tag === 'select';
const isBox = (element: UIElement) => element.role === 'checkbox' || element.role === 'switch';
const usable = (element: UIElement) => element.states.disabled !== true && element.states.hidden !== true;
const nameOf = (element: UIElement) => checkableName(element);

/** Demonstrations already completed (or refused) by this rule: planning them again adds nothing. */
const examined = new WeakSet<Trajectory>();

/** The controls of an observation showing a chosen state, each with the value naming it. */
export function chosenControls(elements: readonly UIElement[]): PresetChoice[] {
  const found: PresetChoice[] = [];
  for (const element of elements) {
    if (!usable(element)) continue;
    if (element.role === 'radio' && checkedOf(element) === true && nameOf(element)) found.push({ kind: 'radio', element, value: element.text.trim() || element.label?.trim() || '' });
    else if (isBox(element) && checkedOf(element) === true && nameOf(element)) found.push({ kind: 'check', element, value: element.text.trim() || element.label?.trim() || '' });
    else if (isSelect(element) && element.value?.trim() && (element.options ?? []).some((option) => same(option, element.value))) found.push({ kind: 'select', element, value: element.value.trim() });
  }
  return found.filter((choice) => normalizeText(choice.value) !== '');
}

/** The controls of `elements` of the choice's kind that the value names (for a drop-down: that offer it). */
export function counterparts(elements: readonly UIElement[], choice: PresetChoice): UIElement[] {
  return elements.filter((element) => {
    if (!usable(element)) return false;
    if (choice.kind === 'radio') return element.role === 'radio' && same(nameOf(element), choice.value);
    if (choice.kind === 'check') return element.role === choice.element.role && same(nameOf(element), choice.value);
    return isSelect(element) && (element.options ?? []).some((option) => same(option, choice.value));
  });
}

/** Did a demonstrated step act on the control (for a radio: any radio of its group)? */
function touched(step: Step, choice: PresetChoice): boolean {
  const element = choice.element;
  return targetDescriptorsOf(step).some((target) => {
    if (choice.kind === 'radio') return target.role === 'radio' && (element.group ? same(target.group, element.group) : same(target.text || target.label, choice.value));
    if (choice.kind === 'check') return target.role === element.role && (same(target.text, element.text) || same(target.label, element.label));
    return (target.role === 'combobox' || target.tag === 'select') && (same(target.label, element.label) || target.box.x === element.box.x && target.box.y === element.box.y);
  });
}

/** Is `value` a name both tasks give as a whole, and more than a function or negation word? */
function namedByBoth(value: string, demoTask: string, task: string): boolean {
  const norm = normalizeText(value);
  // "no rush" names no "No" radio: a function or negation word alone is no value.
  if (norm.length < 2 || norm.split(' ').every((word) => FUNCTION_WORDS.has(word) || isNegation(word))) return false;
  return containsWhole(demoTask, value) && containsWhole(task, value);
}

/** The step choosing the control, on `before`'s observation (the control shown not chosen, so the plan knows the click chooses it). */
function stepFor(choice: PresetChoice, before: Step): Step {
  const live = before.observation.elements.find((element) => element.id === choice.element.id && same(nameOf(element), nameOf(choice.element))) ?? choice.element;
  const unchosen = choice.kind === 'select' ? live : { ...live, states: { ...live.states, checked: false } };
  const elements = before.observation.elements;
  const shown = elements.includes(live) ? elements.map((element) => (element === live ? unchosen : element)) : [...elements, unchosen];
  const target = { elementId: live.id };
  const action: Step['action'] = choice.kind === 'select' ? { type: 'select', target, option: choice.value } : { type: 'click', target };
  return addedStep(before, shown, unchosen, action, { presetChoice: `${quote(choice.value)} was already chosen on the demonstration's page` });
}

const KIND_WORDS: Record<ChoiceKind, string> = { radio: 'radio button', check: 'box', select: 'drop-down offering it' };

/**
 * The demonstration with a step choosing each control it found already chosen
 * and both tasks name (see the file comment), or blocking problems naming the
 * values the page at hand has no single such control for; undefined when the
 * rule has nothing to add.
 */
export function withPresetChoices(
  trajectory: Trajectory,
  task: string,
  page: readonly UIElement[] | undefined,
): { trajectory: Trajectory; note: string; problems: TaskValueProblem[] } | undefined {
  if (!page || examined.has(trajectory)) return undefined;
  const demonstrated = trajectory.steps.filter((step) => step.result?.ok !== false && step.action.type !== 'done');
  const first = trajectory.steps[0];
  const last = demonstrated[demonstrated.length - 1];
  if (!first || !last) return undefined;
  const strings = demonstrated.flatMap((step) => stepStrings(step));
  const chosen: PresetChoice[] = [];
  const problems: TaskValueProblem[] = [];
  for (const choice of chosenControls(first.observation.elements)) {
    if (!namedByBoth(choice.value, trajectory.task, task)) continue;
    // Acted on after all (its value in a step, or a step on its group / drop-down): the plan sets it as demonstrated.
    if (strings.some((text) => containsWhole(text, choice.value)) || demonstrated.some((step) => touched(step, choice))) continue;
    // One control of the demonstration's page so named and chosen, still chosen at its end.
    if (chosenControls(first.observation.elements).filter((other) => other.kind === choice.kind && same(other.value, choice.value)).length !== 1) continue;
    if (!chosenControls(last.observation.elements).some((other) => other.kind === choice.kind && same(other.value, choice.value))) continue;
    if (chosen.some((other) => other.kind === choice.kind && same(other.value, choice.value))) continue;
    const live = counterparts(page, choice);
    if (live.length !== 1) {
      problems.push({
        blocking: true,
        help: `a demonstration that chooses ${quote(choice.value)} itself`,
        text: `the task names ${quote(choice.value)}, which the demonstration found already chosen and never set; this page has ${live.length === 0 ? 'no' : `${live.length}`} ${KIND_WORDS[choice.kind]}${choice.kind === 'select' ? '' : ` named ${quote(choice.value)}`}${live.length > 1 ? 's' : ''} to choose it by`,
      });
      continue;
    }
    chosen.push(choice);
  }
  if (chosen.length === 0 && problems.length === 0) return undefined;
  const steps = [...trajectory.steps];
  for (const choice of chosen) {
    const at = placeInPageOrder(steps, choice.element);
    steps.splice(at, 0, stepFor(choice, steps[at] ?? last));
  }
  const completed = { ...trajectory, steps };
  examined.add(completed);
  const note = [
    ...(chosen.length > 0 ? [`the demonstration's page already showed ${chosen.map((choice) => quote(choice.value)).join(', ')} chosen, which both tasks name: a step choosing ${chosen.length === 1 ? 'it' : 'each'} is added (skipped where this page shows it chosen)`] : []),
    ...problems.map((problem) => problem.text),
  ].join('; ');
  return { trajectory: completed, note, problems };
}
