/**
 * What the two path rules share (menu-path.ts: menus of any depth; tree-path.ts:
 * folders of any depth): walking up from an element, and the plan that follows
 * a path by its names in place of the demonstration's own steps.
 */
import type { UIElement } from '../../../core/observation.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';

/** The ids above an element, nearest first (an id may belong to an element the observation did not keep). */
export function ancestorIds(element: UIElement, byId: ReadonlyMap<number, UIElement>): number[] {
  const ids: number[] = [];
  for (let id = element.parentId; id !== undefined && !ids.includes(id); id = byId.get(id)?.parentId) ids.push(id);
  return ids;
}

/**
 * The plan as a path: these steps replace the demonstration's; every word of the task is a name of the path
 * or a word of reaching it, so nothing is left unused and the path is no list whose items each need a pick
 * of their own (rules/list-picks.ts); both tasks are paths and nothing else, so the same kind of task
 * however worded.
 */
export function asPathPlan(plan: DemonstrationPlan, steps: PlannedStep[], note: string): DemonstrationPlan {
  return {
    ...plan,
    steps,
    alignment: { ...plan.alignment, slots: [], unpaired: [] },
    problems: [],
    unusedSlots: [],
    fit: Math.max(plan.fit, 0.75 + 0.25 * plan.alignment.score),
    notes: [...plan.notes.filter((line) => !/never acted on/.test(line)), note],
  };
}
