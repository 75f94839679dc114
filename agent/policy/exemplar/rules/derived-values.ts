/**
 * Rule: a number the demonstration typed may be worked out, not copied.
 *
 * "Add 3 more tickets" was demonstrated by typing 7 into a quantity field
 * that held 4: the 7 is in neither the task nor the page, it is the page's
 * 4 plus the task's 3. Copying it (or refusing it as a value from nowhere)
 * is wrong; a person recomputes it: the new page's number, combined the same
 * way with the new task's number.
 *
 * Planning half (`markDerivedValues`): for each demonstrated typed number
 * that is not simply a number of its task, look for the one relation
 * `typed = page ∘ task` (∘ one of +, −, ×) that explains it, with the page
 * number read before the step — first the field's own value, then (only
 * when that explains nothing) another text on the screen that shows a single
 * number. The relation is kept on the plan step (`derived`) and the task
 * number is bound to the new task's counterpart. Planning refuses, with the
 * reason, when two relations (or a relation and the plain task number) fit,
 * when the new task has no counterpart for the number, or when the two tasks
 * word the change differently ("Increase" here, "Lower" there): the same
 * arithmetic need not hold then.
 *
 * Grounding half (`derivedValueFor`): read the page number in the same place
 * on the new screen and compute; refuse when it is not there.
 *
 * Pure functions, no task knowledge beyond English words for changing a
 * quantity.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { tokenizeTask } from '../task-tokens.js';
import { containsWhole, normalizeText, type Binding } from '../text-match.js';
import { numberWordValue } from '../number-words.js';
import { quantityIn } from '../superlatives.js';
import { pageValueFor, pageValueSource, type PageValueSource } from './typed-values.js';
import type { TaskValueProblem } from './task-values.js';
import { dropChangeSlots, rewordedDerivation, targetToChange } from './quantity-change.js';
import { changeWords, changeWordsAsWritten } from './change-words.js';

export type Operation = 'plus' | 'minus' | 'times';

/** A typed number worked out from a number of the page and one of the task. */
export interface DerivedValue {
  operation: Operation;
  /** The task's number: as the demonstration's task wrote it and its value, and this task's value. */
  operand: { text: string; old: number; new: number };
  /** Where the page number is read: the typed-into field's own value, or another element's text. */
  page: { field: true } | { source: PageValueSource };
  /** The demonstration's page number and typed number, for reasons. */
  demonstrated: { page: number; typed: number };
  /** Decimals to write the result with (the demonstration's typed form). */
  decimals: number;
}

const SYMBOL: Record<Operation, string> = { plus: '+', minus: '−', times: '×' };

function apply(operation: Operation, page: number, operand: number): number {
  const value = operation === 'plus' ? page + operand : operation === 'minus' ? page - operand : page * operand;
  return Math.round(value * 1e9) / 1e9;
}

/** A plain number as typed ("7", "2.5"), else undefined. */
function plainNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** The numbers a task writes, as digits or small number words, with how each is written. */
export function taskNumbers(task: string): { text: string; value: number }[] {
  const found: { text: string; value: number }[] = [];
  for (const token of tokenizeTask(task)) {
    if (token.kind === 'number' && /^\d+(?:\.\d+)?$/.test(token.text)) found.push({ text: token.text, value: Number(token.text) });
    else if (token.kind === 'word') {
      const word = numberWordValue(token.text);
      if (word !== undefined) found.push({ text: token.text, value: Number(word) });
    }
  }
  return found;
}

/** Is a box within a few lines of the field (above, below or beside it)? */
function near(box: { y: number; height: number }, field: { y: number; height: number }): boolean {
  const gap = Math.abs(box.y + box.height / 2 - (field.y + field.height / 2));
  return gap <= Math.max(NEAR_LINES * field.height, NEAR_MIN_PX);
}

/** How far (in field heights, at least NEAR_MIN_PX) a text may sit from the field to count as near it. */
const NEAR_LINES = 3;
const NEAR_MIN_PX = 48;

/** Relations `typed = page ∘ operand` that hold; identities (× 1, × by a page 1, ± 0) explain nothing. */
function relations(page: number, operand: number, typed: number): Operation[] {
  const found: Operation[] = [];
  if (operand !== 0 && apply('plus', page, operand) === typed) found.push('plus');
  if (operand !== 0 && apply('minus', page, operand) === typed) found.push('minus');
  if (operand !== 1 && page !== 1 && apply('times', page, operand) === typed) found.push('times');
  return found;
}

interface Fit {
  operation: Operation;
  operand: { text: string; value: number };
  page: DerivedValue['page'];
  pageNumber: number;
  where: string;
}

