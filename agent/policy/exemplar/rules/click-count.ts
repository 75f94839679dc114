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
 * A count may be written as a word either side ("two", "twice", "3 times":
 * number-words.ts countValue).
 *
 * Several counts (one per clause: "Remove two pencils and add one more
 * bulbs"): the counts of the demonstration's task, in order, pair with its
 * runs of clicks in order — clicks on a control the task names (its closing
 * "Update") or on a field are no count — when there are as many and each
 * run is exactly as long as its count; each run is then clicked as many
 * times as the new task's count in the same place. Otherwise each number
 * counts the one run exactly as long, as above.
 *
 * A run that stepped a counter from 0 up to its number ("set olive oil to 3":
 * "+" three times, the row's count 0 → 3; rules/counter-run.ts) is as long as
 * the number only because the count started at 0: it is a target
 * (rules/stepper-target.ts steps to the new number from wherever this page's
 * count stands), never a count of presses — a second page at 2 would end at
 * 2 + 5 for "set it to 5". Unless a text says its number as a change by it
 * ("3 more", "add 3", "5 times", "twice", "4 clicks", "by 2"): then the
 * presses are the deed, and are counted as before.
 */
import type { TaskSlot } from '../align-tasks.js';
import { targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import { oppositeTarget } from './opposite-control.js';
import { countValue, isTimesWord, numberWordValue } from '../number-words.js';
import { tokenizeTask } from '../task-tokens.js';
import { containsWhole } from '../text-match.js';
import { CHANGE_WORDS } from './change-words.js';
import { counterRun } from './counter-run.js';

/** Most clicks a count may ask for: beyond this a number is no click count a person would do. */
export const MAX_COUNT = 50;

const integer = (text: string | undefined): number | undefined => (text === undefined ? undefined : countValue(text));

/**
 * The same click (same kind, same target) as another step: the same described
 * element (role, text, place among its kind, its row's words — a count the row
 * shows changes as it is clicked), else the same target.
 */
function clickKey(planned: PlannedStep): string | undefined {
  const action = planned.step.action;
  if (action.type !== 'click') return undefined;
  const described = planned.step.targets.map((target) => ({
    role: target.role,
    tag: target.tag,
    text: target.text,
    label: target.label,
    ordinal: target.ordinal,
    attributes: target.attributes,
    context: target.context?.replace(/\d+/g, '#'),
  }));
  return JSON.stringify(described.length > 0 ? described : action.target);
}

/** Runs of identical consecutive clicks: [start, length]. */
export function clickRuns(steps: readonly PlannedStep[]): [number, number][] {
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
export function markClickCounts(steps: PlannedStep[], slots: readonly TaskSlot[], unusedSlots: TaskSlot[], notes: string[], texts?: { demoTask: string; task: string }): void {
  // Runs that stepped a counter up from 0 to their length are targets, unless a text says a change by its number.
  // Judged for the run's own number ("Set adults to 2 and add 1 to children": the 2 is a target, the 1 a change).
  const saidAsChange = (length: number) => !texts || saysChangeOf(texts.demoTask, length) || slots.some((slot) => integer(slot.old[0]) === length && saysChangeOf(texts.task, integer(slot.new[0])));
  // "Leave two mugs", "keep 3", "until two are left": the number is what stays, no number of presses — how many
  // presses that takes is the count shown less it, which no reading here computes: the slot stays unused, refused.
  const remaining = texts ? slots.filter((slot) => !slot.list && slot.old.length === 1 && slot.new.length === 1 && saysRemainderOf(texts.task, integer(slot.new[0])) && !saysRemainderOf(texts.demoTask, integer(slot.old[0]))) : [];
  for (const slot of remaining) {
    if (!unusedSlots.includes(slot)) unusedSlots.push(slot);
    notes.push(`the task says ${JSON.stringify(slot.new[0])} as how many are to remain, not as a number of clicks`);
  }
  if (remaining.length > 0) return;
  const targets = texts ? steppedFromZero(steps, saidAsChange) : new Set<number>();
  if (texts && targets.size === 0 && markCountsInOrder(steps, slots, unusedSlots, notes, texts)) return;
  for (const slot of slots) {
    if (slot.list || slot.old.length !== 1 || slot.new.length !== 1 || typedAsCount(steps, slot)) continue;
    const old = integer(slot.old[0]);
    const now = integer(slot.new[0]);
    if (old === undefined || now === undefined || old === 0) continue;
    // Not a run this rule already rewrote for another number ("3" → "2", then "2" → "1").
    // A count of a noun ("2 adults") is never carried out by presses of a control the task names ("press OK").
    const runs = clickRuns(steps).filter(([start, length]) => length === Math.abs(old) && !steps[start]!.clickCount && !targets.has(start) && (slot.countOf === undefined || !texts || countable(steps[start]!, texts.demoTask)));
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
    dropCountBindings(steps, slot);
    const on = otherSign ? ` on the opposite control ${JSON.stringify(opposite[0]!.text || opposite[0]!.label || '')}` : '';
    notes.push(`the demonstration clicked ${length} times for ${JSON.stringify(slot.old[0])}: clicks ${copies.length} times${on} for ${JSON.stringify(slot.new[0])}`);
  }
}

/** A count its noun's field takes as typed (rules/counted-fields.ts): no click run carries it out. */
const typedAsCount = (steps: readonly PlannedStep[], slot: TaskSlot) =>
  slot.countOf !== undefined && steps.some((planned) => planned.countOf !== undefined && planned.bindings.some((binding) => binding.old === slot.old[0] && binding.new === slot.new[0]));

/** Starts of the click runs that stepped a counter up from 0 to as many as the run is long (rules/counter-run.ts). */
function steppedFromZero(steps: readonly PlannedStep[], saidAsChange: (length: number) => boolean): Set<number> {
  const starts = clickRuns(steps).filter(([start, length]) => {
    if (saidAsChange(length)) return false;
    const counter = counterRun(steps.slice(start, start + length).map((planned) => targetDescriptorsOf(planned.step)[0]?.context));
    return counter !== undefined && counter.start === 0 && counter.direction === 1;
  });
  return new Set(starts.map(([start]) => start));
}

/** Words after a count that make it a number of presses or a change by it: "5 times", "4 clicks", "3 more", "2 fewer". */
const PRESS_NOUNS: ReadonlySet<string> = new Set(['click', 'clicks', 'press', 'presses', 'tap', 'taps']);
/** Words before a count that make it a change by it: "by 2" (and the change words: "add 3", "remove 2"). */
const BY: ReadonlySet<string> = new Set(['by', 'take']);

/**
 * Whether a text says one of its counts as a change by it, no number to reach: a change word (change-words.ts) or
 * "by" right before the count ("add 3", "increase by 2"), or a change word or a press noun right after it ("3 more",
 * "5 times", "4 clicks"), or a count adverb ("twice"). "Remove the bananas, then set olive oil to 3" says none.
 */
export function saysChangeBy(text: string): boolean {
  return saysChangeOf(text, undefined);
}

/** `saysChangeBy` for one number only (`value`; undefined: any count): "add 1" says 1 as a change, not the 2 of "set adults to 2". */
function saysChangeOf(text: string, value: number | undefined): boolean {
  const tokens = tokenizeTask(text);
  const changes = (token: (typeof tokens)[number] | undefined, kinds: readonly string[]) => token?.kind === 'word' && Object.prototype.hasOwnProperty.call(CHANGE_WORDS, token.norm) && kinds.includes(CHANGE_WORDS[token.norm]!);
  return tokens.some((token, index) => {
    if (token.kind === 'word' && isTimesWord(token.text)) return value === undefined || countValue(token.text) === value;
    if (countValue(token.text) === undefined || (value !== undefined && countValue(token.text) !== value)) return false;
    const [before, after] = [tokens[index - 1], tokens[index + 1]];
    return changes(before, ['up', 'down']) || (before?.kind === 'word' && BY.has(before.norm)) || changes(after, ['up', 'down', 'times']) || (after?.kind === 'word' && PRESS_NOUNS.has(after.norm));
  });
}

/** Words before a count that make it what is to remain: "leave two", "keep 3", "only one", "retain 4". */
const REMAIN_BEFORE: ReadonlySet<string> = new Set(['leave', 'leaving', 'keep', 'keeping', 'retain', 'only']);
/** Words shortly after a count that make it what is to remain: "two left", "3 remaining", "until two remain". */
const REMAIN_AFTER: ReadonlySet<string> = new Set(['left', 'remaining', 'remain', 'remains', 'kept']);
/** How many words after a count are read for REMAIN_AFTER ("two mugs are left"). */
const REMAIN_NEAR = 3;

/** Whether a text says the count `value` as how many are to remain ("Leave two mugs", "until 2 are left"), no change by it. */
export function saysRemainderOf(text: string, value: number | undefined): boolean {
  if (value === undefined) return false;
  const tokens = tokenizeTask(text).filter((token) => token.kind !== 'punctuation');
  return tokens.some((token, index) => {
    if (countValue(token.text) !== value) return false;
    const before = tokens[index - 1];
    if (before?.kind === 'word' && REMAIN_BEFORE.has(before.norm)) return true;
    return tokens.slice(index + 1, index + 1 + REMAIN_NEAR).some((after) => after.kind === 'word' && REMAIN_AFTER.has(after.norm));
  });
}

/** The counts a task text writes, in order: digits, number words, "twice" ("one of" is no count). */
export function countsIn(text: string): number[] {
  const tokens = tokenizeTask(text);
  return tokens.flatMap((token, index) => {
    const counted = (token.kind === 'number' && /^[-−]?\d+$/.test(token.text)) || (token.kind === 'word' && (numberWordValue(token.text) !== undefined || isTimesWord(token.text)));
    if (!counted || (token.norm === 'one' && tokens[index + 1]?.norm === 'of')) return [];
    return [countValue(token.text)!];
  });
}

/** Roles of fields: a click there is focus, no count. */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'spinbutton', 'combobox', 'slider']);

/** A run of clicks that may carry out a count: not on a field, not on a control the task names by its words. */
function countable(planned: PlannedStep, demoTask: string): boolean {
  return targetDescriptorsOf(planned.step).every((target) => !FIELD_ROLES.has(target.role ?? '') && !(/\p{L}/u.test(target.text ?? '') && containsWhole(demoTask, (target.text ?? '').trim())));
}

/**
 * The counts of both tasks paired in order with the demonstration's countable
 * click runs (see the head of this file); false when they do not pair up, so
 * the slots are read one by one.
 */
function markCountsInOrder(steps: PlannedStep[], slots: readonly TaskSlot[], unusedSlots: TaskSlot[], notes: string[], texts: { demoTask: string; task: string }): boolean {
  const old = countsIn(texts.demoTask);
  const now = countsIn(texts.task);
  if (old.length === 0 || old.length !== now.length || old.every((count, index) => count === now[index])) return false;
  const runs = clickRuns(steps).filter(([start]) => countable(steps[start]!, texts.demoTask));
  if (runs.length !== old.length || runs.some(([, length], index) => old[index]! <= 0 || length !== old[index])) return false;
  // Only counts of one sign (no opposite controls here) and within reach.
  if (now.some((count) => count < 0 || count > MAX_COUNT)) return false;
  // Every changed count is a slot of the alignment ("two" → "one"), so the counts pair as the texts do.
  const slotOf = (index: number) => slots.find((slot) => !typedAsCount(steps, slot) && !slot.list && slot.old.length === 1 && slot.new.length === 1 && integer(slot.old[0]) === old[index] && integer(slot.new[0]) === now[index]);
  if (old.some((count, index) => count !== now[index] && !slotOf(index))) return false;
  for (let index = runs.length - 1; index >= 0; index--) {
    const [start, length] = runs[index]!;
    if (old[index] === now[index]) continue;
    const slot = slotOf(index)!;
    const copies = Array.from({ length: now[index]! }, () => ({ ...steps[start]!, clickCount: { of: slot.new[0]! } }));
    steps.splice(start, length, ...copies);
    const unused = unusedSlots.indexOf(slot);
    if (unused >= 0) unusedSlots.splice(unused, 1);
    dropCountBindings(steps, slot);
  }
  notes.push(`the demonstration clicked ${old.join(', ')} times for its counts, in order: clicks ${now.join(', ')} times for this task's`);
  return true;
}

/**
 * A count carried out as clicks rewrites no step: its binding ("2" → "1")
 * would read as another place among alike elements (ground-target.ts reads
 * a number binding as an ordinal: "the 3rd result").
 */
export function dropCountBindings(steps: PlannedStep[], slot: TaskSlot): void {
  for (const planned of steps) {
    if (!planned.bindings.some((binding) => binding.old === slot.old[0] && binding.new === slot.new[0])) continue;
    planned.bindings = planned.bindings.filter((binding) => !(binding.old === slot.old[0] && binding.new === slot.new[0]));
  }
}
