/**
 * Rule: a task that says its named items are the only ones to leave on
 * ("Select "violet" (and no others)", "only", "none else", "deselect
 * everything else", "exactly these") asks for a state, not for the clicks
 * the demonstration made. A demonstration with nothing to turn off shows
 * only clicks that turned named items on; on a new instance where an
 * unnamed item starts on, repeating them leaves it on.
 *
 * Planning half (`exclusiveSetPlan`, a plan-level rule): when the new task
 * states an exclusive set and no "ensure checked" step came from the
 * demonstration (checked-set.ts), the demonstrated clicks that left their
 * element on (checked, pressed, selected, or a state class, read in the
 * observation after the click: a chip's class state shows only once one is
 * on), and whose rewritten names the new task names, become one "ensure
 * checked" step for those names: tick the named ones, untick any other one
 * that is on (groundEnsureChecked, checked-set.ts).
 *
 * Grounding half: checked-set.ts, which also reads a group showing no
 * state at all (chips whose class marks only the ones on) as all off.
 * Check half: `exclusiveWords` tells agent/checks/task-state.ts that such
 * wording is no negation. Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { targetDescriptorsOf, targetedElements } from '../planned-step.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { groundTarget } from '../ground-target.js';
import { containsWhole, substitute } from '../text-match.js';
import type { TaskSlot } from '../align-tasks.js';
import type { ValueSpan } from '../value-spans.js';
import { LIST_JOINT } from './switch-states.js';
import { isNegation } from './negation-words.js';
import { switchStateOf, verbKeyOf, wordsOf } from '../intent-words.js';

/**
 * Wording that makes the named items the only ones to leave on. A bare "only" or "exactly" before a count
 * ("exactly 3", "only once", "only two more") says how many, not which set: it is not exclusive wording.
 */
const COUNT_AFTER = String.raw`(?!\s+(?:\d|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a (?:few|couple|dozen)|times?\b))`;
const EXCLUSIVE_WORDING = new RegExp(
  String.raw`\(?\b(?:and |but )?(?:no others?|none else|nothing else|no other (?:ones?|tags?|items?|boxes|options?)|(?:deselect|unselect|untick|uncheck|clear|turn off|switch off) (?:everything|anything|all|the|all the|any) (?:else|others?|rest)|only (?:those|these|them)|exactly (?:these|those)|just (?:those|these)|(?:only|exactly)\b${COUNT_AFTER})\b\)?`,
  'gi',
);

/** The task with its exclusive wording taken out, and whether it had any. */
export function exclusiveWords(task: string): { exclusive: boolean; rest: string } {
  const rest = task.replace(EXCLUSIVE_WORDING, ' ');
  return { exclusive: rest !== task, rest };
}

/** Verbs that take a named item out that switchStateOf (intent-words.ts) does not read as switching off. */
const TAKING_OUT = new Set(['deselect', 'unselect', 'clear', 'reject', 'decline', 'refuse', 'deny']);

/**
 * Does a task ask its named items (`spans`) on, as exclusive wording means them kept: nothing outside its values and
 * its exclusive wording switches off or takes out ("Turn off X and Y, nothing else", "Remove X and Y only") or
 * negates ("No to X and Y, nothing else", "Not only X and Y - keep the rest too", "I don't want X and Y, no others")?
 */
function asksSetOn(task: string, spans: readonly ValueSpan[]): boolean {
  let masked = task.replace(EXCLUSIVE_WORDING, (wording) => ' '.repeat(wording.length));
  for (const span of spans) masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  const words = wordsOf(masked);
  const takesOut = (word: string, index: number) => TAKING_OUT.has(word) || (word === 'opt' && words[index + 1] === 'out');
  return !words.some((word, index) => isNegation(word) || switchStateOf(word) === 'off' || verbKeyOf(word) === verbKeyOf('remove') || takesOut(word, index));
}

