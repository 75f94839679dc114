/**
 * A target descriptor: how the element an action targeted looked before the
 * action, so a later run can find "the same" element on a new state.
 */
import { actionElementIds, type Action } from './action.js';
import type { Observation, UIElement } from './observation.js';
import { findElement } from './observation.js';
import type { TargetDescriptor } from './trajectory.js';

/** Longest context text kept, characters. */
const CONTEXT_LIMIT = 80;

export function describeTarget(element: UIElement, observation: Pick<Observation, 'elements'>): TargetDescriptor {
  const parent = element.parentId === undefined ? undefined : findElement(observation, element.parentId);
  const context = parent?.text ? parent.text.slice(0, CONTEXT_LIMIT) : undefined;
  return {
    role: element.role,
    tag: element.tag,
    text: element.text,
    label: element.label,
    value: element.value,
    inputType: element.inputType,
    ...(element.group ? { group: element.group } : {}),
    ordinal: element.ordinal,
    context,
    box: element.box,
    attributes: element.attributes,
  };
}

/** Descriptors of the elements an action targets on `observation`, in the order of its targets (points have none). */
export function describeTargets(action: Action, observation: Observation): TargetDescriptor[] {
  const descriptors: TargetDescriptor[] = [];
  for (const id of actionElementIds(action)) {
    const element = findElement(observation, id);
    if (element) descriptors.push(describeTarget(element, observation));
  }
  return descriptors;
}
