/**
 * The plainest observation text: one line per element, `[id] role "text"`.
 * Used where no task-aware abstraction is wanted; see abstract.ts for the
 * compact, budgeted one prompts carry.
 */
import type { Observation, UIElement } from '../core/observation.js';
import type { StepObservation } from '../core/trajectory.js';

export function describeElement(element: UIElement): string {
  const parts = [`[${element.id}]`, element.role];
  if (element.text) parts.push(JSON.stringify(element.text));
  if (element.label && element.label !== element.text) parts.push(`label=${JSON.stringify(element.label)}`);
  if (element.value !== undefined && element.value !== '') parts.push(`value=${JSON.stringify(element.value)}`);
  for (const [state, on] of Object.entries(element.states)) if (on) parts.push(state);
  return parts.join(' ');
}

export function listElements(observation: Observation): StepObservation {
  return {
    text: observation.elements.map(describeElement).join('\n'),
    elements: observation.elements,
    url: observation.page.url,
    title: observation.page.title,
  };
}