/**
 * Two tasks that each name the only items to leave on, each as one list ("yes to personalisation, marketing and
 * analytics, nothing else" / "marketing and social media cookies only please"): the sets stand for each other
 * whatever their sizes, one list slot, the set made by exclusiveSetPlan. Undefined unless both texts say their set
 * is exclusive, each side's values are one run joined by commas / "and", one side names several, and both ask their
 * set on (asksSetOn): "Turn off X and Y, nothing else" or "Not only X and Y" is no set to leave on.
 */
export function exclusiveListSlot(oldTask: string, olds: readonly ValueSpan[], newTask: string, news: readonly ValueSpan[]): TaskSlot | undefined {
  if (olds.length === 0 || news.length === 0 || olds.length + news.length < 3) return undefined;
  if (!exclusiveWords(oldTask).exclusive || !exclusiveWords(newTask).exclusive) return undefined;
  if (!asksSetOn(oldTask, olds) || !asksSetOn(newTask, news)) return undefined;
  const oneList = (text: string, spans: readonly ValueSpan[]) => spans.every((span, index) => index === 0 || LIST_JOINT.test(text.slice(spans[index - 1]!.end, span.start)));
  if (!oneList(oldTask, olds) || !oneList(newTask, news)) return undefined;
  return { old: olds.map((span) => span.value), new: news.map((span) => span.value), list: true, kind: 'text' };
}

/** The element a step clicked, as the observation after it shows it. */
function afterClick(planned: PlannedStep, after: readonly UIElement[] | undefined): UIElement | undefined {
  const clicked = targetedElements(planned.step)[0];
  const descriptor = targetDescriptorsOf(planned.step)[0];
  if (!clicked || !descriptor || !after) return undefined;
  const same = after.find((element) => element.id === clicked.id && element.role === clicked.role && checkableName(element) === checkableName(clicked));
  return same ?? groundTarget(descriptor, [], after).element;
}

/** A click step with no rule of its own but its toggled state. */
function plainClick(planned: PlannedStep): boolean {
  const { step, bindings: _bindings, sourceIndex: _source, item: _item, intendedChecked: _checked, ...rules } = planned;
  return step.action.type === 'click' && Object.keys(rules).length === 0;
}

/** Plan-level rule: the "turn on" clicks of an exclusive task become one ensure-checked step. Undefined when it does not apply. */
export function exclusiveSetPlan(plan: DemonstrationPlan): DemonstrationPlan | undefined {
  if (!exclusiveWords(plan.task).exclusive || plan.steps.some((planned) => planned.ensureChecked)) return undefined;
  const positions: number[] = [];
  const names: string[] = [];
  let role: string | undefined;
  plan.steps.forEach((planned, position) => {
    if (!plainClick(planned)) return;
    const clicked = targetedElements(planned.step)[0];
    const after = afterClick(planned, plan.trajectory.steps[planned.sourceIndex + 1]?.observation.elements);
    if (!clicked || !after || checkedOf(after) !== true || checkedOf(clicked) === true) return;
    const name = checkableName(clicked);
    const rewritten = substitute(name, planned.bindings).text;
    if (!name || !containsWhole(plan.task, rewritten)) return;
    if (role !== undefined && role !== clicked.role) return;
    role = clicked.role;
    positions.push(position);
    names.push(rewritten);
  });
  if (positions.length === 0 || role === undefined) return undefined;
  const first = plan.steps[positions[0]!]!;
  const ensure: PlannedStep = { ...first, ensureChecked: { role, names } };
  delete ensure.intendedChecked;
  const steps = plan.steps.flatMap((planned, position) => (position === positions[0] ? [ensure] : positions.includes(position) ? [] : [planned]));
  const note = `the task leaves only the named ${role}s on: demonstrated step${positions.length > 1 ? 's' : ''} ${positions.map((position) => plan.steps[position]!.sourceIndex + 1).join(', ')} become one step that turns on ${names.map((name) => JSON.stringify(name)).join(', ')} and turns off any other ${role} that is on`;
  return { ...plan, steps, notes: [...plan.notes, note] };
}
