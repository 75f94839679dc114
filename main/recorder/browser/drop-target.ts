/**
 * What a recorded drag dropped on, described when the drop is stored as a
 * point (the dragged element itself lay under the pointer at release, as in
 * a list that reorders while dragging): the slot of its list it took, or the
 * element under the drop point, read in the observation taken as the press
 * began (the same reading the offline policy makes, rules/drop-place.ts). A
 * drop on nothing describable is flagged: a new instance can only replay its
 * screen point, and the policy refuses that on a page laid out otherwise.
 */
import type { Target } from '../../../agent/core/action.js';
import type { Observation } from '../../../agent/core/observation.js';
import { dropOn } from '../../../agent/policy/exemplar/rules/drop-place.js';

export function describeDrop(observation: Observation, from: Target, to: Target): { details?: Record<string, unknown>; warnings: string[] } {
  if (!('elementId' in from) || 'elementId' in to) return { warnings: [] };
  const drop = dropOn(observation.elements, from.elementId, to);
  if (!drop) return { warnings: [] };
  if (drop.slot) return { details: { dropOn: { slot: drop.slot.place + 1, of: drop.slot.count, from: drop.slot.from + 1 } }, warnings: [] };
  if (drop.on) return { details: { dropOn: { role: drop.on.descriptor.role, text: drop.on.descriptor.text || drop.on.descriptor.label || '' } }, warnings: [] };
  return {
    warnings: [
      `drag end: the drop point (${Math.round(to.x)}, ${Math.round(to.y)}) lies on no element the recording can describe; a new instance drops there only on a page laid out the same, else the policy refuses`,
    ],
  };
}
