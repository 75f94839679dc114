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
 * (the new value a binding of its own put in — one whose old value its
 * caption shows —, else the demonstrated control's own
 * name, or the name its caption leads with over a describing line:
 * leading-name.ts) is read for the state the task asks of it
 * (switch-states.ts askedStatesOfNames: "turn on X", "X off", "I'd like X
 * on", "no more X", "I don't want X"). Where the task asks it the other
 * state, the plan is refused, naming both. Where the task tells no state of
 * it for sure (a name not found whole, "never untick X", words that tell
 * both) nothing is added: the other checks judge as before. Only tick boxes
 * and switches — a radio's click is a choice, which no "off" undoes.
 *
 * A click kept on the demonstrated control itself (no binding of its own) whose name
 * the demonstration's task named and the new task does not is refused too:
 * "I don't want location sharing, email lookup and two-step login any
 * more." followed for "I don't want online status and email lookup any
 * more." must not untick Two-step login, which the new request never names
 * (its steps were about the settings its task listed). A click on a control
 * the demonstration's task never named ("Remember me" ticked on the way) is
 * left alone.
 *
 * Safe: it only adds a blocking problem; a demonstration that asked the
 * same state ("enable location sharing" followed for "personalised ads on")
 * is followed as before. Planning half only; pure, no task knowledge.
 */
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { targetedElements } from '../planned-step.js';
import { checkableName } from '../checked-glyphs.js';
import { askedStatesOfNames, type AskedState } from './switch-states.js';
import { findWhole } from '../text-match.js';
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

/** The step's bindings that rename its own control (the old value is in its caption), not another slot of the task. */
function ownBindings(planned: PlannedStep, caption: string): PlannedStep['bindings'] {
  return planned.bindings.filter((binding) => findWhole(caption, binding.old) !== undefined);
}

/** The names a planned toggle acts on in the new task: its bindings' new values, else the demonstrated control's own. */
function namesActedOn(planned: PlannedStep, caption: string, shown: string): string[] {
  const bound = ownBindings(planned, caption);
  if (bound.length > 0) return bound.map((binding) => binding.new);
  // The leading name is read off the caption as shown: its capitals tell where the describing line starts.
  const leading = leadingName(shown);
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
    const shown = (element.text || element.label || caption).trim();
    const names = namesActedOn(planned, caption, shown);
    // A setting the demonstration's task named, acted on again for a task that names it nowhere.
    if (ownBindings(planned, caption).length === 0 && names.some((name) => findWhole(plan.trajectory.task, name)) && !names.some((name) => findWhole(plan.task, name))) {
      problems.push({
        text: `the demonstration's step ${planned.sourceIndex + 1} turned "${shown}" ${planned.intendedChecked ? 'on' : 'off'} because its task named it; this task does not name it`,
        blocking: true,
      });
      return;
    }
    const asked = askedOf(plan.task, names);
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
