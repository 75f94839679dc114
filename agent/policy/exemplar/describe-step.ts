/**
 * A demonstrated step in words a user reads: the element it acted on by its
 * role and name ("click the button "Submit""), not by an element number that
 * meant something only on the demonstration's screen.
 */
import { describeAction } from '../../core/action.js';
import type { Step } from '../../core/trajectory.js';
import { targetDescriptorsOf } from './plan-demonstration.js';

export function describeDemonstratedStep(step: Step): string {
  const descriptors = targetDescriptorsOf(step);
  let index = 0;
  return describeAction(step.action).replace(/\[\d+\]/g, (id) => {
    const target = descriptors[index++];
    if (!target) return id;
    const name = (target.text || target.label || '').trim().slice(0, 40);
    return `the ${target.role}${name ? ` ${JSON.stringify(name)}` : ''}`;
  });
}
