/**
 * The parameters of a learned task: which spans of a demonstration's task
 * text are values (slots), what to call them and what type they have, and
 * how to write the task text again with new values.
 *
 *   "Enter the username "carla44" and the password "dmltj" …"
 *   → username: text = "carla44", password: text = "dmltj"
 *
 * Slots come from two places, both reused from the offline policy's view of a
 * task: the spans where demonstrations of the same task differ (the task
 * alignment of agent/policy/exemplar/align-tasks.ts), and the values the
 * demonstration typed or chose that appear in its task text (data, not
 * template). A slot is named after the field it went into (its label), else
 * the kind of element it picked, else the word before it.
 */
import type { Action } from '../../agent/core/action.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { alignTasks } from '../../agent/policy/exemplar/align-tasks.js';
import { tokenizeTask } from '../../agent/policy/exemplar/task-tokens.js';

export type SlotType = 'text' | 'email' | 'date' | 'number' | 'list';

export interface TaskSlot {
  /** Parameter name: lower-case letters, digits and underscores ("username", "items"). */
  name: string;
  type: SlotType;
  /** The value(s) in the demonstration: one for a scalar slot, the items of a list. */
  example: string[];
  /** Where the value sits in the demonstration's task text, [start, end) characters (inside any quotes). */
  start: number;
  end: number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
/** Words never worth naming a parameter after. */
const FILLER = new Set(['the', 'a', 'an', 'to', 'into', 'in', 'on', 'as', 'of', 'for', 'with', 'enter', 'type', 'select', 'click', 'choose', 'press', 'pick', 'and', 'or', 'then', 'is', 'be', 'at']);

/** The slots of `demonstration`'s task text; `others` are further demonstrations of the same task. */
export function findTaskSlots(demonstration: Trajectory, others: readonly Trajectory[] = []): TaskSlot[] {
  const text = demonstration.task;
  const spans: { start: number; end: number; items: string[]; list: boolean }[] = [];
  // Surest first; a later span that overlaps an earlier one is left out.
  const addSpan = (items: string[], list: boolean) => {
    const located = locateItems(text, items);
    if (!located) return;
    if (spans.some((span) => span.start < located.end && located.start < span.end)) return;
    spans.push({ ...located, items, list });
  };

  // 1. What the demonstration typed or chose: values, each its own parameter (a form's fields, even when the task lists them with commas).
  const data = dataValues(demonstration);
  for (const value of data) addSpan([value], false);
  // 2. Where demonstrations of the same task differ (lists of any length among them).
  for (const other of others) {
    if (other.id === demonstration.id) continue;
    const alignment = alignTasks(text, other.task, { isData: (norm) => data.some((value) => value.toLowerCase() === norm) });
    if (alignment.score < 0.5) continue; // Another kind of task: its differences say nothing.
    for (const slot of alignment.slots) addSpan(slot.old, slot.list);
  }
  // 3. Quoted strings and dates/numbers are values wherever they stand (the tokenizer's surest slots).
  for (const token of tokenizeTask(text)) {
    if (token.kind === 'quoted' && token.text.trim()) addSpan([token.text], false);
    if (token.kind === 'number') addSpan([token.text], false);
  }
  // 4. Choices the demonstration clicked that the task names.
  for (const value of pickedValues(demonstration)) addSpan([value], false);

  spans.sort((a, b) => a.start - b.start);
  const used = new Set<string>();
  return spans.map((span) => {
    const type: SlotType = span.list ? 'list' : typeOfValues([...span.items, ...sameSlotValues(span.items[0]!, demonstration, others)]);
    const name = uniqueName(nameOf(span, demonstration, type), used);
    return { name, type, example: span.items, start: span.start, end: span.end };
  });
}

/** The task text with every slot's value replaced by the new one (lists joined with ", "). */
export function fillTaskText(text: string, slots: readonly TaskSlot[], values: Readonly<Record<string, string | number | readonly string[]>>): string {
  let result = text;
  for (const slot of [...slots].sort((a, b) => b.start - a.start)) {
    const value = values[slot.name];
    if (value === undefined) continue;
    const written = Array.isArray(value) ? value.join(', ') : String(value);
    result = result.slice(0, slot.start) + written + result.slice(slot.end);
  }
  return result;
}

/** The task text with each slot written as `{name}`, for a description. */
export function templateOf(text: string, slots: readonly TaskSlot[]): string {
  return fillTaskText(text, slots, Object.fromEntries(slots.map((slot) => [slot.name, `{${slot.name}}`])));
}

/** What a slot holds, in words for a model or a person. */
export function describeSlotType(slot: TaskSlot): string {
  switch (slot.type) {
    case 'email':
      return 'an e-mail address';
    case 'date':
      return `a date written like ${slot.example[0]}`;
    case 'number':
      return 'a number';
    case 'list':
      return 'a list of items';
    default:
      return 'text';
  }
}

/** Text the demonstration typed or chose: values, never template. */
function dataValues(trajectory: Trajectory): string[] {
  const values: string[] = [];
  for (const step of trajectory.steps) {
    const value = valueOf(step.action);
    if (value && value.trim().length > 0 && !/[{}]/.test(value)) values.push(value.trim());
  }
  return values;
}

/** Roles whose clicked text is a choice among data (a checkbox, an option), not a command like "Submit". */
const CHOICE_ROLES = new Set(['checkbox', 'radio', 'option', 'menuitemcheckbox', 'menuitemradio', 'tab', 'treeitem', 'listitem', 'gridcell', 'cell']);

/** Texts of the choices the demonstration clicked. */
function pickedValues(trajectory: Trajectory): string[] {
  const values: string[] = [];
  for (const step of trajectory.steps) {
    const target = step.targets[0];
    if (!target || !CHOICE_ROLES.has(target.role) || step.action.type === 'type') continue;
    const text = (target.text || target.label || '').trim();
    if (text && text.length <= 60) values.push(text);
  }
  return values;
}

function valueOf(action: Action): string | undefined {
  if (action.type === 'type') return action.text;
  if (action.type === 'select') return action.option;
  return undefined;
}

/** The span covering all items in `text` (case-insensitive, whole words), or undefined. */
function locateItems(text: string, items: readonly string[]): { start: number; end: number } | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  let from = 0;
  for (const item of items) {
    const at = findWhole(text, item, from) ?? findWhole(text, item, 0);
    if (at === undefined) return undefined;
    start = Math.min(start, at);
    end = Math.max(end, at + item.length);
    from = at + item.length;
  }
  return end < 0 ? undefined : { start, end };
}

