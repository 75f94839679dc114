/**
 * Rule: a quantity change worded differently from the demonstration's.
 *
 * derived-values.ts works a typed number out again only when both tasks word
 * the change the same way ("Lower … by 2" / "Remove 3 …"). A person also
 * follows a demonstration of one kind of change for a task asking another,
 * when each task says plainly what it wants:
 *
 * - "I need 6 seats" / "Set the number of seats to 6" (a target, no "by"):
 *   the number to type is the task's number itself, however the
 *   demonstration worked its own out;
 * - "Add 3 more" / "Increase … by 3" (up) or "Remove 3" / "Lower … by 3"
 *   (down): the field's number plus or minus the task's, provided the
 *   demonstration's arithmetic agreed with its own wording (its "Lower" took
 *   away) or it typed its task's target number into a field holding a number.
 *
 * Anything less plain (several numbers, mixed change words, "change … by")
 * returns nothing, and derived-values.ts refuses as before.
 */
import type { Step } from '../../../core/trajectory.js';
import { tokenizeTask } from '../task-tokens.js';
import { numberWordValue } from '../number-words.js';
import type { TaskSlot } from '../align-tasks.js';
import type { DerivedValue, Operation } from './derived-values.js';
import { CHANGE_WORDS } from './change-words.js';

/** How a task asks the quantity to change, when it says one thing plainly. */
export type ChangeAsked = { kind: 'to'; value: number; text: string } | { kind: 'plus' | 'minus'; value: number; text: string };

/** The one number a task writes (digits or a small number word) and the word before it, else undefined. */
function onlyNumber(task: string): { text: string; value: number; before?: string } | undefined {
  const tokens = tokenizeTask(task);
  const found: { text: string; value: number; before?: string }[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = token.kind === 'word' ? numberWordValue(token.text) : undefined;
    const value = token.kind === 'number' && /^\d+(?:\.\d+)?$/.test(token.text) ? Number(token.text) : word !== undefined ? Number(word) : undefined;
    if (value === undefined) continue;
    const previous = tokens[index - 1];
    found.push({ text: token.text, value, ...(previous ? { before: previous.norm } : {}) });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * What a task asks of the quantity, from its change-word kinds (derived-values.ts
 * CHANGE_WORDS: "up", "down", "times", "to") and its one number.
 */
export function changeAsked(task: string, kinds: readonly string[]): ChangeAsked | undefined {
  const number = onlyNumber(task);
  if (!number || kinds.length !== 1) return undefined;
  const kind = kinds[0];
  // "Change the quantity by 2" names an amount, not the target.
  if (kind === 'to') return number.before === 'by' ? undefined : { kind: 'to', value: number.value, text: number.text };
  if (kind === 'up') return { kind: 'plus', value: number.value, text: number.text };
  if (kind === 'down') return { kind: 'minus', value: number.value, text: number.text };
  return undefined;
}

/** The change kind an operation is worded as. */
const WORDED: Record<Operation, string> = { plus: 'up', minus: 'down', times: 'times' };

/**
 * A demonstration that worked its number out (`derived`) followed for a task
 * worded another way: the text to type (a target) or the operation to use
 * now, else undefined.
 */
export function rewordedDerivation(
  derived: Omit<DerivedValue, 'operand'> & { operand: { text: string; old: number } },
  demoKinds: readonly string[],
  task: string,
  taskKinds: readonly string[],
): { typeText: string } | { operation: Operation; operand: number } | undefined {
  const asked = changeAsked(task, taskKinds);
  if (!asked) return undefined;
  if (asked.kind === 'to') return { typeText: asked.value.toFixed(derived.decimals) };
  // The demonstration's arithmetic must be what its own words said ("Lower" took away), so the words are understood.
  if (demoKinds.length !== 1 || demoKinds[0] !== WORDED[derived.operation]) return undefined;
  return { operation: asked.kind, operand: asked.value };
}

/**
 * A demonstration that typed its task's target number ("Set … to 5" typed 5
 * into a field holding 3) followed for "Add 2 more": the field's number plus
 * the task's. Undefined unless the step typed exactly the demonstration's one
 * number into a field that held a number, the demonstration worded a target,
 * and this task words one plain change up or down.
 */
export function targetToChange(step: Step, demoTask: string, demoKinds: readonly string[], task: string, taskKinds: readonly string[]): DerivedValue | undefined {
  const action = step.action;
  if (action.type !== 'type' || !/^\d+(?:\.\d+)?$/.test(action.text.trim())) return undefined;
  const demo = changeAsked(demoTask, demoKinds);
  const asked = changeAsked(task, taskKinds);
  if (demo?.kind !== 'to' || !asked || asked.kind === 'to' || demo.value !== Number(action.text.trim())) return undefined;
  const targetId = action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const field = step.targets[0] ?? step.observation.elements.find((element) => element.id === targetId);
  const held = field?.value?.trim();
  if (held === undefined || !/^\d+(?:\.\d+)?$/.test(held)) return undefined;
  return {
    operation: asked.kind,
    operand: { text: demo.text, old: demo.value, new: asked.value },
    page: { field: true },
    demonstrated: { page: Number(held), typed: demo.value },
    decimals: /\.(\d+)$/.exec(action.text.trim())?.[1]?.length ?? 0,
  };
}

/** Words that only say how a quantity changes ("Set" → "Increase", "to 9" → "by 2") besides the numbers. */
const CHANGE_GRAMMAR = new Set(['to', 'by', 'the', 'of', 'a', 'more', 'number', 'quantity', 'amount']);

/**
 * The slots of a target reworded as a change ("Set" → "Increase", "to 9" →
 * "by 2") were used by the worked-out number: drop them from `unusedSlots`.
 * Only slots made of change words, such grammar and the two numbers.
 */
export function dropChangeSlots(unusedSlots: TaskSlot[], oldNumber: string, newNumber: string): void {
  const numbers = new Set([oldNumber.toLowerCase(), newNumber.toLowerCase()]);
  const onlyChange = (text: string) => {
    const tokens = tokenizeTask(text).filter((token) => token.kind !== 'separator' && token.kind !== 'punctuation');
    return tokens.length > 0 && tokens.every((token) => numbers.has(token.norm) || Object.prototype.hasOwnProperty.call(CHANGE_WORDS, token.norm) || CHANGE_GRAMMAR.has(token.norm));
  };
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const slot = unusedSlots[index]!;
    if (!slot.list && onlyChange(slot.old[0]!) && onlyChange(slot.new[0]!)) unusedSlots.splice(index, 1);
  }
}
