/**
 * Grounding one planned (demonstrated) step on the current observation: each
 * element target is found again by its descriptor (ground-target.ts), typed
 * text and options are rewritten with the slot bindings, and the step's
 * score is its weakest target's score.
 */
import { pressedItemProblem } from './rules/pressed-item.js';
import type { Action, Target } from '../../core/action.js';
import type { BoundingBox as Box, UIElement } from '../../core/observation.js';
import { boxCentre } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { groundTarget, type GroundTargetOptions } from './ground-target.js';
import { targetDescriptorsOf, type PlannedStep } from './planned-step.js';
import { substitute } from './text-match.js';
import { pageValueFor } from './rules/typed-values.js';
import { pageTokenFor } from './rules/page-token.js';
import { fieldKeyedValueFor } from './rules/field-keyed-value.js';
import { wordPickFor } from './rules/word-pick.js';
import { lookupElementFor, lookupValueFor } from './rules/page-lookup.js';
import { derivedValueFor } from './rules/derived-values.js';
import { checkedOf } from './checked-glyphs.js';
import { demonstratedInDialog } from './dialog-place.js';
import { dialogScope, keysIntoDialog } from './rules/dialog-steps.js';
import { inFieldForm } from './rules/date-formats.js';
import { wordToSelect } from './rules/selected-word.js';
import { rowWordProblem } from './rules/row-words.js';
import { rowChoiceProblem } from './rules/row-choice.js';
import { unledRowKeyProblem } from './rules/row-key-wording.js';
import { dayOptionFor, redatedOptionFor } from './rules/day-options.js';
import { optionNamed, withoutAside } from './rules/option-aside.js';
import { countWrittenOption } from './rules/count-option.js';
import { clockHourFor, halfPressFor } from './rules/clock-hour.js';
import { confirmTreeGuess, readByOcrAlone, treeGuessAt, treeGuessOf } from './rules/tree-guess.js';

/** Score of a step whose target is a point: replayed at the same place, which is weaker evidence than an element. */
const POINT_TARGET_SCORE = 0.7;
/** Score of a step whose demonstrated target was OCR's guess, confirmed by the one element of a tree that agrees (rules/tree-guess.ts). */
const CONFIRMED_GUESS_SCORE = 0.8;

export type StepGrounding =
  /** `stay`: the action only brings the step closer (an hour chosen, its AM / PM still to press: rules/clock-hour.ts). */
  | { ok: true; action: Action; score: number; reason: string; stay?: boolean }
  /** Nothing to do: the state the step was meant to produce is already there. */
  | { ok: true; satisfied: true; score: number; reason: string }
  | { ok: false; score: number; reason: string };

/**
 * One action of a step that stays current over several turns (a counter stepped, a column sorted, a list scrolled):
 * `stay` keeps the step for the next turn, `visitKey` (a state seen, under the step's prefix) tells going round from
 * getting nearer.
 */
export interface RepeatedGrounding {
  grounding: StepGrounding;
  visitKey?: string;
  stay?: boolean;
}

/**
 * A step grounded turn after turn until the page reads as it asks (a slider's value, a counter's number, a column's
 * order): the planned step, the page's elements, the states seen so far, this step's prefix for its visit keys, and
 * the demonstration's task text.
 */
export type RepeatedGrounder = (planned: PlannedStep, elements: readonly UIElement[], visited: ReadonlySet<string>, prefix: string, demoTask: string) => RepeatedGrounding;

