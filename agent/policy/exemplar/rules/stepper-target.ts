/**
 * Rule: a number the demonstration reached by stepping a counter ("split it
 * 5 ways": "+" pressed until the count between "−" and "+" showed 5) is a
 * target, not a count of presses: a task naming another number steps the
 * counter until it shows that number, from wherever it starts on this page,
 * with the demonstrated control or its opposite ("−" for "+").
 *
 * Planning half `markStepperTargets`: a run of identical clicks whose
 * target's surroundings (its recorded context) read one whole number that
 * moved by one at each press, the others unchanged, and that the last press
 * left at the slot's old number — that run becomes one step stepping to the
 * slot's new number, its row keyed by the one other slot whose old value
 * its row alone showed (the item: "socks" → the row showing "Socks"). Only when exactly one run reads so. A run whose length
 * is the number itself stays a count (click-count.ts, which runs first) when a text says a change by it ("3 more"). A
 * single press shows nothing moving: it is a stepper's only when its control
 * is an arrow of a known pair (opposite-control.ts: "+" / "−"), never a "🗑"
 * that happens to stand beside a count, and its direction is the arrow's ("−" lowers).
 *
 * Grounding half `groundStepperTarget`: the demonstrated control is grounded
 * as usual (or its opposite, rules/opposite-control.ts), the counter read as
 * the nearest whole number beside it on its line; one press per turn until the
 * counter shows the number. A counter that cannot be read, does not move, or
 * an opposite control not beside the counter is refused, and so is a control
 * of several alike beside counters when no row key says which. Pure.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import type { PlannedStep, RowKey, RuleContext } from '../planned-step.js';
import { stepStrings, targetDescriptorsOf, targetedElements } from '../planned-step.js';
import { containsWhole } from '../text-match.js';
import { groundStep, type RepeatedGrounding, type StepGrounding } from '../ground-step.js';
import { countValue } from '../number-words.js';
import { oppositeTarget, pressDirection } from './opposite-control.js';
import { rowKeyOf } from './row-choice.js';
import { labelNamesRow, ownTextHolds } from '../row-keys.js';
import { clickRuns, dropCountBindings, MAX_COUNT } from './click-count.js';
import { counterRun } from './counter-run.js';

export interface StepperTarget {
  /** The number the counter must show. */
  wanted: number;
  /** The slot value it stands for, as the task writes it. */
  of: string;
  /** +1 when the demonstrated control raised the counter, −1 when it lowered it. */
  direction: 1 | -1;
}

const WHOLE = /^\d+$/;


/** Rewrite each slot whose old number a run of presses stepped a counter to (see the head of this file). */
export function markStepperTargets(steps: PlannedStep[], context: Pick<RuleContext, 'slots' | 'unusedSlots' | 'notes'>): void {
  for (const slot of context.slots) {
    if (slot.list || slot.old.length !== 1 || slot.new.length !== 1) continue;
    // A slot some step typed, chose or pressed by its value is no counter's; one only its rows' text showed (the card around
    // the counter showing the count: row-keys.ts) is.
    const unused = context.unusedSlots.includes(slot);
    if (!unused && steps.some((planned) => stepStrings(planned.step).some((text) => containsWhole(text, slot.old[0]!)))) continue;
    const [old, now] = [countValue(slot.old[0]!), countValue(slot.new[0]!)];
    // The same number is still a target (rules/item-edits.ts slots it: "set olive oil to 3" / "three pasta"): this
    // page's counter starts elsewhere, so the presses are not replayed. Word alignments never slot a value unchanged.
    if (old === undefined || now === undefined || now < 0 || now > MAX_COUNT) continue;
    const runs = clickRuns(steps).flatMap(([start, length]) => {
      if (steps[start]!.clickCount || steps[start]!.stepperTarget) return [];
      const counter = counterRun(steps.slice(start, start + length).map((planned) => targetDescriptorsOf(planned.step)[0]?.context));
      // One press shows no number moving: only an arrow of a known pair ("+" / "−") is a stepper then, not a "🗑" beside a count.
      const descriptor = targetDescriptorsOf(steps[start]!.step)[0];
      if (length === 1 && (!descriptor || !oppositeTarget(descriptor))) return [];
      // Nor which way it went: the arrow says ("−" lowers), and one whose words point both ways or neither is no stepper.
      const direction = length === 1 ? pressDirection(descriptor!) : counter?.direction;
      return counter && direction && counter.start + length * direction === old ? [{ start, length, direction }] : [];
    });
    if (runs.length !== 1) continue;
    const { start, length, direction } = runs[0]!;
    if (!targetDescriptorsOf(steps[start]!.step)[0]) continue;
    const stepper: PlannedStep = { ...steps[start]!, stepperTarget: { wanted: now, of: slot.new[0]!, direction } };
    steps.splice(start, length, stepper);
    if (unused) context.unusedSlots.splice(context.unusedSlots.indexOf(slot), 1);
    dropCountBindings(steps, slot as TaskSlot);
    // The count is no row key nor paged-to item of the steps after: the page shows it because the counter was stepped there.
    for (const planned of steps) {
      if (planned.pagedItem?.old === slot.old[0] && planned.pagedItem?.new === slot.new[0]) delete planned.pagedItem;
      if (!planned.rowKeys) continue;
      const keys = planned.rowKeys.filter((key) => !(key.old === slot.old[0] && key.new === slot.new[0]));
      if (keys.length > 0) planned.rowKeys = keys;
      else delete planned.rowKeys;
    }
    // With the count gone, the row is the item's: another slot whose old value showed in the stepped row alone
    // ("socks" for the row showing "Socks") keys it (row-choice.ts), as a row key of any click would.
    if (!stepper.rowKeys) {
      const items = context.slots.filter((other) => other !== slot && !other.list && other.old.length === 1 && other.new.length === 1 && countValue(other.old[0]!) === undefined);
      const target = targetDescriptorsOf(stepper.step)[0]!;
      const element = targetedElements(stepper.step)[0];
      const keys = items.flatMap((other): RowKey[] => {
        // A value the control's own name holds ("Increase Socks") is rewritten there — and keys the row too when its card
        // alone shows it outside that name (row-keys.ts labelNamesRow): a page whose "+" has no name is stepped in that row.
        if (ownTextHolds({ text: target.text ?? '', label: target.label }, other.old[0]!)) {
          return element && labelNamesRow(element, stepper.step.observation.elements, other.old[0]!) ? [{ old: other.old[0]!, new: other.new[0]!, labelNamed: true as const }] : [];
        }
        const found = rowKeyOf(stepper.step, other.old[0]!);
        return found ? [{ old: other.old[0]!, new: other.new[0]!, ...found }] : [];
      });
      if (keys.length === 1) stepper.rowKeys = keys;
    }
    context.notes.push(`the demonstration pressed a control ${length} times until its counter showed ${JSON.stringify(slot.old[0])}: steps the counter to ${now} for ${JSON.stringify(slot.new[0])}`);
  }
}