function findWhole(text: string, needle: string, from: number): number | undefined {
  if (!needle) return undefined;
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  for (let at = lower.indexOf(target, from); at >= 0; at = lower.indexOf(target, at + 1)) {
    const before = at === 0 ? '' : lower[at - 1]!;
    const after = lower[at + target.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return undefined;
}

/** The values the other demonstrations have where this one has `value` (for typing a slot from several examples). */
function sameSlotValues(value: string, demonstration: Trajectory, others: readonly Trajectory[]): string[] {
  const values: string[] = [];
  for (const other of others) {
    if (other.id === demonstration.id) continue;
    const slot = alignTasks(demonstration.task, other.task).slots.find((candidate) => candidate.old.includes(value));
    if (slot && !slot.list) values.push(...slot.new);
  }
  return values;
}

function typeOfValues(values: readonly string[]): SlotType {
  if (values.every((value) => EMAIL.test(value))) return 'email';
  if (values.every((value) => DATE.test(value))) return 'date';
  if (values.every((value) => NUMBER.test(value))) return 'number';
  return 'text';
}

function nameOf(span: { start: number; end: number; items: string[]; list: boolean }, demonstration: Trajectory, type: SlotType): string {
  const items = span.items.map((item) => item.toLowerCase());
  for (const step of demonstration.steps) {
    const value = valueOf(step.action)?.trim().toLowerCase();
    const target = step.targets[0];
    if (value && items.includes(value) && target) {
      const label = slug(target.label ?? target.attributes?.['aria-label'] ?? target.attributes?.placeholder ?? '');
      if (label) return label;
    }
  }
  if (span.list) return 'items';
  for (const step of demonstration.steps) {
    const target = step.targets[0];
    if (target && [target.text, target.label].some((text) => text && items.includes(text.trim().toLowerCase()))) {
      const role = slug(target.role);
      if (role && role !== 'generic') return role;
    }
  }
  // A count is named by what it counts ("3 times" → times).
  const after = demonstration.task.slice(span.end).match(/^\W*([\p{L}][\p{L}\p{N}-]*)/u)?.[1]?.toLowerCase();
  if (type === 'number' && after && !FILLER.has(after)) return slug(after);
  const before = demonstration.task.slice(0, span.start).match(/([\p{L}][\p{L}\p{N}-]*)\W*$/u)?.[1]?.toLowerCase();
  if (before && !FILLER.has(before)) return slug(before);
  return type === 'text' ? 'value' : type;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^(\d)/, 'v$1')
    .slice(0, 40);
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let index = 2; used.has(candidate); index++) candidate = `${name}_${index}`;
  used.add(candidate);
  return candidate;
}
