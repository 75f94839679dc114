/**
 * Rule, grounding half of recorded-waits.ts: a step the person waited for is
 * acted on only once the page is where it was then.
 *
 * - The target is not there yet (or not usable): one `wait-until` turn for an
 *   element of its name to show, enabled; the step stays current.
 * - The target is there but disabled: a click that waits until it is enabled.
 * - A watched number: a click that waits until the number on the page
 *   compares with the task's ("below 40"), checked right before the press.
 * - With no recorded wait, one that another demonstration of the same kind
 *   recorded at this step (target shows or is enabled) is waited for.
 * - With no wait recorded at all, a first step that does not ground at the
 *   first look waits once, briefly, for its target to show.
 * - A click on a target that is disabled now (the demonstration's was not)
 *   waits until it is enabled, even with no recorded wait.
 * - A wait that ran out ends in a refusal that says what the page showed,
 *   never in a press anyway; a task that names no value to wait for is refused.
 *
 * Used by the offline policy (exemplar-policy.ts) and the replay policy.
 */
import { WAIT_TIMED_OUT, type Action, type WaitFor } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { PolicyContext } from '../../../core/policy.js';
import type { Step } from '../../../core/trajectory.js';
import type { StepAssessment } from '../step-assessment.js';
import { targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from '../planned-step.js';
import { containsWhole, substitute, type Binding } from '../text-match.js';
import { numberIn, planWait, recordedWaitOf, type PlannedWait } from './recorded-waits.js';

/** Shortest and longest wait for a recorded condition, ms; in between, three times the person's pause. */
const MIN_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 30_000;
/** Farthest the watched number may be from where the demonstration saw it, px. */
const NEAR_PX = 60;

export const WAIT_HELP = 'try again when the page is ready, or record the task once more';

/** How long to wait for a recorded condition. */
export function waitTimeout(wait: PlannedWait): number {
  return Math.min(MAX_TIMEOUT_MS, Math.max(MIN_TIMEOUT_MS, 3 * wait.pauseMs));
}

/** The last action was a wait for a condition that ran out: its error, else undefined. */
export function timedOutWait(context: PolicyContext): string | undefined {
  const last = context.history.at(-1);
  if (!last || last.result?.ok !== false || !last.result.error?.startsWith(WAIT_TIMED_OUT)) return undefined;
  return last.action.type === 'wait-until' || (last.action.type === 'click' && last.action.when) ? last.result.error : undefined;
}

/**
 * The element on the page now that shows the number the demonstration
 * watched: the nearest with a number — or, when the task named it ("until
 * Umbrella costs…"), the nearest that shows the new name, wherever it is.
 */
function watchedNumber(wait: Extract<PlannedWait, { kind: 'value' }>, elements: readonly UIElement[]): UIElement | undefined {
  const place = wait.element.box;
  const distance = (element: UIElement) => Math.hypot(element.box.x - place.x, element.box.y - place.y);
  const named = wait.named;
  return elements
    .filter((element) => !element.interactive && !element.states.hidden && element.role === wait.element.role && numberIn(element.text) !== undefined)
    .filter((element) => (named ? containsWhole(element.text, named.new) : distance(element) <= NEAR_PX))
    .sort((a, b) => distance(a) - distance(b))[0];
}

/** A control's caption in a task's words: "the OK button" → "OK" (a slot may hold the words around the caption). */
function captionOf(text: string, role: string): string {
  const words = text.trim().replace(/^(?:the|a|an)\s+/i, '');
  const trailing = new RegExp(`\\s+${role.replace(/[^a-z]/gi, '')}$`, 'i');
  return role && trailing.test(words) ? words.replace(trailing, '').trim() : words;
}

export interface WaitTurnInput {
  wait: PlannedWait;
  /** The demonstrated step, and the bindings its target's name is rewritten with. */
  step: Step;
  bindings: readonly Binding[];
  /** The step's grounded action, when it grounded. */
  action: Action | undefined;
  elements: readonly UIElement[];
  /** True when this step already had its wait-until turn. */
  waited: boolean;
}

export type WaitTurn =
  | { kind: 'act'; action: Action; reason: string; /** The step stays current after this action. */ stay: boolean }
  | { kind: 'refuse'; reason: string }
  | { kind: 'as-grounded' };

/** What to do for a step with a recorded wait. */
export function waitTurn(input: WaitTurnInput): WaitTurn {
  const { wait, action, elements } = input;
  if (wait.problem) return { kind: 'refuse', reason: wait.problem };
  const timeoutMs = waitTimeout(wait);
  const targetId = action && 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const target = targetId === undefined ? undefined : elements.find((element) => element.id === targetId);
  if (wait.kind === 'value') {
    const comparison = wait.comparison!;
    const watched = watchedNumber(wait, elements);
    if (!watched) {
      const where = wait.named ? `no number shows with ${JSON.stringify(wait.named.new)}, the name the task gives` : 'no number shows near that place now';
      return { kind: 'refuse', reason: `the demonstration watched ${JSON.stringify(wait.element.text)} before this step, and ${where}` };
    }
    const when: WaitFor = { until: { value: { elementId: watched.id }, comparison: comparison.comparison, number: comparison.number }, timeoutMs };
    const words = `once ${JSON.stringify(watched.text)} is ${comparison.words} (as the task says; the demonstration waited for it to change)`;
    if (action?.type === 'click') return { kind: 'act', action: { ...action, when }, reason: words, stay: false };
    if (input.waited || !action) return { kind: 'as-grounded' };
    return { kind: 'act', action: { type: 'wait-until', ...when }, reason: `wait ${words}`, stay: true };
  }
  if (target && !target.states.disabled) return { kind: 'as-grounded' };
  if (target && action?.type === 'click') {
    return { kind: 'act', action: { ...action, when: { until: { enabled: { elementId: target.id } }, timeoutMs } }, reason: `once [${target.id}] is enabled, as the demonstration waited for it`, stay: false };
  }
  if (input.waited) return { kind: 'as-grounded' };
  const descriptor = targetDescriptorsOf(input.step)[0];
  const shown = descriptor ? captionOf(substitute(descriptor.text || descriptor.label || '', input.bindings).text, descriptor.role) : '';
  if (!shown) return { kind: 'as-grounded' };
  return {
    kind: 'act',
    action: { type: 'wait-until', until: { shows: { name: shown } }, timeoutMs },
    reason: `the demonstration waited for ${JSON.stringify(shown)} to ${wait.kind === 'shows' ? 'appear' : 'become enabled'}; wait for it too`,
    stay: true,
  };
}

/**
 * The offline policy's assessment with the chosen plan's recorded wait
 * applied (exemplar-policy.ts): `waited` keeps the steps that had their
 * wait-until turn (planIndex keys), so a step is not waited for twice.
 */
export function withRecordedWait(assessment: StepAssessment, plan: DemonstrationPlan | undefined, context: PolicyContext, waited: Set<string>, kin: readonly DemonstrationPlan[] = []): StepAssessment {
  const timedOut = timedOutWait(context);
  if (timedOut && waited.has(FIRST_LOOK_KEY) && context.history.length === 1) {
    // The first look's wait ran out: the first step is grounded (or refused) on its own terms now.
    return assessment.ok ? assessment : { ...assessment, reason: `${assessment.reason} (waited ${FIRST_LOOK_TIMEOUT_MS} ms for it to show)` };
  }
  if (timedOut) {
    const { action: _dropped, ...rest } = assessment;
    return { ...rest, ok: false, score: 0, reason: `the page never got where the demonstration waited for: ${timedOut}; nothing was pressed`, help: WAIT_HELP };
  }
  const planned = plan?.steps[assessment.planIndex];
  const wait = planned?.waitFor ?? (planned ? kinWait(planned, assessment.planIndex, kin) : undefined);
  if (planned && !wait && assessment.ok) return mayWaitFor(context) ? withDisabledTargetWait(assessment, planned.step, context.observation.elements) : assessment;
  if (planned && !wait && assessment.planIndex === 0 && plan!.problems.length === 0 && mayWaitFor(context)) return firstLookWait(assessment, planned, context, waited);
  // A done needs no wait, nor does a step grounded as a wait of its own (rules/affix-pick.ts: the list opening).
  if (!planned || !wait || (assessment.ok && (assessment.action?.type === 'done' || assessment.action?.type === 'wait'))) return assessment;
  const key = `until:${assessment.planIndex}`;
  const turn = waitTurn({ wait, step: planned.step, bindings: planned.bindings, action: assessment.ok ? assessment.action : undefined, elements: context.observation.elements, waited: waited.has(key) });
  if (turn.kind === 'as-grounded') return assessment;
  if (turn.kind === 'refuse') {
    const { action: _dropped, ...rest } = assessment;
    return { ...rest, ok: false, score: 0, reason: turn.reason, help: 'a demonstration of a task worded like this one' };
  }
  if (turn.action.type === 'wait-until') waited.add(key);
  return { ...assessment, ok: true, score: assessment.ok ? assessment.score : 1, action: turn.action, reason: assessment.ok ? `${assessment.reason}; ${turn.reason}` : turn.reason, ...(turn.stay ? { stay: true } : {}) };
}

/** Waits for a condition can be taken: the operator knows the wait-until action (the browser; not the desktop yet). */
const mayWaitFor = (context: PolicyContext) => context.actionSpace?.types.includes('wait-until') === true;

/** The key in `waited` of the first look's wait. */
const FIRST_LOOK_KEY = 'first-look';
/** How long the first look waits for the first step's target to show, ms. */
export const FIRST_LOOK_TIMEOUT_MS = 6_000;

/**
 * The first step does not ground at the first look, though no wait was
 * recorded: the page may still be building what the person found there
 * (a control that appears after a moment, which the recorder did not see
 * missing when its first look came late). Wait once, briefly, for an element
 * of the target's name to show; when it does not, the step is refused on its
 * own grounds.
 */
function firstLookWait(assessment: StepAssessment, planned: PlannedStep, context: PolicyContext, waited: Set<string>): StepAssessment {
  if (assessment.ok || context.history.length > 0 || waited.has(FIRST_LOOK_KEY)) return assessment;
  const turn = waitTurn({ wait: { kind: 'shows', pauseMs: 0 }, step: planned.step, bindings: planned.bindings, action: undefined, elements: context.observation.elements, waited: false });
  if (turn.kind !== 'act' || turn.action.type !== 'wait-until') return assessment;
  const action = { ...turn.action, timeoutMs: FIRST_LOOK_TIMEOUT_MS };
  const name = 'shows' in action.until ? action.until.shows.name : '';
  // Something of that name is on the page already: the step is refused for another reason, which waiting does not change.
  if (!name || context.observation.elements.some((element) => !element.states.hidden && [element.text, element.label, element.value].some((text) => text !== undefined && containsWhole(text, name)))) return assessment;
  waited.add(FIRST_LOOK_KEY);
  return { ...assessment, ok: true, score: 1, action, stay: true, reason: `the first step does not ground yet (${assessment.reason}): the page may still be building it, so wait up to ${FIRST_LOOK_TIMEOUT_MS} ms for ${JSON.stringify(name)} to show` };
}

/**
 * A wait for the target to show or be enabled that another demonstration of
 * the same kind recorded at this step (the same action on the same role),
 * when the followed one recorded none: a demonstration without the wait may
 * only have looked late (under load, its first look came after the target
 * was ready). A watched number is not borrowed: its comparison is the
 * task's and the followed demonstration did not watch it.
 */
function kinWait(planned: PlannedStep, planIndex: number, kin: readonly DemonstrationPlan[]): PlannedWait | undefined {
  const role = targetDescriptorsOf(planned.step)[0]?.role;
  for (const other of kin) {
    const step = other.steps[planIndex];
    const wait = step?.waitFor;
    if (!wait || wait.kind === 'value' || step.step.action.type !== planned.step.action.type || targetDescriptorsOf(step.step)[0]?.role !== role) continue;
    return wait;
  }
  return undefined;
}

/**
 * A click whose target is disabled now, when the demonstration's was not,
 * waits until it is enabled even though no wait was recorded: a disabled
 * control takes no press, and a person would wait for it (the recorder sees
 * no wait when its first look came after the control was ready, as under
 * load). A wait that runs out is refused like a recorded one.
 */
function withDisabledTargetWait(assessment: StepAssessment, step: Step, elements: readonly UIElement[]): StepAssessment {
  const action = assessment.action;
  if (action?.type !== 'click' || action.when || !('elementId' in action.target)) return assessment;
  const targetId = action.target.elementId;
  const target = elements.find((element) => element.id === targetId);
  if (!target?.states.disabled) return assessment;
  const shown = step.action.type === 'click' ? step.action.target : undefined;
  const demonstrated = shown && 'elementId' in shown ? step.observation.elements.find((element) => element.id === shown.elementId) : undefined;
  if (demonstrated?.states.disabled) return assessment;
  return {
    ...assessment,
    action: { ...action, when: { until: { enabled: { elementId: targetId } }, timeoutMs: MIN_TIMEOUT_MS } },
    reason: `${assessment.reason}; [${targetId}] is disabled now (the demonstration's target was not): clicks once it is enabled`,
  };
}

/**
 * The replay policy's turn for a stored step with a recorded wait (its own
 * task, so a watched number's comparison comes from the same words): the
 * action to take instead of the grounded one, a refusal, or undefined to act
 * as grounded.
 */
export function replayWaitTurn(step: Step, demoTask: string, task: string, action: Action | undefined, elements: readonly UIElement[], waited: boolean): Exclude<WaitTurn, { kind: 'as-grounded' }> | undefined {
  const wait = recordedWaitOf(step);
  if (!wait) return undefined;
  const turn = waitTurn({ wait: planWait(wait, demoTask, task, step.index), step, bindings: [], action, elements, waited });
  return turn.kind === 'as-grounded' ? undefined : turn;
}
