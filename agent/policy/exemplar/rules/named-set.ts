/**
 * Rule: names the task gives one by one ("mark "milk" and "apples"") can be
 * one set of checked elements, even when the alignment paired them as
 * separate slots ("milk" → "onions", "apples" → "lentils") rather than as a
 * list.
 *
 * The demonstration's toggles are judged against every such name at once: a
 * demonstration that clicked only "apples" because "milk" was ticked
 * already left exactly {milk, apples} checked, which no single name
 * explains. When the set of names does, the plan makes exactly the new
 * names checked (plan-demonstration.ts's "ensure checked" step), whatever
 * the new page started with.
 *
 * Only slots whose old value names an element of the toggled group join the
 * set, so a button caption ("Done" → "Submit") stays a slot of its own.
 * Pure functions, no task knowledge.
 */
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { checkableName, checkedOf } from '../checked-glyphs.js';
import { normalizeText } from '../text-match.js';

/** The set rule of plan-demonstration.ts: do these clicks leave exactly `names` checked? */
export type CheckedSetRule = (steps: readonly Step[], names: readonly string[]) => { positions: number[]; role: string } | undefined;

export interface NamedSet {
  positions: number[];
  role: string;
  /** The new names to leave checked. */
  names: string[];
  /** The slots the set stands for (none of them is bound on its own). */
  slots: TaskSlot[];
}

/**
 * The single-value slots whose old values together are exactly the checked
 * set the demonstration left, when there are two or more of them.
 */
export function namedSetOf(steps: readonly Step[], slots: readonly TaskSlot[], rule: CheckedSetRule): NamedSet | undefined {
  const checkable = new Set<string>();
  for (const step of steps) {
    for (const element of step.observation.elements) if (checkedOf(element) !== undefined) checkable.add(checkableName(element));
  }
  const members = slots.filter((slot) => !slot.list && checkable.has(normalizeText(slot.old[0])));
  if (members.length < 2) return undefined;
  const found = rule(steps, members.map((slot) => slot.old[0]!));
  if (!found) return undefined;
  return { ...found, names: members.map((slot) => slot.new[0]!), slots: members };
}
