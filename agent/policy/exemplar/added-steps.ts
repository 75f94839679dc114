/**
 * Steps a rule adds to a demonstration for something its person never had to
 * do (a field left at its value, a choice the page already showed): shaped like
 * a recorded step, on the observation of the step it goes before, with the
 * control shown as it was before the added action (a radio not yet ticked), so
 * the plan grounds and skips it like a recorded one. Used by
 * rules/left-fields.ts and rules/preset-choice.ts.
 */
import type { Observation, UIElement } from '../../core/observation.js';
import { describeTarget } from '../../core/describe-target.js';
import type { Step, TargetDescriptor } from '../../core/trajectory.js';
import { targetDescriptorsOf } from './planned-step.js';

/** How an element looked, as a recorded target is described (describeTarget), without its value: the value it showed is no ask of the page at hand. */
export function valuelessDescriptor(element: UIElement, observation: Pick<Observation, 'elements'>): TargetDescriptor {
  const { value: _shownValue, ...descriptor } = describeTarget(element, observation);
  return descriptor;
}

/**
 * The step doing `action` on `target` — the control as it looked before it —
 * on `before`'s observation with its elements replaced by `elements` (where
 * the control shows so).
 */
export function addedStep(before: Step, elements: UIElement[], target: UIElement, action: Step['action'], details: Record<string, string>): Step {
  const observation = { ...before.observation, elements };
  return { index: before.index, observation, action, targets: [valuelessDescriptor(target, observation)], result: { ok: true }, details, timings: {} };
}

/** Where in `steps` a step on `element` goes: before the first step (or the "done") whose target lies after it in the page's reading order. */
export function placeInPageOrder(steps: readonly Step[], element: UIElement): number {
  const box = element.box;
  const after = (other: TargetDescriptor['box']) => other.y > box.y + box.height / 2 || (Math.abs(other.y - box.y) <= box.height / 2 && other.x > box.x);
  const at = steps.findIndex((step) => step.action.type === 'done' || targetDescriptorsOf(step).some((target) => after(target.box)));
  return at < 0 ? steps.length : at;
}
