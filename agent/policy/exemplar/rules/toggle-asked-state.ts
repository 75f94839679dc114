/**
 * Rule: a planned click on a tick box or switch leaves it in the state the
 * demonstration's click left its own (planned-step.ts intendedChecked: the
 * step is skipped where the box already shows that state). A person setting
 * a setting sets it to what the request asks, not to what the example
 * happened to ask: "Settings: personalised ads off." unticked its box, and
 * followed for "I'd like activity history and contact sync on from now." the
 * same untick would find both boxes off already, skip them, and the save
 * would leave them off — a confident wrong answer.
 *
 * So every such step is checked against the new task: the name it acts on
 * (the new value its binding put in, else the demonstrated control's own
 * name, or the name its caption leads with over a describing line:
 * leading-name.ts) is read for the state the task asks of it
 * (switch-states.ts askedStatesOfNames: "turn on X", "X off", "I'd like X
 * on", "no more X", "I don't want X"). Where the task asks it the other
 * state, the plan is refused, naming both. Where the task tells no state of
 * it for sure (a name not found whole, "never untick X", words that tell
 * both) nothing is added: the other checks judge as before. Only tick boxes
 * and switches — a radio's click is a choice, which no "off" undoes.
 *
 * Safe: it only adds a blocking problem; a demonstration that asked the
 * same state ("enable location sharing" followed for "personalised ads on")
 * is followed as before. Planning half only; pure, no task knowledge.
 */
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { targetedElements } from '../planned-step.js';
import { checkableName } from '../checked-glyphs.js';
import { askedStatesOfNames, type AskedState } from './switch-states.js';
import { leadingName } from './leading-name.js';
import type { TaskValueProblem } from './task-values.js';

/** Roles whose click turns a state on or off (a radio only chooses). */
const SETTABLE_ROLES: ReadonlySet<string> = new Set(['checkbox', 'switch']);

/** The state the task asks of the first of `names` it names whole and tells a state of for sure. */
function askedOf(task: string, names: readonly string[]): { name: string; state: AskedState } | undefined {
  const states = askedStatesOfNames(task, names);
  const at = states.findIndex((state) => state !== undefined);
  return at < 0 ? undefined : { name: names[at]!, state: states[at]! };
}

/** The names a planned toggle acts on in the new task: its bindings' new values, else the demonstrated control's own. */
function namesActedOn(planned: PlannedStep, caption: string): string[] {
  if (planned.bindings.length > 0) return planned.bindings.map((binding) => binding.new);
  const leading = leadingName(caption);
  return leading ? [caption, leading] : [caption];
}

/** Blocking problems for toggles the plan would leave in the other state than the one the task asks of them. */
export function toggleStateProblems(plan: DemonstrationPlan): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  plan.steps.forEach((planned) => {
    if (planned.intendedChecked === undefined || planned.step.action.type !== 'click') return;
    const element = targetedElements(planned.step)[0];
    if (!element || !SETTABLE_ROLES.has(element.role)) return;
    const caption = checkableName(element);
    const asked = askedOf(plan.task, namesActedOn(planned, caption));
    const shown = (element.text || element.label || caption).trim();
    if (!asked || (asked.state === 'on') === planned.intendedChecked) return;
    const left = planned.intendedChecked ? 'on' : 'off';
    problems.push({
      text: `the task asks "${asked.name}" ${asked.state}, but the demonstration's step ${planned.sourceIndex + 1} turned "${shown}" ${left}: followed, it would leave "${asked.name}" ${left}`,
      blocking: true,
      help: `a demonstration that turns a setting ${asked.state}, or a model for the hybrid policy (--policy hybrid)`,
    });
  });
  return problems;
}
