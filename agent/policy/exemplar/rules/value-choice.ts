/**
 * Rule: a row chosen by a value the task names ("the folder that shows 14
 * unread") can be served by a demonstration that chose its row by comparison
 * ("the folder with the fewest unread messages").
 *
 * The demonstration compared one quantity across alike rows (an
 * `extremePick`, superlatives.ts): that says which elements are the rows and
 * which quantity each shows. When the new task names a number where the
 * demonstration's task had the comparison (an alignment slot "with the
 * fewest" → "that shows 14"), the step becomes a choice by that value: click
 * the one row whose compared quantity equals it. No row, or several, is a
 * refusal — never the look-alike at the demonstrated place.
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { kindOf, type PlannedStep, type RuleContext } from '../planned-step.js';
import { quantityIn, rowText, superlativeOf, type QuantityKind } from '../superlatives.js';
import { tokenizeTask } from '../task-tokens.js';
import { taskNumbers } from './derived-values.js';
import { comparisonsIn } from './comparison-choice.js';
import { countsMeasure, qualified } from './comparison-bounds.js';

/**
 * Where `number` (of the slot's new side `slotText`) stands in `task`, when it stands there for the compared
 * quantity: no comparative or ordinal beside it ("fewer than 17 unread" is a bound, not the row showing 17), and
 * the word after it one the comparison's `measure` carries ("17 read messages" counts another thing).
 */
function standsForComparison(task: string, slotText: string, number: string, measure: readonly string[] | undefined): boolean {
  const slotAt = task.indexOf(slotText);
  const at = slotAt < 0 ? -1 : task.indexOf(number, slotAt);
  return at >= 0 && !qualified(task, at, at + number.length) && countsMeasure(task, at, at + number.length, measure);
}

/** Choose, among alike elements, the one whose row shows this quantity. */
export interface ValuePick {
  kind: string;
  quantity: QuantityKind;
  value: number;
  /** The value as the task writes it, and the words it replaces in the demonstration's task. */
  text: string;
  replaces: string;
}

/** Score of a click on the one row that shows the named value. */
const VALUE_PICK_SCORE = 0.85;

const hasSuperlative = (text: string) => tokenizeTask(text).some((token) => token.kind === 'word' && superlativeOf(token.norm) !== undefined);

/**
 * Turn comparison steps into choices by value where the new task names a
 * number in place of the comparison; the slots they account for leave
 * `unusedSlots`.
 */
export function markValuePicks(steps: PlannedStep[], context: Pick<RuleContext, 'task' | 'slots' | 'unusedSlots' | 'notes'>): void {
  if (comparisonsIn(context.task).length > 0) return;
  for (const planned of steps) {
    const pick = planned.extremePick;
    if (!pick?.choice) continue;
    const slot = context.slots.find((candidate) => !candidate.list && hasSuperlative(candidate.old[0]!) && !hasSuperlative(candidate.new[0]!));
    const numbers = slot ? taskNumbers(slot.new[0]!) : [];
    if (!slot || numbers.length !== 1) continue;
    const number = numbers[0]!;
    if (!standsForComparison(context.task, slot.new[0]!, number.text, pick.choice.measure)) continue;
    planned.valuePick = { kind: pick.kind, quantity: pick.choice.quantity, value: number.value, text: number.text, replaces: slot.old[0]! };
    delete planned.extremePick;
    const unused = context.unusedSlots.indexOf(slot);
    if (unused >= 0) context.unusedSlots.splice(unused, 1);
    context.notes.push(
      `demonstrated step ${planned.sourceIndex + 1} chose its row by comparison (${JSON.stringify(slot.old[0])}); this task names ${JSON.stringify(slot.new[0])}: picks the one row whose ${pick.choice.quantity} is ${number.value}`,
    );
  }
}

/** The click on the one row whose quantity is the named value, or why there is none. */
export function groundValuePick(
  pick: ValuePick,
  elements: readonly UIElement[],
): { ok: true; action: { type: 'click'; target: { elementId: number } }; score: number; reason: string } | { ok: false; score: 0; reason: string } {
  const peers = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
  if (peers.length === 0) return { ok: false, score: 0, reason: 'no rows like the demonstrated one are on screen' };
  const values = peers.map((peer) => quantityIn(rowText(peer, elements, peers), pick.quantity));
  const matching = peers.filter((_, index) => values[index] === pick.value);
  const shown = values.map((value) => (value === undefined ? '?' : String(value))).join(', ');
  if (matching.length === 0) return { ok: false, score: 0, reason: `no row of ${peers.length} shows ${pick.text} (${shown})` };
  if (matching.length > 1) return { ok: false, score: 0, reason: `${matching.length} rows show ${pick.text} (${shown}): which one the task means is a guess` };
  const element = matching[0]!;
  return {
    ok: true,
    action: { type: 'click', target: { elementId: element.id } },
    score: VALUE_PICK_SCORE,
    reason: `[${element.id}] is the one row of ${peers.length} that shows ${pick.text} (${shown}), where the demonstration chose ${JSON.stringify(pick.replaces)}`,
  };
}
