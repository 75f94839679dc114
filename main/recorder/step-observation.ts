/**
 * The observation a recorded step stores: the project's task-aware
 * abstraction (agent/observation/abstract.ts), so recorded demonstrations look
 * like the agent's own steps. Elements the action refers to are always kept, so a stored action
 * never points at an id its own observation lacks; secret field values are
 * masked unless the person opted in.
 */
import type { Observation, UIElement } from '../../agent/core/observation.js';
import type { StepObservation } from '../../agent/core/trajectory.js';
import { abstractStep } from '../../agent/observation/abstract.js';
import { describeElement } from '../../agent/observation/list-elements.js';
import { isSecretField, SECRET_PLACEHOLDER } from '../../agent/safety/secret-fields.js';

/** Mask the values of secret-looking fields (their typed text is a secret too). */
export function maskSecretValues(observation: Observation): Observation {
  const elements = observation.elements.map((element): UIElement =>
    element.value && isSecretField({ inputType: element.inputType, label: element.label, attributes: element.attributes })
      ? { ...element, value: SECRET_PLACEHOLDER }
      : element,
  );
  return { ...observation, elements };
}

/**
 * The stored observation of one step: abstracted, secrets masked (unless
 * allowed), and holding every element the action refers to.
 */
export function stepObservation(
  observation: Observation,
  task: string,
  referencedIds: readonly number[],
  options: { allowSecrets: boolean },
): StepObservation {
  const source = options.allowSecrets ? observation : maskSecretValues(observation);
  const abstracted = abstractStep(source, task);
  const present = new Set(abstracted.elements.map((element) => element.id));
  const missing = source.elements.filter((element) => referencedIds.includes(element.id) && !present.has(element.id));
  if (missing.length === 0) return abstracted;
  return {
    ...abstracted,
    text: [abstracted.text, ...missing.map(describeElement)].filter(Boolean).join('\n'),
    elements: [...abstracted.elements, ...missing],
  };
}
