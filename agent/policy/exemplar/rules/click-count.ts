/**
 * Rule: a number the task names that the demonstration carried out as that
 * many identical clicks ("Select 3 with the spinner": three clicks on the
 * up arrow) is a count: a task naming another number of the same sign
 * repeats the click that many times (none for 0).
 *
 * Planning only. The run of identical clicks must be exactly |n| long and the
 * number must be used nowhere else in the demonstration; a number of the other
 * sign ("-3" where the demonstration clicked 3 times for "3") asks for the
 * opposite control (rules/opposite-control.ts: "▼" for "▲"); when the clicked
 * control has no known opposite, the slot stays unused and the plan is
 * refused (rules/task-values.ts). The sign is part of the number (task-tokens.ts).
 */
import type { TaskSlot } from '../align-tasks.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import { oppositeTarget } from './opposite-control.js';

/** Most clicks a count may ask for: beyond this a number is no click count a person would do. */
const MAX_COUNT = 50;

const integer = (text: string | undefined): number | undefined => (text !== undefined && /^[-−]?\d+$/.test(text.trim()) ? Number(text.trim().replace('−', '-')) : undefined);

/** The same click (same kind, same target) as another step. */
function clickKey(planned: PlannedStep): string | undefined {
  const action = planned.step.action;
  return action.type === 'click' ? JSON.stringify(action.target) : undefined;
}

/** Runs of identical consecutive clicks: [start, length]. */
function clickRuns(steps: readonly PlannedStep[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let index = 0; index < steps.length; ) {
    const key = clickKey(steps[index]!);
    let end = index + 1;
    while (key !== undefined && end < steps.length && clickKey(steps[end]!) === key) end++;
    if (key !== undefined) runs.push([index, end - index]);
    index = end;
  }
  return runs;
}

/**
 * Repeat each counted click run as many times as the new number says; the
 * slots so used leave `unusedSlots`. A slot whose number counts a click run
 * counts it even where something else seemed to use it (the 3 of "show 3"
 * is no "3rd" button); with the other sign it joins `unusedSlots`, so the
 * plan is refused.
 */
export function markClickCounts(steps: PlannedStep[], slots: readonly TaskSlot[], unusedSlots: TaskSlot[], notes: string[]): void {
  for (const slot of slots) {
    if (slot.list || slot.kind !== 'number' || slot.old.length !== 1 || slot.new.length !== 1) continue;
    const old = integer(slot.old[0]);
    const now = integer(slot.new[0]);
    if (old === undefined || now === undefined || old === 0) continue;
    const runs = clickRuns(steps).filter(([, length]) => length === Math.abs(old));
    if (runs.length !== 1) continue;
    const unused = unusedSlots.indexOf(slot);
    const [start, length] = runs[0]!;
    const otherSign = now !== 0 && Math.sign(now) !== Math.sign(old);
    const demonstrated = steps[start]!.step;
    const opposite = otherSign ? targetDescriptorsOf(demonstrated).map(oppositeTarget) : [];
    if ((otherSign && (opposite.length !== 1 || !opposite[0])) || Math.abs(now) > MAX_COUNT) {
      if (unused < 0) unusedSlots.push(slot);
      notes.push(`the demonstration clicked ${Math.abs(old)} times for ${JSON.stringify(slot.old[0])}; ${JSON.stringify(slot.new[0])} needs another control or too many clicks`);
      continue;
    }
    // The other sign: the same number of clicks on the opposite control.
    const step = otherSign ? { ...demonstrated, targets: [opposite[0]!] } : demonstrated;
    const copies = Array.from({ length: Math.abs(now) }, () => ({ ...steps[start]!, step, clickCount: { of: slot.new[0]! } }));
    steps.splice(start, length, ...copies);
    if (unused >= 0) unusedSlots.splice(unused, 1);
    const on = otherSign ? ` on the opposite control ${JSON.stringify(opposite[0]!.text || opposite[0]!.label || '')}` : '';
    notes.push(`the demonstration clicked ${length} times for ${JSON.stringify(slot.old[0])}: clicks ${copies.length} times${on} for ${JSON.stringify(slot.new[0])}`);
  }
}