/** What the demonstration's typed number was worked out from, or why that is unclear. */
export function derivationOf(
  step: Step,
  demoTask: string,
): { derived: Omit<DerivedValue, 'operand'> & { operand: { text: string; old: number } } } | { ambiguous: string } | undefined {
  const action = step.action;
  if (action.type !== 'type') return undefined;
  const typed = plainNumber(action.text);
  if (typed === undefined) return undefined;
  const operands = taskNumbers(demoTask);
  if (operands.length === 0) return undefined;
  const literal = operands.some((operand) => operand.value === typed);
  const targetId = action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const elements = step.observation.elements;
  const field = step.targets[0] ?? elements.find((element) => element.id === targetId);

  const fitsFor = (pageNumber: number, page: DerivedValue['page'], where: string): Fit[] =>
    operands.flatMap((operand) => relations(pageNumber, operand.value, typed).map((operation) => ({ operation, operand, page, pageNumber, where })));

  let fits: Fit[] = [];
  const own = field?.value === undefined ? undefined : plainNumber(field.value);
  if (own !== undefined) fits = fitsFor(own, { field: true }, "the field's value");
  // A number shown as it is on the page was more likely copied (typed-values.ts) than worked out.
  const copied = pageValueSource(step, demoTask) !== undefined;
  if (fits.length === 0 && !literal && !copied && field) {
    // Another text on the screen that shows one number ("Total: 124 €"), read again by its caption or place.
    for (const [index, element] of elements.entries()) {
      if (element.id === targetId || element.states.hidden || element.role === 'textbox') continue;
      // Only a text near the field (a table elsewhere holds numbers that fit by chance).
      if (!near(element.box, field.box)) continue;
      // The task's own text shown on the page is no page number.
      const shown = normalizeText(element.text);
      if (shown !== '' && (normalizeText(demoTask).includes(shown) || shown.includes(normalizeText(demoTask)))) continue;
      const number = quantityIn(element.text, 'number');
      if (number === undefined) continue;
      const parent = element.parentId === undefined ? undefined : elements.find((candidate) => candidate.id === element.parentId);
      const before = elements[index - 1];
      const caption = before && normalizeText(before.text) !== '' && before.text !== element.text ? before.text : undefined;
      const source: PageValueSource = { element: { ...element, context: parent?.text || undefined }, ...(caption ? { caption } : {}) };
      fits.push(...fitsFor(number, { source }, JSON.stringify(element.text)));
    }
  }
  if (fits.length === 0) return undefined;
  const describe = (fit: Fit) => `${fit.pageNumber} (${fit.where}) ${SYMBOL[fit.operation]} ${fit.operand.text}`;
  if (literal || copied) {
    const plain = literal ? 'a number of its task' : 'shown as it is on its page';
    return { ambiguous: `the demonstration typed ${action.text}, which is ${plain} and also ${describe(fits[0]!)}, so whether to type the ${literal ? "task's number" : "page's number"} or work it out is unclear` };
  }
  if (fits.length > 1) {
    return { ambiguous: `the demonstration typed ${action.text}, which is ${fits.slice(0, 3).map(describe).join(' and also ')}, so how it was worked out is unclear` };
  }
  const fit = fits[0]!;
  const decimals = /\.(\d+)$/.exec(action.text.trim())?.[1]?.length ?? 0;
  return {
    derived: {
      operation: fit.operation,
      operand: { text: fit.operand.text, old: fit.operand.value },
      page: fit.page,
      demonstrated: { page: fit.pageNumber, typed },
      decimals,
    },
  };
}

/** This task's counterpart of the demonstration's task number, from the step's bindings or the same number in this task. */
function newOperand(operand: { text: string; old: number }, bindings: readonly Binding[], task: string): number | undefined {
  for (const binding of bindings) {
    const olds = taskNumbers(binding.old);
    if (!olds.some((number) => number.value === operand.old && normalizeText(number.text) === normalizeText(operand.text))) continue;
    const news = taskNumbers(binding.new);
    return olds.length === 1 && news.length === 1 ? news[0]!.value : undefined;
  }
  return containsWhole(task, operand.text) ? operand.old : undefined;
}

/**
 * Mark the plan's typed numbers that the demonstration worked out (see the
 * file comment); drop the task-number slots they account for from
 * `unusedSlots`; return what blocks the plan.
 */
