/**
 * The checks that turn a grounded step into a refusal, and the words that
 * say what would help: a value that comes neither from the task nor from
 * the page, a final click before the screen holds what the task asks for.
 */
import { enteredValue, type Action } from '../../core/action.js';
import type { PolicyContext } from '../../core/policy.js';
import type { UIElement } from '../../core/observation.js';
import type { DemonstrationPlan, PlannedStep } from './plan-demonstration.js';
import { normalizeText } from './text-match.js';
import { typedValueProblem } from './rules/typed-values.js';
import { withoutAside } from './rules/option-aside.js';
import { judgeTaskState, pageChangedBetween } from '../../checks/task-state.js';
import { unconfirmedFinalState } from './rules/unverified-demonstration.js';

/** A text about to be typed or chosen that comes neither from the task nor from the page (rules/typed-values.ts). */
export function valueProblem(plan: DemonstrationPlan, planned: PlannedStep, action: Action, elements: readonly UIElement[]): { reason: string; help: string } | undefined {
  const demonstrated = planned.step.action;
  if (!(action.type === 'type' && demonstrated.type === 'type') && !(action.type === 'select' && demonstrated.type === 'select')) return undefined;
  // An option is the value named before its aside: "Yearly (save 15%)" chosen for "yearly" (rules/option-aside.ts).
  const entered = (taken: Action) => (taken.type === 'select' ? withoutAside(taken.option) : (enteredValue(taken) ?? ''));
  const reason = typedValueProblem({
    demonstrated: entered(demonstrated),
    text: entered(action),
    demoTask: plan.trajectory.task,
    task: plan.task,
    elements,
    ...(action.type === 'type' && action.target && 'elementId' in action.target ? { targetId: action.target.elementId } : {}),
    // A page value, a worked-out number or a task value in the form the task names (rules/value-transforms.ts).
    fromPage: planned.copyFrom !== undefined || planned.derived !== undefined || planned.typeText !== undefined || planned.pageToken !== undefined,
  });
  return reason === undefined
    ? undefined
    : { reason, help: 'a task text that gives the value (in quotes), a demonstration whose typed values come from its task or its page, or a model for the hybrid policy (--policy hybrid)' };
}

/**
 * Before the plan's final click (the one that submits), the screen must hold
 * what the task asks for: fields hold what was typed, lists show what was
 * chosen, the ticked boxes are the named ones (agent/checks/task-state.ts).
 */
export function finalStateProblem(plan: DemonstrationPlan, planIndex: number, action: Action, context: PolicyContext): { reason: string; help: string } | undefined {
  if (planIndex !== plan.steps.length - 1 || action.type !== 'click') return undefined;
  // The element this final click acts on is set by it, not judged before it (a lone switch turned on).
  const pendingTarget = 'elementId' in action.target ? action.target.elementId : undefined;
  const verdict = judgeTaskState({ task: context.task, observation: context.observation, history: context.history, ...(pendingTarget === undefined ? {} : { pendingTarget }) });
  const unconfirmed = unconfirmedFinalState(plan.trajectory, verdict);
  if (unconfirmed) return { reason: unconfirmed, help: UNCONFIRMED_HELP };
  return verdict.ok
    ? undefined
    : {
        reason: `the state the task asks for is not there before this final step: ${verdict.reason}`,
        help: stateHelp(verdict.reason),
      };
}

/** What helps when the screen does not hold what the task asks: a field that cut the value, or a state the demonstration never reached. */
export function stateHelp(reason: string): string {
  return /\bholds\b/.test(reason)
    ? 'a look at why the page did not take the value (a length limit, a format), another demonstration on such a page, or a model for the hybrid policy (--policy hybrid)'
    : 'another demonstration of this task recorded on a page in this state (for example one with other items already ticked), or a model for the hybrid policy (--policy hybrid)';
}

/** The demonstration's page changed after the step the plan ends with (seen in the next stored step). */
export function demonstratedEffect(plan: DemonstrationPlan): boolean {
  const last = plan.steps.at(-1);
  const next = last ? plan.trajectory.steps[last.sourceIndex + 1] : undefined;
  return last !== undefined && next !== undefined && pageChangedBetween(last.step.observation, next.observation);
}

/** What helps when the element a name finds is not at the position the task names. */
export const POSITION_HELP = 'a demonstration where the element at that position has another name than in this one, or a model for the hybrid policy (--policy hybrid)';

/** What helps when an unverified demonstration's result cannot be confirmed on the screen. */
export const UNCONFIRMED_HELP = 'recording the demonstration again so that it replays (understudy record says whether it does), or a model for the hybrid policy (--policy hybrid)';

/** What helps when a step cannot be grounded on the screen. */
export const GROUNDING_HELP =
  'another demonstration of this task recorded on a screen like this one, or a model for the hybrid policy (--policy hybrid) to take the steps the demonstration does not cover';

/** A visible element whose text or value is exactly this answer (spacing and case aside). */
export function answerShown(answer: string, elements: readonly UIElement[]): UIElement | undefined {
  const wanted = normalizeText(answer);
  if (wanted === '') return undefined;
  return elements.find((element) => !element.states.hidden && [element.text, element.value ?? ''].some((field) => normalizeText(field) === wanted));
}