/** Gap (in widths of the control) within which a number beside it on its line is its counter. */
const BESIDE_WIDTHS = 4;

/**
 * The counter of a stepper control: the nearest whole number on its line, beside it (within a few of its widths), under the
 * same parent — the number between "−" and "+". Undefined when there is none, or two as near.
 */
export function counterBeside(element: UIElement, elements: readonly UIElement[]): { value: number; element: UIElement } | undefined {
  const middle = (box: UIElement['box']) => box.y + box.height / 2;
  const gap = (other: UIElement) => Math.max(other.box.x - (element.box.x + element.box.width), element.box.x - (other.box.x + other.box.width), 0);
  const numbers = elements
    .filter((other) => other.parentId === element.parentId && other.id !== element.id && other.role !== 'button' && !other.states.hidden && WHOLE.test(other.text.trim()))
    .filter((other) => Math.abs(middle(other.box) - middle(element.box)) <= Math.max(other.box.height, element.box.height) / 2)
    .filter((other) => gap(other) <= BESIDE_WIDTHS * Math.max(element.box.width, 1))
    .sort((a, b) => gap(a) - gap(b));
  if (numbers.length === 0 || (numbers.length > 1 && gap(numbers[1]!) === gap(numbers[0]!))) return undefined;
  return { value: Number(numbers[0]!.text.trim()), element: numbers[0]! };
}

/** One press towards the wanted number per turn, satisfied when the counter shows it (see the head of this file). */
export function groundStepperTarget(
  planned: PlannedStep,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  demoTask: string,
): RepeatedGrounding {
  const { wanted, direction } = planned.stepperTarget!;
  const { stepperTarget: _target, ...plain } = planned;
  const control = groundStep(plain, elements, demoTask);
  const clicked = (grounding: StepGrounding) =>
    grounding.ok && 'action' in grounding && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? elements.find((element) => element.id === (grounding.action as { target: { elementId: number } }).target.elementId) : undefined;
  const element = clicked(control);
  if (!element) return { grounding: control.ok ? { ok: false, score: 0, reason: 'the stepper control is not found to press' } : control };
  // Several such controls, each beside its own counter (a cart's rows), and no row the task names: which counter is
  // meant is a guess — its place among them is the demonstration's row, not the task's.
  const alike = elements.filter((other) => other.role === element.role && other.text.trim() === element.text.trim() && !other.states.hidden && counterBeside(other, elements) !== undefined);
  if (alike.length > 1 && !(planned.rowKeys?.length ?? 0)) {
    return { grounding: { ok: false, score: 0, reason: `${alike.length} controls like the stepped ${JSON.stringify(element.text.trim())} stand beside counters here, and the task names no row to tell which counter to step` } };
  }
  const counter = counterBeside(element, elements);
  if (!counter) return { grounding: { ok: false, score: 0, reason: 'no one number beside the stepper control reads its count' } };
  if (counter.value === wanted) return { grounding: { ok: true, satisfied: true, score: 1, reason: `the counter shows ${wanted}` } };
  const visitKey = `${prefix}${counter.value}`;
  if (visited.has(visitKey)) return { grounding: { ok: false, score: 0, reason: `the counter stays at ${counter.value} while stepping it to ${wanted}` } };
  if (Math.abs(wanted - counter.value) > MAX_COUNT) return { grounding: { ok: false, score: 0, reason: `the counter shows ${counter.value}, too many presses from ${wanted}` } };
  const up = wanted > counter.value;
  if (up === (direction === 1)) return { visitKey, stay: true, grounding: { ...control, reason: `the counter shows ${counter.value}: press towards ${wanted} (${control.reason})` } };
  const descriptor = targetDescriptorsOf(planned.step)[0]!;
  const opposite = oppositeTarget(descriptor);
  if (!opposite) return { grounding: { ok: false, score: 0, reason: `the counter shows ${counter.value}, above ${wanted}, and the demonstrated control has no known opposite` } };
  const other = groundStep({ ...plain, step: { ...planned.step, targets: [opposite] } }, elements, demoTask);
  const otherElement = clicked(other);
  if (!otherElement || otherElement.parentId !== element.parentId || otherElement.states.disabled === true) {
    return { grounding: other.ok ? { ok: false, score: 0, reason: `the counter shows ${counter.value}, and no enabled opposite control beside it lowers it to ${wanted}` } : other };
  }
  return { visitKey, stay: true, grounding: { ...other, reason: `the counter shows ${counter.value}: press the opposite control towards ${wanted} (${other.reason})` } };
}