export function groundStep(planned: PlannedStep, shownElements: readonly UIElement[], demoTask?: string, typedValues?: readonly string[]): StepGrounding {
  const { step, bindings } = planned;
  // A step taken inside a dialog is taken inside a dialog now, one taken on the page on the page (rules/dialog-steps.ts).
  const scope = dialogScope(planned, shownElements);
  if (scope.kind === 'absent') return { ok: true, satisfied: true, score: 1, reason: scope.reason };
  if (scope.kind === 'dialog' && scope.elements.length === 0) {
    return { ok: false, score: 0, reason: 'the demonstration took this step inside a dialog, and no dialog is on this screen' };
  }
  const elements = scope.kind === 'any' ? shownElements : scope.elements;
  // Keys without a target go where the focus is: not into a dialog that took it (rules/dialog-steps.ts).
  const keys = keysIntoDialog(planned, shownElements);
  if (keys) return { ok: false, score: 0, reason: keys };
  const rowWord = rowWordProblem(planned, elements); // exactly one row shows the shared word the step's row was told by (rules/row-words.ts)
  if (rowWord) return { ok: false, score: 0, reason: rowWord };
  const unledRow = unledRowKeyProblem(planned, elements); // exactly one row shows a value one task led with a preposition (rules/row-key-wording.ts)
  if (unledRow) return { ok: false, score: 0, reason: unledRow };
  const rowChoice = rowChoiceProblem(planned, elements); // exactly one row shows the value that chose a row whose caption is its data (rules/row-choice.ts)
  if (rowChoice) return { ok: false, score: 0, reason: rowChoice };
  const descriptors = targetDescriptorsOf(step);
  let descriptorIndex = 0;
  let score = 1;
  const reasons: string[] = [];
  let failure: string | undefined;

  const ground = (target: Target, options: GroundTargetOptions = {}): Target | undefined => {
    if (!('elementId' in target)) return groundPoint(target);
    const descriptor: TargetDescriptor | undefined = descriptors[descriptorIndex++];
    if (!descriptor) {
      failure = `the demonstration did not record what element ${target.elementId} was`;
      score = 0;
      return undefined;
    }
    // The demonstrated target was itself OCR's guess where the tree was not read: only a tree's element confirms it (rules/tree-guess.ts).
    if (treeGuessOf(descriptor) !== undefined) return confirmedGuess(descriptor);
    const demonstrated = step.observation.elements.find((element) => element.id === target.elementId);
    const grounding = groundTarget(descriptor, bindings, elements, { demoTask, demoElements: step.observation.elements, ...(typedValues ? { typedValues } : {}), ...(planned.rowKeys ? { rowKeys: planned.rowKeys } : {}), ...(demonstratedInDialog(step) ? { inDialog: true } : {}), ...(readByOcrAlone(demonstrated) ? { demonstratedOnOcr: true } : {}), ...options });
    score = Math.min(score, grounding.score);
    reasons.push(grounding.reason);
    if (!grounding.element) {
      failure = grounding.reason;
      return undefined;
    }
    return { elementId: grounding.element.id };
  };

  /**
   * A demonstrated point (a drop spot) lay on some element: find that element
   * again and keep the point's relative place on it; else replay the point.
   * For a drop, `source` is the dragged element then and now: where it lay on
   * the other side of the drop element than in the demonstration (dragged up
   * instead of down), the point's place is mirrored along that axis — a
   * person aims at the far edge of the slot, whichever way they drag.
   */
  /** OCR's guess the demonstration stored (the tree was not read then): the one tree element confirming it, else a refusal. */
  const confirmedGuess = (guess: TargetDescriptor): Target | undefined => {
    const confirmed = confirmTreeGuess(guess, bindings, elements);
    if (!confirmed.ok) {
      failure = confirmed.reason;
      score = 0;
      return undefined;
    }
    score = Math.min(score, CONFIRMED_GUESS_SCORE);
    reasons.push(confirmed.reason);
    return { elementId: confirmed.element.id };
  };

  const groundPoint = (point: { x: number; y: number }, source?: { then: Box; now: Box }): Target => {
    // A point stored with OCR's guess beside it is never replayed as a point: the guess is confirmed, or refused.
    // (A scroll only needs the pointer over the list: what OCR read under it chooses nothing.)
    const scrolling = step.action.type === 'scroll';
    const guess = scrolling ? undefined : treeGuessAt(step, point);
    if (guess) return confirmedGuess(guess) ?? point;
    const under = step.observation.elements
      .filter((element) => point.x >= element.box.x && point.x <= element.box.x + element.box.width && point.y >= element.box.y && point.y <= element.box.y + element.box.height)
      .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
    const parent = under?.parentId === undefined ? undefined : step.observation.elements.find((element) => element.id === under.parentId);
    const grounding = under ? groundTarget({ ...under, context: parent?.text || undefined }, bindings, elements, { demoTask }) : undefined;
    // Two elements under the point fit about equally well: replaying the point would pick one of them by chance.
    // The best is OCR's guess where a tree was not read: neither it nor the bare point is certain (rules/tree-guess.ts).
    if (grounding?.nearTie || (grounding?.guess && !scrolling)) {
      failure = `the demonstrated point lay on ${grounding.reason}`;
      score = 0;
      return point;
    }
    const found = grounding && grounding.score >= POINT_TARGET_SCORE ? grounding.element : undefined;
    // A point the recorder kept for one item of a row shown as one element (rules/pressed-item.ts).
    const item = pressedItemProblem(step.details, under, found, bindings);
    if (item) {
      failure = item;
      score = 0;
      return point;
    }
    if (under && grounding && found) {
      let fx = under.box.width > 0 ? (point.x - under.box.x) / under.box.width : 0.5;
      let fy = under.box.height > 0 ? (point.y - under.box.y) / under.box.height : 0.5;
      const box = found.box;
      if (source) {
        const side = (of: Box, on: Box, axis: 'x' | 'y') => Math.sign(boxCentre(of)[axis] - boxCentre(on)[axis]);
        for (const axis of ['x', 'y'] as const) {
          const then = side(source.then, under.box, axis);
          const now = side(source.now, box, axis);
          if (then !== 0 && now !== 0 && then !== now) {
            if (axis === 'x') fx = 1 - fx;
            else fy = 1 - fy;
            reasons.push(`the dragged element lies on the other side of the drop element (${axis}) than in the demonstration: the drop point is mirrored`);
          }
        }
      }
      score = Math.min(score, grounding.score);
      reasons.push(`point on ${grounding.reason}`);
      return { x: Math.round(box.x + fx * box.width), y: Math.round(box.y + fy * box.height) };
    }
    score = Math.min(score, POINT_TARGET_SCORE);
    reasons.push(`point (${point.x}, ${point.y}) replayed as demonstrated`);
    return point;
  };

  const action = step.action;
  let grounded: Action | undefined;
  switch (action.type) {
    case 'click':
    case 'double-click':
    case 'right-click':
    case 'hover':
    case 'copy': {
      // A field copied at a task key's row and a caption: the one at the new key's (rules/page-lookup.ts).
      const looked = action.type === 'copy' && planned.lookup ? lookupElementFor(planned.lookup, elements) : undefined;
      if (looked) return looked.ok ? { ok: true, action: { type: 'copy', target: { elementId: looked.element.id } }, score: looked.score, reason: looked.reason } : { ok: false, score: 0, reason: looked.reason };
      // A press on AM / PM sets the half of the task's time, not the demonstrated one (rules/clock-hour.ts).
      const half = action.type === 'click' && 'elementId' in action.target ? halfPressFor(step.observation.elements.find((candidate) => candidate.id === (action.target as { elementId: number }).elementId), bindings, elements) : undefined;
      if (half && !half.ok) return { ok: false, score: 0, reason: half.reason };
      if (half && 'satisfied' in half) return { ok: true, satisfied: true, score: 1, reason: half.reason };
      if (half && 'click' in half) return { ok: true, action: { type: 'click', target: { elementId: half.click.id } }, score: 1, reason: half.reason };
      // A word selected inside an editor: its text is what changes, the word is found in it (rules/selected-word.ts).
      const target = ground(action.target, action.type === 'double-click' && action.word ? { ignoreText: true } : {});
      if (target && action.type === 'double-click' && action.word) {
        const picked = wordToSelect(action.word, step.details, bindings, 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined);
        if (!picked.ok) return { ok: false, score: 0, reason: picked.reason };
        score = Math.min(score, picked.score);
        reasons.push(picked.reason);
        grounded = { type: 'double-click', target, word: picked.word };
      } else if (target) grounded = { type: action.type, target };
      break;
    }
    case 'paste': {
      const target = action.target ? ground(action.target) : undefined;
      if (target || !action.target) grounded = { ...action, ...(target ? { target } : {}) };
      break;
    }
    case 'type': {
      let text = planned.typeText ?? substitute(action.text, bindings).text;
      if (planned.pageToken) {
        // A word read off the page, told by a piece of the task (rules/page-token.ts).
        const read = pageTokenFor(planned.pageToken, text, bindings, elements, action.target && 'elementId' in action.target ? action.target.elementId : undefined);
        if (!read.ok) return { ok: false, score: 0, reason: read.reason };
        text = read.text;
        reasons.push(read.reason);
      }
      if (planned.copyFrom && !planned.copyFrom.keyedByField && !planned.copyFrom.word) {
        const read = planned.lookup ? lookupValueFor(planned.lookup, elements) : pageValueFor(planned.copyFrom, bindings, elements);
        if (!read.ok) return { ok: false, score: 0, reason: read.reason };
        text = read.text;
        score = Math.min(score, read.score);
        reasons.push(read.reason);
      }
      if (action.target) {
        // A field whose label keyed the row is found by place, not by that label (it varies with the rows).
        const target = ground(action.target, planned.copyFrom?.keyedByField ? { ignoreText: true, ignoreLabel: true } : {});
        if (target && 'elementId' in target && planned.copyFrom?.keyedByField) {
          // The row the grounded field's label names (rules/field-keyed-value.ts).
          const read = fieldKeyedValueFor(elements.find((element) => element.id === target.elementId), planned.copyFrom.element, elements);
          if (!read.ok) return { ok: false, score: 0, reason: read.reason };
          text = read.text;
          score = Math.min(score, read.score);
          reasons.push(read.reason);
        } else if (planned.copyFrom?.keyedByField) return { ok: false, score: 0, reason: 'the value is read in the row named by the field typed into, and that field is not found' };
        if (planned.copyFrom?.word) {
          // The Nth word of a text on the page (rules/word-pick.ts).
          const read = wordPickFor({ element: planned.copyFrom.element, word: planned.copyFrom.word }, target && 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined, elements);
          if (!read.ok) return { ok: false, score: 0, reason: read.reason };
          text = read.text;
          score = Math.min(score, read.score);
          reasons.push(read.reason);
        }
        if (target && planned.derived) {
          // A number worked out from the field's (or the page's) number and the task's (rules/derived-values.ts).
          const field = 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined;
          const worked = derivedValueFor(planned.derived, field, bindings, elements);
          if (!worked.ok) return { ok: false, score: 0, reason: worked.reason };
          text = worked.text;
          reasons.push(worked.reason);
        }
        // A date or time field spells the form it wants in its placeholder: write the value so (rules/date-formats.ts).
        const field = target && 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined;
        const form = inFieldForm(text, field?.attributes?.['placeholder'], bindings.map((binding) => binding.new));
        if (form && 'problem' in form) return { ok: false, score: 0, reason: form.problem };
        if (form) text = form.text;
        if (target) grounded = { ...action, text, target };
      } else {
        grounded = { ...action, text };
      }
      if (text !== action.text) reasons.push(`types ${JSON.stringify(text)} for ${JSON.stringify(action.text)}`);
      break;
    }
    case 'select': {
      const option = substitute(action.option, bindings).text;
      const target = ground(action.target);
      if (target && 'elementId' in target) {
        const element = elements.find((candidate) => candidate.id === target.elementId);
        // A day bound plainly ("Thursday", "May 23") is the one option showing that day, written the page's way (rules/day-options.ts).
        // An option may carry an aside after its name ("Yearly (save 15%)" for "yearly"), and the aside of the
        // demonstrated option is its own: "Yearly (save 15%)" bound to monthly is "Monthly" (rules/option-aside.ts).
        const bare = withoutAside(action.option);
        const rebound = bare !== action.option ? substitute(bare, bindings).text : undefined;
        const named = (options: readonly string[]) =>
          optionNamed(option, options) ?? (rebound !== undefined && rebound !== bare ? optionNamed(rebound, options) : undefined) ?? dayOptionFor(option, options) ??
          // A count bound as a number word where the list writes digits ("2 adults" for "three of us" is "3 adults"): rules/count-option.ts.
          countWrittenOption(action.option, bindings, options) ??
          // A day option whose weekday goes with its date ("Mon, 17 Mar" with 17 → 19 is "Wed, 19 Mar"): rules/day-options.ts.
          redatedOptionFor(action.option, option, bindings, options);
        // An hour list counting another clock than the demonstrated one: the new time's hour on this clock, its AM / PM beside (rules/clock-hour.ts).
        const demonstrated = 'elementId' in action.target ? step.observation.elements.find((candidate) => candidate.id === (action.target as { elementId: number }).elementId) : undefined;
        const clock = element ? clockHourFor(action.option, demonstrated?.options, bindings, element, elements) : undefined;
        if (clock && !clock.ok) return { ok: false, score: 0, reason: clock.reason };
        if (clock && 'satisfied' in clock) return { ok: true, satisfied: true, score, reason: clock.reason };
        if (clock && 'click' in clock) return { ok: true, action: { type: 'click', target: { elementId: clock.click.id } }, score, reason: [...reasons, clock.reason].join('; '), stay: clock.stay };
        if (clock) return { ok: true, action: { type: 'select', target, option: clock.option }, score, reason: [...reasons, clock.reason].join('; '), stay: clock.stay };
        const known = element?.options ? named(element.options) : undefined;
        if (element?.options && !known) {
          // The operator knows the options: an option that is not there is a certain failure, not a guess.
          score = Math.min(score, 0.3);
          reasons.push(`option ${JSON.stringify(option)} is not among ${element.options.length} options`);
        }
        grounded = { type: 'select', target, option: known ?? option, ...(action.modifiers ? { modifiers: action.modifiers } : {}) };
        if ((known ?? option) !== action.option) reasons.push(`selects ${JSON.stringify(known ?? option)} for ${JSON.stringify(action.option)}`);
      }
      break;
    }
    case 'scroll': {
      if (action.target) {
        // The scrolled container's text is its content, which is what changes: find it by structure.
        const target = ground(action.target, { ignoreText: true, scrolling: true });
        if (target) {
          grounded = { ...action, target };
        } else {
          // Scrolling the page instead of a lost container is a reasonable stand-in.
          grounded = { type: 'scroll', deltaX: action.deltaX, deltaY: action.deltaY };
          failure = undefined;
          score = POINT_TARGET_SCORE;
        }
      } else {
        grounded = action;
      }
      break;
    }
    case 'drag': {
      const from = ground(action.from);
      const source = (target: Target, among: readonly UIElement[]) =>
        'elementId' in target ? among.find((element) => element.id === target.elementId)?.box : undefined;
      const then = source(action.from, step.observation.elements);
      const now = from ? source(from, elements) : undefined;
      const to = !from
        ? undefined
        : 'elementId' in action.to
          ? ground(action.to)
          : groundPoint(action.to, then && now ? { then, now } : undefined);
      if (from && to) grounded = { type: 'drag', from, to, ...(action.path ? { path: action.path } : {}) }; // the way kept (actions/drag-path.ts)
      break;
    }
    case 'press':
    case 'wait':
    case 'done':
      grounded = action;
      break;
  }
  if (!grounded || failure) return { ok: false, score: failure ? 0 : score, reason: failure ?? reasons.join('; ') };
  if (planned.intendedChecked !== undefined && grounded.type === 'click' && 'elementId' in grounded.target) {
    const id = grounded.target.elementId;
    const element = elements.find((candidate) => candidate.id === id);
    if (element && checkedOf(element) === planned.intendedChecked) {
      return { ok: true, satisfied: true, score, reason: `[${element.id}] is already ${planned.intendedChecked ? 'checked' : 'unchecked'}, as the demonstrated click left it` };
    }
  }
  return { ok: true, action: grounded, score, reason: reasons.join('; ') || `${action.type} needs no target` };
}
