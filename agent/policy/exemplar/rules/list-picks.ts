/**
 * Rule: a task that names several items ("Choose exactly Kiwis and Cherries")
 * is done only when every item is picked, and picked so that the picks add
 * up.
 *
 * - Every item of a list the task names must be used by some step of the
 *   plan (typed, chosen, clicked, or among the names an "ensure checked"
 *   step ticks). A plan that would act on fewer items than the task names is
 *   refused, saying how many the task names and which the plan leaves out.
 * - Several options picked in one list box add up only while Ctrl is held
 *   (a plain click replaces the selection). When a plan repeats a
 *   demonstrated pick for each item, the picks after the first hold the
 *   modifier the demonstration held for its later picks (Control when it
 *   showed none), as a person picking several options would.
 *
 * Pure functions over a plan; no task knowledge.
 */
import type { Modifier } from '../../../core/action.js';
import type { Step } from '../../../core/trajectory.js';
import { optionPlaceOf } from './value-places.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import type { TaskValueProblem } from './task-values.js';

/** The strings a planned step will use once rewritten for the new task. */
function plannedStrings(planned: PlannedStep): string[] {
  const rewritten = stepStrings(planned.step).map((text) => substitute(text, planned.bindings).text);
  return [...rewritten, ...(planned.ensureChecked?.names ?? [])];
}

/**
 * The items of the task's lists that no planned step uses. Slots the plan
 * already reports as unused (rules/task-values.ts) are not counted again.
 * Only items the demonstration itself used whole are judged: in "Send the
 * form as Ada Lovelace, ada@example.org, department Press" the list's last
 * item is "department Press", and the demonstration chose only "Press" — its
 * counterpart in a new task is judged by the task-value rules, not here.
 */
export function unpickedItems(plan: Pick<DemonstrationPlan, 'alignment' | 'unusedSlots' | 'steps'> & { trajectory?: DemonstrationPlan['trajectory'] }): { items: string[]; missing: string[] }[] {
  const strings = plan.steps.flatMap(plannedStrings);
  // What the demonstration itself acted on: all its steps when the plan carries it, else the planned steps' originals.
  const demonstrated = (plan.trajectory?.steps ?? plan.steps.map((planned) => planned.step)).flatMap(stepStrings);
  const usedWhole = (item: string, texts: readonly string[]) => texts.some((text) => containsWhole(text, item) || normalizeText(text) === normalizeText(item));
  const gaps: { items: string[]; missing: string[] }[] = [];
  for (const slot of plan.alignment.slots) {
    if (!slot.list || slot.new.length < 2 || plan.unusedSlots.includes(slot)) continue;
    // Item by item when both lists are as long; otherwise only when the demonstration used every item of its own whole.
    const judged = slot.new.filter((_, index) =>
      slot.old.length === slot.new.length ? usedWhole(slot.old[index]!, demonstrated) : slot.old.every((item) => usedWhole(item, demonstrated)),
    );
    const missing = judged.filter((item) => !usedWhole(item, strings));
    if (missing.length > 0) gaps.push({ items: slot.new, missing });
  }
  return gaps;
}

export function listPickProblems(plan: Pick<DemonstrationPlan, 'alignment' | 'unusedSlots' | 'steps'> & { trajectory?: DemonstrationPlan['trajectory'] }): TaskValueProblem[] {
  return unpickedItems(plan).map(({ items, missing }) => {
    const picked = items.filter((item) => !missing.includes(item));
    return {
      text:
        `the task names ${items.length} items (${items.join(', ')}); the demonstration's steps would pick ${picked.length}` +
        `${picked.length > 0 ? ` (${picked.join(', ')})` : ''} and nothing in them picks ${missing.map((item) => JSON.stringify(item)).join(', ')}`,
      blocking: true,
    };
  });
}

const ADDING: readonly Modifier[] = ['Control', 'Meta'];

/**
 * The list boxes (as value-places.ts names their options' place: "option of Favourites") whose first demonstrated
 * pick held no modifier: a plain click replaces the selection, and the picks after it add up (accumulatePicks), so
 * repeating the picks for other items leaves exactly those items selected, whatever the page had selected before.
 * A first pick holding Control, Meta or Shift adds to what was there: no such list. Only a native <select>: a custom
 * list box's option is clicked without modifiers, and a plain click there may toggle rather than replace.
 */
export function replacingListBoxes(steps: readonly Step[]): Set<string> {
  const first = new Map<string, Step>();
  for (const step of steps) {
    const target = targetDescriptorsOf(step)[0];
    if (step.action.type !== 'select' || target?.role !== 'listbox' || target.tag !== 'select') continue;
    const place = optionPlaceOf(target);
    if (!first.has(place)) first.set(place, step);
  }
  return new Set([...first].flatMap(([place, step]) => (step.action.type === 'select' && (step.action.modifiers ?? []).length === 0 ? [place] : [])));
}

/** Which list a select step picks in: role, label and stable attributes of its target. */
function listKey(planned: PlannedStep): string | undefined {
  if (planned.step.action.type !== 'select') return undefined;
  const target = targetDescriptorsOf(planned.step)[0];
  if (!target || target.role !== 'listbox') return undefined;
  return [target.role, normalizeText(target.label), target.attributes?.['id'] ?? '', target.attributes?.['name'] ?? ''].join('|');
}

/**
 * Make repeated picks in one list box add up: each pick of another option
 * after the first holds Control (or the adding modifier the demonstration
 * held). Returns the plan's steps, copied where changed, and a note per list.
 */
export function accumulatePicks(steps: readonly PlannedStep[]): { steps: PlannedStep[]; notes: string[] } {
  const byList = new Map<string, number[]>();
  steps.forEach((planned, index) => {
    const key = listKey(planned);
    if (key !== undefined) byList.set(key, [...(byList.get(key) ?? []), index]);
  });
  const result = [...steps];
  const notes: string[] = [];
  for (const indices of byList.values()) {
    const optionOf = (index: number) => {
      const action = steps[index]!.step.action;
      return action.type === 'select' ? normalizeText(substitute(action.option, steps[index]!.bindings).text) : '';
    };
    if (new Set(indices.map(optionOf)).size < 2) continue;
    // The modifier the demonstration added picks with, else Control.
    const shown = indices
      .map((index) => steps[index]!.step.action)
      .flatMap((action) => (action.type === 'select' ? (action.modifiers ?? []) : []))
      .find((modifier) => ADDING.includes(modifier));
    const adding: Modifier = shown ?? 'Control';
    const seen = new Set<string>([optionOf(indices[0]!)]);
    let changed = 0;
    for (const index of indices.slice(1)) {
      const option = optionOf(index);
      const planned = steps[index]!;
      const action = planned.step.action;
      if (seen.has(option) || action.type !== 'select') continue;
      seen.add(option);
      if (action.modifiers?.some((modifier) => ADDING.includes(modifier) || modifier === 'Shift')) continue;
      result[index] = { ...planned, step: { ...planned.step, action: { ...action, modifiers: [...(action.modifiers ?? []), adding] } } };
      changed++;
    }
    if (changed > 0) notes.push(`holds ${adding} for ${changed} later pick(s) in one list box, so the picks add up`);
  }
  return { steps: result, notes };
}