export function markDerivedValues(
  steps: PlannedStep[],
  context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes'>,
): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  const help = 'a demonstration whose typed number the task gives outright, or one worded like this task, or a model for the hybrid policy (--policy hybrid)';
  for (const planned of steps) {
    if (planned.copyFrom || planned.derived || planned.countOf) continue; // a count its noun's field takes as given (counted-fields.ts)
    const found = derivationOf(planned.step, context.demoTask);
    const step = `demonstrated step ${planned.sourceIndex + 1}`;
    if (!found) {
      // "Set … to 5" demonstrated, "Add 2 more" asked: the field's number plus the task's (quantity-change.ts).
      const changed = targetToChange(planned.step, context.demoTask, changeWords(context.demoTask), context.task, changeWords(context.task));
      if (changed) {
        planned.derived = changed;
        dropChangeSlots(context.unusedSlots, changed.operand.text, String(changed.operand.new));
        context.notes.push(`${step} typed its task's target ${changed.demonstrated.typed}; this task asks a change: types the field's number ${SYMBOL[changed.operation]} ${changed.operand.new}`);
      }
      continue;
    }
    if ('ambiguous' in found) {
      problems.push({ text: `${step}: ${found.ambiguous}`, blocking: true, help });
      continue;
    }
    const { derived } = found;
    // The slot of the task number is used: by arithmetic, not by copying.
    for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
      const slot = context.unusedSlots[index]!;
      if (!slot.list && taskNumbers(slot.old[0]!).some((number) => number.value === derived.operand.old)) context.unusedSlots.splice(index, 1);
    }
    const operand = newOperand(derived.operand, planned.bindings, context.task);
    const how = `${derived.demonstrated.typed} = ${derived.demonstrated.page} ${SYMBOL[derived.operation]} ${derived.operand.text}`;
    const before = changeWords(context.demoTask);
    const after = changeWords(context.task);
    // Worded another way, but plainly ("I need 6", "Add 3 more"): quantity-change.ts.
    const reworded = before.join(' ') === after.join(' ') ? undefined : rewordedDerivation(derived, before, context.task, after);
    if (operand === undefined && !reworded) {
      problems.push({ text: `${step} typed a number worked out from its task's ${derived.operand.text} (${how}), and this task gives no number in its place`, blocking: true, help });
      continue;
    }
    if (reworded && 'typeText' in reworded) {
      planned.typeText = reworded.typeText;
      context.notes.push(`${step} typed a number worked out as ${how}; this task names the number to reach: types ${reworded.typeText}`);
      continue;
    }
    if (reworded) {
      planned.derived = { ...derived, operation: reworded.operation, operand: { ...derived.operand, new: reworded.operand } };
      context.notes.push(`${step} typed ${how}; this task words the change as ${changeWordsAsWritten(context.task).join(', ')}: types the new page's number ${SYMBOL[reworded.operation]} ${reworded.operand}`);
      continue;
    }
    if (before.join(' ') !== after.join(' ')) {
      problems.push({
        text: `${step} typed a number worked out as ${how}; this task words the change differently (${changeWordsAsWritten(context.task).join(', ') || 'no such word'} where the demonstration said ${changeWordsAsWritten(context.demoTask).join(', ') || 'no such word'}), so the same arithmetic may not hold`,
        blocking: true,
        help,
      });
      continue;
    }
    if (operand === undefined) continue;
    planned.derived = { ...derived, operand: { ...derived.operand, new: operand } };
    context.notes.push(`${step} typed ${how} (${'field' in derived.page ? "the field's value" : 'a number on the page'} ${SYMBOL[derived.operation]} the task's number): types the new page's number ${SYMBOL[derived.operation]} ${operand}`);
  }
  return problems;
}

/** The number to type for a derived step on this screen, or why there is none. */
export function derivedValueFor(
  derived: DerivedValue,
  field: UIElement | undefined,
  bindings: readonly Binding[],
  elements: readonly UIElement[],
): { ok: true; text: string; reason: string } | { ok: false; reason: string } {
  let page: number | undefined;
  let where: string;
  if ('field' in derived.page) {
    page = field?.value === undefined ? undefined : plainNumber(field.value);
    where = field ? `the value of [${field.id}]` : 'the field';
    if (page === undefined) {
      return { ok: false, reason: `the demonstration typed ${derived.demonstrated.typed} = ${derived.demonstrated.page} (the field's value) ${SYMBOL[derived.operation]} ${derived.operand.text}, and ${where} holds no number now (${JSON.stringify(field?.value ?? '')})` };
    }
  } else {
    const read = pageValueFor(derived.page.source, bindings, elements);
    page = read.ok ? quantityIn(read.text, 'number') : undefined;
    where = read.reason;
    if (page === undefined) return { ok: false, reason: `the demonstration worked its typed number out from ${JSON.stringify(derived.page.source.element.text)} on its page, and no such number shows now (${read.reason})` };
  }
  const value = apply(derived.operation, page, derived.operand.new);
  if (value < 0) return { ok: false, reason: `${page} ${SYMBOL[derived.operation]} ${derived.operand.new} is negative` };
  const text = value.toFixed(derived.decimals);
  return { ok: true, text, reason: `types ${text} = ${page} (${where}) ${SYMBOL[derived.operation]} ${derived.operand.new}, as the demonstration typed ${derived.demonstrated.typed} = ${derived.demonstrated.page} ${SYMBOL[derived.operation]} ${derived.operand.old}` };
}
