/**
 * Several demonstrations of one task, combined (issue 11 §3, §4): the policy
 * follows one plan, but before each action it grounds the next step of every
 * other followable demonstration of the same kind on the same observation and
 * compares what they would do. All that can tell agree → act, saying so; a
 * majority of the demonstrations that can tell (the verified ones when any
 * are) → follow the majority; a tie → refuse, naming what each would do.
 * A plan that cannot ground now, or is at another kind of step (a search, a
 * dialog another demonstration never met), does not vote.
 *
 * And what varies between the demonstrations says where a value comes from:
 * a typed value that differs between them and that none of their tasks gives
 * was read off the page, so typing this demonstration's literal is refused.
 */
import type { Action } from '../../core/action.js';
import type { UIElement } from '../../core/observation.js';
import type { Step } from '../../core/trajectory.js';
import type { StepAssessment } from './step-assessment.js';
import { targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from './plan-demonstration.js';
import { enteredValue } from '../../core/action.js';
import { alignTasks } from './align-tasks.js';
import { containsWhole, normalizeText } from './text-match.js';
import { numberWordsIn, numberWordValue } from './number-words.js';
import { valueFormsIn } from './value-spans.js';
import { writesTaskDateOrTime } from './rules/date-formats.js';

/** Lowest template similarity of two demonstrations' task texts for them to be of one kind. */
const KIND_ALIGNMENT = 0.7;

const kinCache = new WeakMap<DemonstrationPlan, WeakMap<DemonstrationPlan, boolean>>();

/**
 * Two demonstrations of one kind of task: recorded on the same application
 * (app key, when both have one) and with task texts that differ only in their
 * values (one template).
 */
export function sameKind(a: DemonstrationPlan, b: DemonstrationPlan): boolean {
  const cached = kinCache.get(a)?.get(b);
  if (cached !== undefined) return cached;
  const [ta, tb] = [a.trajectory, b.trajectory];
  const same =
    ta.id !== tb.id &&
    ta.environment === tb.environment &&
    (!ta.appKey || !tb.appKey || ta.appKey === tb.appKey) &&
    alignTasks(ta.task, tb.task).score >= KIND_ALIGNMENT;
  if (!kinCache.has(a)) kinCache.set(a, new WeakMap());
  kinCache.get(a)!.set(b, same);
  return same;
}

/** The other followable plans of `plan`'s kind. */
export function kinOf(plans: readonly DemonstrationPlan[], plan: DemonstrationPlan): DemonstrationPlan[] {
  return plans.filter((other) => other !== plan && sameKind(plan, other));
}

export interface Vote {
  plan: DemonstrationPlan;
  assessment: StepAssessment;
}

export type Verdict =
  /** Act on the chosen plan's step; `note` says how many agree. */
  | { kind: 'act'; note?: string; agreeing: Vote[]; outvoted: Vote[] }
  /** The majority does something else: follow the plan of theirs. */
  | { kind: 'switch'; to: Vote; note: string; agreeing: Vote[]; outvoted: Vote[] }
  | { kind: 'refuse'; reason: string; help: string };

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => COUNT_WORDS[n] ?? String(n);

export const DISAGREEMENT_HELP =
  'another demonstration of this task (so that most of them agree), a task text that names what to do here, or a model for the hybrid policy (--policy hybrid)';

/** Whether an assessment can be compared at all: a grounded action taken in one go (no search, paging or dialog detour). */
function votes(assessment: StepAssessment): assessment is StepAssessment & { action: Action } {
  const action = assessment.action;
  if (!assessment.ok || !action || ['done', 'wait', 'scroll'].includes(action.type)) return false;
  return assessment.visitKey === undefined && assessment.pageAdvance === undefined && !assessment.stay && assessment.resumeAt === undefined;
}

function targetId(action: Action): number | undefined {
  const target = action.type === 'drag' ? action.from : 'target' in action ? action.target : undefined;
  return target && 'elementId' in target ? target.elementId : undefined;
}

/** A click at a point (a slider's track): two demonstrations' points never match exactly, so they are not compared. */
function pointed(action: Action): boolean {
  const targets = action.type === 'drag' ? [action.from, action.to] : 'target' in action && action.target ? [action.target] : [];
  return targets.some((target) => !('elementId' in target));
}

/** What the action does, as compared between demonstrations: its type, target and text. */
function identity(action: Action): string {
  const target = action.type === 'drag' ? `${JSON.stringify(action.from)}>${JSON.stringify(action.to)}` : 'target' in action ? JSON.stringify(action.target ?? null) : '';
  // A count typed as a word or as digits ("one" / "1") is one value.
  const value = (text: string) => numberWordValue(text) ?? normalizeText(text);
  const text = action.type === 'type' ? value(action.text) : action.type === 'select' ? value(action.option) : action.type === 'press' ? action.keys.toLowerCase() : '';
  return `${action.type}|${target}|${text}`;
}

/**
 * Two actions are at the same point of their plans when they are of one type
 * on elements of one role (a plan whose next step clicks a checkbox is not
 * voting against one whose next step clicks Submit: it is elsewhere in its steps).
 */
function comparable(a: Action, b: Action, elements: readonly UIElement[]): boolean {
  if (a.type !== b.type || pointed(a) || pointed(b)) return false;
  const [ia, ib] = [targetId(a), targetId(b)];
  if (ia === undefined || ib === undefined) return ia === ib;
  const role = (id: number) => elements.find((element) => element.id === id)?.role;
  return role(ia) === role(ib);
}

/** Two grounded actions that do the same thing on this screen. */
export function sameAction(a: Action, b: Action): boolean {
  return !pointed(a) && !pointed(b) && identity(a) === identity(b);
}

/** What a demonstration would do, for a user: `typed "red"`, `clicked link "Lara"`. */
export function describeChoice(action: Action, elements: readonly UIElement[]): string {
  const id = targetId(action);
  const element = id === undefined ? undefined : elements.find((candidate) => candidate.id === id);
  const on = element ? `${element.role} ${JSON.stringify(element.text || element.label || '')}` : id === undefined ? '' : `[${id}]`;
  switch (action.type) {
    case 'type':
      return `typed ${JSON.stringify(action.text)}${on ? ` into ${on}` : ''}`;
    case 'select':
      return `chose ${JSON.stringify(action.option)}${on ? ` in ${on}` : ''}`;
    case 'press':
      return `pressed ${action.keys}`;
    default:
      return `${action.type === 'click' ? 'clicked' : action.type} ${on}`.trim();
  }
}

const isVerified = (plan: DemonstrationPlan) => plan.trajectory.metadata.verified !== false;

/**
 * Compare the chosen plan's next step with what its kin would do now.
 * `step` is the 1-based step number for the words of a refusal.
 */
export function combineVotes(
  chosen: Vote,
  peers: readonly Vote[],
  elements: readonly UIElement[],
  step: number,
  /** Whether the plan does this action at one of its later steps (grounded on this screen). */
  doesLater: (vote: Vote, action: Action) => boolean = () => false,
  /** The task being done: a value or caption it gives outweighs one it does not. */
  task?: string,
): Verdict {
  if (peers.length === 0 || !votes(chosen.assessment)) return { kind: 'act', agreeing: [], outvoted: [] };
  const own = chosen.assessment.action;
  // Two plans that each do the other's step later only differ in order (fields filled in another order): no vote.
  const reordered = (peer: Vote) => !sameAction(own, peer.assessment.action!) && doesLater(peer, own) && doesLater(chosen, peer.assessment.action!);
  let voters = [chosen, ...peers.filter((peer) => votes(peer.assessment) && comparable(own, peer.assessment.action!, elements) && !reordered(peer))];
  // A demonstration that would type, choose or click what this task does not say (its own literal: a value its
  // alignment missed, a word cut short when it was recorded) does not outvote one that does what the task says.
  if (task !== undefined) {
    const said = voters.filter((voter) => taskSays(task, voter.assessment.action!, elements));
    if (said.length > 0 && said.length < voters.length) {
      if (!said.includes(chosen)) {
        const first = said[0]!;
        if (said.every((voter) => sameAction(voter.assessment.action!, first.assessment.action!))) {
          const note = `${count(said.length)} demonstration(s) ${describeChoice(first.assessment.action!, elements)}, which this task says; the one followed so far would have ${describeChoice(own, elements)}, which it does not`;
          return { kind: 'switch', to: first, note, agreeing: said.slice(1), outvoted: voters.filter((voter) => !said.includes(voter)) };
        }
      } else {
        voters = said;
      }
    }
  }
  const abstained = peers.length + 1 - voters.length;
  const groups = new Map<string, Vote[]>();
  for (const voter of voters) {
    const key = identity(voter.assessment.action!);
    groups.set(key, [...(groups.get(key) ?? []), voter]);
  }
  const aside = abstained > 0 ? `; ${count(abstained)} other(s) could not tell at this point` : '';
  if (groups.size === 1) {
    const agreeing = voters.slice(1);
    const note = voters.length > 1 ? `${voters.length} of ${voters.length} demonstrations that can tell agree${aside}` : `the ${count(abstained)} other demonstration(s) of this kind cannot tell at this point of their steps`;
    return { kind: 'act', agreeing, outvoted: [], note };
  }
  // The verified demonstrations decide when any voted; an unverified one did not replay when recorded.
  const deciding = voters.some((voter) => isVerified(voter.plan)) ? voters.filter((voter) => isVerified(voter.plan)) : voters;
  const ranked = [...groups.values()]
    .map((group) => ({ group, weight: group.filter((voter) => deciding.includes(voter)).length }))
    .sort((a, b) => b.weight - a.weight);
  const [top, second] = ranked;
  const summary = ranked.map(({ group }) => `${count(group.length)} ${describeChoice(group[0]!.assessment.action!, elements)}`).join(', ');
  if (top!.weight >= 2 && top!.weight > (second?.weight ?? 0) && top!.weight * 2 > deciding.length) {
    const winners = top!.group;
    const outvoted = voters.filter((voter) => !winners.includes(voter));
    const note = `${winners.length} of ${voters.length} demonstrations that can tell agree (${summary}): the majority is followed${aside}`;
    if (winners.includes(chosen)) return { kind: 'act', note, agreeing: winners.filter((voter) => voter !== chosen), outvoted };
    return { kind: 'switch', to: winners[0]!, note, agreeing: winners.slice(1), outvoted };
  }
  return {
    kind: 'refuse',
    reason: `the demonstrations disagree on step ${step}: ${summary}${deciding.length < voters.length ? ` (only the ${count(deciding.length)} verified one(s) decide)` : ''}, and no majority says which is right`,
    help: DISAGREEMENT_HELP,
  };
}

/** The step of another demonstration that does what `planned` does: same action type, target of the same role and name. */
function counterpart(planned: PlannedStep, other: DemonstrationPlan): Step | undefined {
  const type = planned.step.action.type;
  const target = targetDescriptorsOf(planned.step)[0];
  const name = (descriptor: { label?: string; text: string } | undefined) => normalizeText(descriptor?.label || descriptor?.text || '');
  const alike = other.trajectory.steps.filter((step) => step.action.type === type && targetDescriptorsOf(step)[0]?.role === target?.role);
  const named = alike.filter((step) => name(targetDescriptorsOf(step)[0]) === name(target));
  return named.length === 1 ? named[0] : alike.length === 1 ? alike[0] : undefined;
}

/** Whether the task text says what this action types, chooses or clicks (its value, or its target's caption). */
function taskSays(task: string, action: Action, elements: readonly UIElement[]): boolean {
  // Whole words only: "se" is no value "Search for …" gives.
  const says = (value: string) => taskGives(task, value, { wholeWords: true });
  if (action.type === 'type') return says(action.text);
  if (action.type === 'select') return says(action.option);
  const id = targetId(action);
  const element = id === undefined ? undefined : elements.find((candidate) => candidate.id === id);
  return says(element?.text || element?.label || '');
}

/** A value given by a task text: as written (inside a word too, unless `wholeWords`), in another letter case, as a number word, or as a date or time in another form. */
function taskGives(task: string, value: string, options: { wholeWords?: boolean } = {}): boolean {
  const wanted = normalizeText(value);
  if (wanted === '') return false;
  return containsWhole(task, value) || (!options.wholeWords && normalizeText(task).includes(wanted)) || numberWordsIn(task).includes(wanted) || valueFormsIn(task).includes(wanted) || writesTaskDateOrTime(value, task);
}

/**
 * Where a typed value comes from, learnt from the variation between
 * demonstrations of one kind: the same in all (a constant), different and in
 * each one's task (a slot), different and in none of the tasks (the page).
 */
export function valueVariation(planned: PlannedStep, plan: DemonstrationPlan, kin: readonly DemonstrationPlan[]): { source: 'constant' | 'slot' | 'page'; values: { value: string; task: string }[] } | undefined {
  const own = enteredValue(planned.step.action);
  if (own === undefined) return undefined;
  const values = [{ value: own, task: plan.trajectory.task }];
  for (const other of kin) {
    const step = counterpart(planned, other);
    const value = step ? enteredValue(step.action) : undefined;
    if (value !== undefined) values.push({ value, task: other.trajectory.task });
  }
  if (values.length < 2) return undefined;
  if (new Set(values.map(({ value }) => normalizeText(value))).size === 1) return { source: 'constant', values };
  if (values.every(({ value, task }) => taskGives(task, value))) return { source: 'slot', values };
  if (values.every(({ value, task }) => !taskGives(task, value))) return { source: 'page', values };
  return undefined;
}

/**
 * The plan would type its demonstration's own literal where the
 * demonstrations' values show the value comes from the page: refuse.
 */
export function variedLiteralProblem(plan: DemonstrationPlan, planned: PlannedStep, action: Action, kin: readonly DemonstrationPlan[]): { reason: string; help: string } | undefined {
  const text = enteredValue(action);
  const demonstrated = enteredValue(planned.step.action);
  if (text === undefined || demonstrated === undefined || normalizeText(text) !== normalizeText(demonstrated)) return undefined;
  if (planned.copyFrom || planned.lookup || planned.derived) return undefined;
  const variation = valueVariation(planned, plan, kin);
  if (variation?.source !== 'page') return undefined;
  const seen = variation.values.map(({ value, task }) => `${JSON.stringify(value)} for ${JSON.stringify(task)}`).join(', ');
  return {
    reason: `the demonstrations typed different values here (${seen}) that none of their tasks gives, so the value is read off the page; this plan would type the demonstration's own ${JSON.stringify(text)}`,
    help: 'a demonstration that copies the value from the page (select and copy it), a task text that gives it, or a model for the hybrid policy (--policy hybrid)',
  };
}

/** Fields of a planned step that every step has; any other one means a rule chooses the target. */
const PLAIN_STEP_FIELDS = new Set(['sourceIndex', 'step', 'bindings', 'item', 'intendedChecked']);
/** Two demonstrated points closer than this (logical px, each axis) are one choice. */
const SAME_POINT_PX = 6;

type Choice = { name: string; point?: undefined } | { name?: undefined; point: { x: number; y: number } };

/** What a demonstrated click chose: its target's words, or where it landed (a point, or a wordless element's centre). */
function choiceOf(step: Step): Choice | undefined {
  const action = step.action;
  if (action.type !== 'click' && action.type !== 'double-click' && action.type !== 'right-click') return undefined;
  if (!('elementId' in action.target)) return { point: { x: action.target.x, y: action.target.y } };
  const target = targetDescriptorsOf(step)[0];
  if (!target) return undefined;
  const name = normalizeText(target.label || target.text || '');
  if (name) return { name };
  return target.box ? { point: { x: target.box.x + target.box.width / 2, y: target.box.y + target.box.height / 2 } } : undefined;
}

function sameChoice(a: Choice, b: Choice): boolean {
  if (a.name !== undefined || b.name !== undefined) return a.name === b.name;
  return Math.abs(a.point!.x - b.point!.x) <= SAME_POINT_PX && Math.abs(a.point!.y - b.point!.y) <= SAME_POINT_PX;
}

const describeChoiceOf = (choice: Choice) => (choice.name !== undefined ? JSON.stringify(choice.name) : `the point (${Math.round(choice.point!.x)}, ${Math.round(choice.point!.y)})`);

/**
 * Whether a slot value of the task may choose this click's target: its words
 * name the target (or the row it sits in), or it is a number — a position or a
 * count chooses without being written on the target.
 */
function choosesBy(step: Step, value: string): boolean {
  if (/^[-−]?\d+(?:st|nd|rd|th)?$/i.test(value.trim())) return true;
  const target = targetDescriptorsOf(step)[0];
  const words = [target?.text, target?.label, target?.context].filter((text): text is string => Boolean(text));
  return words.some((text) => containsWhole(text, value) || normalizeText(text).includes(normalizeText(value)));
}

/** What a grounded click on this screen chooses, in the terms of `choiceOf`. */
function groundedChoice(action: Action, elements: readonly UIElement[]): Choice | undefined {
  const id = targetId(action);
  if (id === undefined) {
    const target = 'target' in action ? action.target : undefined;
    return target && !('elementId' in target) ? { point: { x: target.x, y: target.y } } : undefined;
  }
  const element = elements.find((candidate) => candidate.id === id);
  if (!element) return undefined;
  const name = normalizeText(element.label || element.text || '');
  return name ? { name } : { point: { x: element.box.x + element.box.width / 2, y: element.box.y + element.box.height / 2 } };
}

/**
 * The same step of another demonstration of the same shape (as many steps, a
 * click of the same role at the same place in the sequence): only then are two
 * picks the same decision (a demonstration with an extra pop-up step is not).
 */
function sameShapeCounterpart(planned: PlannedStep, plan: DemonstrationPlan, other: DemonstrationPlan): Step | undefined {
  if (other.trajectory.steps.length !== plan.trajectory.steps.length) return undefined;
  const step = other.trajectory.steps[planned.sourceIndex];
  if (!step || step.action.type !== planned.step.action.type) return undefined;
  return targetDescriptorsOf(step)[0]?.role === targetDescriptorsOf(planned.step)[0]?.role ? step : undefined;
}

/**
 * Whether the demonstrations' different picks were a choice among options
 * that this click would make again: a named pick repeated while another
 * demonstration's pick is on this screen too (a caption that merely differs
 * per instance is not, and its grounding clicks this screen's caption); a
 * wordless pick where several wordless elements of its role are on screen
 * (boxes told apart only by paint; a lone icon that moved is not); a point
 * clicked again where the others clicked elsewhere.
 */
function amongOptions(own: Choice, now: Choice, others: readonly Choice[], action: Action, elements: readonly UIElement[]): boolean {
  if (own.name !== undefined) {
    const onScreen = (name: string) => elements.some((element) => normalizeText(element.label || element.text || '') === name);
    return sameChoice(own, now) && others.some((choice) => choice.name !== undefined && onScreen(choice.name));
  }
  const id = targetId(action);
  if (id === undefined) return now.point !== undefined && sameChoice(own, now);
  const role = elements.find((element) => element.id === id)?.role;
  return elements.filter((element) => element.role === role && !normalizeText(element.label || element.text || '')).length >= 2;
}

/**
 * The click this step repeats chose something different in each
 * demonstration of its kind, none of their tasks names what was chosen, and
 * the choice is one among options (another demonstration's pick is on this
 * screen too, or the picks are points on the same kind of target): an answer
 * read off a drawing, a point that depends on the page. Clicking the
 * demonstration's own choice again would be right only by chance, so refuse.
 * A control whose caption merely differs per instance is not such a choice
 * (the others' captions are not on this screen, and the grounding clicks this
 * screen's caption); a step a rule re-chooses (a slot, a search, a ranked or
 * extreme pick, a value read off the page, …) is not judged here.
 */
export function variedChoiceProblem(plan: DemonstrationPlan, planned: PlannedStep, action: Action, elements: readonly UIElement[], kin: readonly DemonstrationPlan[]): { reason: string; help: string } | undefined {
  if (action.type !== 'click' && action.type !== 'double-click' && action.type !== 'right-click') return undefined;
  if (Object.entries(planned).some(([key, value]) => value !== undefined && !PLAIN_STEP_FIELDS.has(key))) return undefined;
  if (planned.bindings.some((binding) => choosesBy(planned.step, binding.old))) return undefined;
  // A number in the task may choose by position or count without being written on the target.
  if (/\b\d+(?:st|nd|rd|th)?\b/i.test(plan.trajectory.task)) return undefined;
  const own = choiceOf(planned.step);
  const now = groundedChoice(action, elements);
  if (!own || !now) return undefined;
  const choices: { choice: Choice; task: string }[] = [{ choice: own, task: plan.trajectory.task }];
  for (const other of kin) {
    const step = sameShapeCounterpart(planned, plan, other);
    const choice = step ? choiceOf(step) : undefined;
    if (choice) choices.push({ choice, task: other.trajectory.task });
  }
  const others = choices.filter(({ choice }) => !sameChoice(choice, own));
  if (others.length === 0) return undefined;
  if (choices.some(({ choice, task }) => choice.name !== undefined && taskGives(task, choice.name))) return undefined;
  if (!amongOptions(own, now, others.map(({ choice }) => choice), action, elements)) return undefined;
  const seen = choices.map(({ choice, task }) => `${describeChoiceOf(choice)} for ${JSON.stringify(task)}`).join(', ');
  return {
    reason: `the demonstrations clicked different things here (${seen}) and none of their tasks names what was clicked, so the choice depends on the page in a way they do not show; this plan would click the demonstration's own choice again`,
    help: 'a task text that names what to click, or a model for the hybrid policy (--policy hybrid)',
  };
}
