/**
 * The recording quality check: can this step's target be told apart from
 * every other element by what its descriptor says? If another element has
 * the same role, text and label, replay has only position and ordinal left
 * to go on, and the person is warned while they can still redo the step.
 */
import type { Observation, UIElement } from '../../agent/core/observation.js';

function key(element: UIElement): string {
  return [element.role, element.text.trim().toLowerCase(), (element.label ?? '').trim().toLowerCase()].join('\u0000');
}

/** The element's visible name, for messages. */
export function nameOf(element: UIElement): string {
  return `${element.role} ${JSON.stringify(element.text || element.label || element.attributes?.['id'] || '')}`;
}

/**
 * A warning when the element is not described uniquely in the observation
 * (another element has the same role, text and label), else undefined. A DOM
 * id or name that tells them apart counts as unique.
 */
export function describeUniqueness(element: UIElement, observation: Observation): string | undefined {
  const twins = observation.elements.filter((other) => other.id !== element.id && key(other) === key(element));
  if (twins.length === 0) return undefined;
  const distinguishing = ['id', 'name'].some((attribute) => {
    const mine = element.attributes?.[attribute];
    return mine !== undefined && twins.every((twin) => twin.attributes?.[attribute] !== mine);
  });
  if (distinguishing) return undefined;
  const empty = !element.text && !element.label;
  return `the target ${nameOf(element)} is not unique: ${twins.length} other element(s) ${empty ? 'with no text or label' : 'look the same'}; replay will rely on its position${element.ordinal !== undefined ? ` (ordinal ${element.ordinal})` : ''}`;
}
