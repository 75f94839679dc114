/**
 * Rule: a direction or order word of the task ("ascending", "largest
 * first", "Z to A", "low to high", "newest first") is a slot, not wording.
 * A demonstration of "Sort by price, largest first" clicked its column's
 * header as often as that page needed for that direction; a task asking
 * "smallest first" (or a page that starts sorted, or sorts the other way on
 * a first click) needs another number of clicks, which only the page tells.
 *
 * Planning half (`markSortOrders`): when the new task names a direction, the run of identical clicks after which the column
 * under the clicked control read sorted (in the demonstration's own
 * direction, when its task named one) becomes one "sort order" step: click
 * that control until the column reads in the asked direction. When the task
 * names a direction the demonstration's task did not, or another one, and no
 * such run is found, the plan is refused naming the word.
 *
 * Grounding half (`groundSortOrder`): the control is found by its
 * description; the column's values (numbers, else words) are read in screen
 * order; satisfied when they read as asked; else one click, the step staying
 * current. An order seen before (the clicks go round without reaching the
 * asked one) or a column that cannot be read is refused.
 *
 * Check half (`sortOrderProblems`, for agent/checks/task-state.ts): a column
 * whose control the run clicked must read in the task's direction.
 * Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { RepeatedGrounding } from '../ground-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { targetDescriptorsOf, targetedElements } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import { escapeRegExp } from '../../../core/reg-exp.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortOrderStep {
  direction: SortDirection;
  /** The task's words for it ("largest first"). */
  phrase: string;
}

/** Direction phrases, longest first within a kind so "reverse alphabetical" is not read as "alphabetical". */
const PHRASES: readonly [RegExp, SortDirection][] = [
  [/\breverse[- ]alphabetical(?:ly)?(?: order)?\b/i, 'descending'],
  [/\bdescending\b/i, 'descending'],
  [/\bascending\b/i, 'ascending'],
  [/\b(?:largest|highest|biggest|greatest|most expensive|priciest|most|newest|latest|most recent|youngest)(?: \w+)? first\b/i, 'descending'],
  [/\b(?:smallest|lowest|least|fewest|cheapest|least expensive|oldest|earliest)(?: \w+)? first\b/i, 'ascending'],
  [/\b(?:high|highest|large|largest|big|biggest|most|new|newest)(?:est)? to (?:low|lowest|small|smallest|least|fewest|old|oldest)\b/i, 'descending'],
  [/\b(?:low|lowest|small|smallest|least|few|fewest|old|oldest)(?:est)? to (?:high|highest|large|largest|big|biggest|most|new|newest)\b/i, 'ascending'],
  [/\bz\s*(?:to|[-–→>]+)\s*a\b/i, 'descending'],
  [/\ba\s*(?:to|[-–→>]+)\s*z\b/i, 'ascending'],
  [/\b(?:decreasing|falling|downward)(?: order)?\b/i, 'descending'],
  [/\b(?:increasing|rising|upward)(?: order)?\b/i, 'ascending'],
  [/\balphabetical(?:ly)?(?: order)?\b/i, 'ascending'],
];

/** The sort direction a text names, with its words; undefined when it names none (or two that disagree). */
export function directionOf(text: string): SortOrderStep | undefined {
  const found: SortOrderStep[] = [];
  let rest = text;
  for (const [pattern, direction] of PHRASES) {
    const match = pattern.exec(rest);
    if (!match) continue;
    found.push({ direction, phrase: match[0] });
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
  }
  if (found.length === 0 || found.some((item) => item.direction !== found[0]!.direction)) return undefined;
  return found[0];
}

/**
 * Each direction phrase of the text ("smallest first", "low to high", "A to Z"), where it stands and its direction:
 * one order worded two ways reads alike to the meaning-word checks (meaning-words.ts), two orders stay apart.
 */
export function directionPhrases(text: string): { start: number; end: number; direction: SortDirection; phrase: string }[] {
  const found: { start: number; end: number; direction: SortDirection; phrase: string }[] = [];
  let rest = text;
  for (const [pattern, direction] of PHRASES) {
    for (const match of rest.matchAll(new RegExp(pattern.source, 'giu'))) {
      found.push({ start: match.index, end: match.index + match[0].length, direction, phrase: match[0] });
      rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Most rows read from a column: the visible part of a table. */
const MAX_ROWS = 40;
/** Score of a sort-order click: the control is found by its description, the order is read back after every click. */
const SORT_SCORE = 0.9;

const numberIn = (text: string): number | undefined => {
  const match = /[-−]?\d[\d,]*(?:\.\d+)?/.exec(text);
  return match ? Number(match[0].replace(/,/g, '').replace('−', '-')) : undefined;
};

/**
 * The values shown in the column under a control (a header or its button),
 * top to bottom: elements below it whose centre lies within the header's
 * width, the innermost of nested ones, those sharing the commonest role and
 * left edge (the column's cells), one per row.
 */
export function columnValues(control: UIElement, elements: readonly UIElement[]): string[] {
  const parent = control.parentId === undefined ? undefined : elements.find((element) => element.id === control.parentId);
  const header = parent && parent.role === 'columnheader' ? parent : control;
  const left = header.box.x;
  const right = header.box.x + header.box.width;
  const top = header.box.y + header.box.height - 1;
  const within = elements.filter((element) => {
    if (element.states.hidden || element.id === header.id || element.id === control.id || element.text.trim() === '') return false;
    const centre = element.box.x + element.box.width / 2;
    return element.box.y >= top && centre >= left && centre <= right && element.box.width <= header.box.width * 2.5 && element.role !== 'columnheader';
  });
  const ids = new Set(within.map((element) => element.id));
  // The innermost: drop an element that has a kept child.
  const parents = new Set(within.flatMap((element) => (element.parentId !== undefined && ids.has(element.parentId) ? [element.parentId] : [])));
  const innermost = within.filter((element) => !parents.has(element.id));
  // The column's cells share a role and a left edge: a button below the table (its confirm button) is not one of them.
  const keyOf = (element: UIElement) => `${element.role}|${Math.round(element.box.x / 3)}`;
  const counts = new Map<string, number>();
  for (const element of innermost) counts.set(keyOf(element), (counts.get(keyOf(element)) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cells = innermost.filter((element) => keyOf(element) === main).sort((a, b) => a.box.y - b.box.y);
  const rows: UIElement[] = [];
  for (const cell of cells) {
    const last = rows.at(-1);
    if (last && Math.abs(last.box.y - cell.box.y) < Math.max(2, last.box.height / 2)) continue;
    rows.push(cell);
  }
  return rows.slice(0, MAX_ROWS).map((cell) => cell.text.trim());
}

/** How a column's values read: ascending, descending, or neither (unsorted, or fewer than two distinct values). */
export function orderOf(values: readonly string[]): SortDirection | undefined {
  if (values.length < 2) return undefined;
  const numbers = values.map(numberIn);
  const numeric = numbers.every((value) => value !== undefined);
  const compare = (a: number, b: number) =>
    numeric ? numbers[a]! - numbers[b]! : values[a]!.localeCompare(values[b]!, undefined, { sensitivity: 'base', numeric: true });
  let up = false;
  let down = false;
  for (let index = 1; index < values.length; index++) {
    const order = compare(index - 1, index);
    if (order < 0) up = true;
    if (order > 0) down = true;
  }
  return up && !down ? 'ascending' : down && !up ? 'descending' : undefined;
}

/** Did a click reorder the column under its control (the same values, in another order)? */
function reordered(before: readonly string[], after: readonly string[]): boolean {
  if (before.length < 2 || before.length !== after.length || before.join('\u0001') === after.join('\u0001')) return false;
  return [...before].sort().join('\u0001') === [...after].sort().join('\u0001');
}

/** The clicked element of a step, as its observation showed it. */
function clicked(step: Step): UIElement | undefined {
  return step.action.type === 'click' ? targetedElements(step)[0] : undefined;
}

/** A plain click step of the plan (no rule of its own). */
function plainClick(planned: PlannedStep): boolean {
  const { step, bindings: _bindings, sourceIndex: _source, item: _item, intendedChecked: _checked, ...rules } = planned;
  return step.action.type === 'click' && Object.keys(rules).length === 0;
}

/** Runs of identical plain clicks (same target description): [first plan index, last plan index]. */
function clickRuns(steps: readonly PlannedStep[]): [number, number][] {
  const key = (planned: PlannedStep) => (plainClick(planned) ? JSON.stringify(targetDescriptorsOf(planned.step)[0] ?? null) : undefined);
  const runs: [number, number][] = [];
  for (let index = 0; index < steps.length; ) {
    const own = key(steps[index]!);
    let end = index;
    while (own !== undefined && end + 1 < steps.length && key(steps[end + 1]!) === own) end++;
    if (own !== undefined) runs.push([index, end]);
    index = end + 1;
  }
  return runs;
}

/**
 * Planning half: the demonstrated sort clicks become one "sort order" step
 * for the new task's direction, and the slots that only carried direction
 * words leave `unusedSlots`; a direction the plan cannot reach is a blocking
 * problem (returned). Nothing when the new task names no direction.
 */
export function markSortOrders(
  steps: PlannedStep[],
  context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes' | 'next'>,
): TaskValueProblem[] {
  const asked = directionOf(context.task);
  if (!asked) return [];
  const shown = directionOf(context.demoTask);
  for (const [first, last] of clickRuns(steps)) {
    const control = clicked(steps[first]!.step);
    const after = context.next(steps[last]!);
    const descriptor = targetDescriptorsOf(steps[first]!.step)[0];
    if (!control || !after || !descriptor) continue;
    const afterControl = after.find((element) => element.id === control.id && element.role === control.role) ?? groundTarget(descriptor, [], after).element;
    if (!afterControl) continue;
    const before = columnValues(control, steps[first]!.step.observation.elements);
    const values = columnValues(afterControl, after);
    const reached = orderOf(values);
    // The run sorted the column under its control (reordered it, or left it in order): in the demonstration's own direction when its task named one.
    if (!reached || (shown && reached !== shown.direction) || (!shown && !reordered(before, values))) continue;
    const count = last - first + 1;
    steps.splice(first, count, { ...steps[first]!, sortOrder: { direction: asked.direction, phrase: asked.phrase } });
    // Slots that only carried the direction words are used now.
    for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
      const slot = context.unusedSlots[index]!;
      if (slot.list) continue;
      const carries = (value: string | undefined, phrase: string | undefined) => value !== undefined && phrase !== undefined && directionOf(value) !== undefined && (value.toLowerCase().includes(phrase.toLowerCase()) || phrase.toLowerCase().includes(value.toLowerCase().replace(/[()]/g, '').trim()));
      // Or a piece of each phrase, where the alignment split them at a shared word ("A" → "low", "Z" → "high" of "A to Z" / "low to high").
      const within = (value: string | undefined, phrase: string | undefined) => value !== undefined && phrase !== undefined && value.trim() !== '' && new RegExp(`(^|\\W)${escapeRegExp(value.trim())}(\\W|$)`, 'i').test(phrase);
      if (carries(slot.old[0], shown?.phrase) || carries(slot.new[0], asked.phrase) || (within(slot.old[0], shown?.phrase) && within(slot.new[0], asked.phrase))) context.unusedSlots.splice(index, 1);
    }
    context.notes.push(
      `demonstrated step${count > 1 ? 's' : ''} ${steps[first]!.sourceIndex + 1}${count > 1 ? `–${steps[first]!.sourceIndex + count}` : ''} sorted the column under ${JSON.stringify(control.text || control.label || control.role)} ${reached}: clicks it until the column reads ${asked.direction} (${JSON.stringify(asked.phrase)})`,
    );
    return [];
  }
  if (shown?.direction === asked.direction) return [];
  return [
    {
      text: shown
        ? `the task asks for ${JSON.stringify(asked.phrase)}, the demonstration showed ${JSON.stringify(shown.phrase)}, and no column it sorted shows which clicks give the other order`
        : `the task asks for ${JSON.stringify(asked.phrase)}, which the demonstration's task did not name, and no column it sorted shows which clicks give that order`,
      blocking: true,
      help: 'a demonstration that sorts in the direction this task names',
    },
  ];
}

/**
 * Grounding half: click the demonstrated control until the column under it
 * reads in the asked direction, one click per turn. `visited` holds the
 * orders already seen under `prefix`: seeing one again means the clicks go
 * round without reaching the asked one.
 */
export function groundSortOrder(
  planned: PlannedStep,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  demoTask: string,
): RepeatedGrounding {
  const { direction, phrase } = planned.sortOrder!;
  const descriptor: TargetDescriptor | undefined = targetDescriptorsOf(planned.step)[0];
  if (!descriptor) return { grounding: { ok: false, score: 0, reason: 'the demonstration did not record which control sorted the column' } };
  const found = groundTarget(descriptor, planned.bindings, elements, { demoTask });
  const control = found.element;
  if (!control) return { grounding: { ok: false, score: 0, reason: `the control that sorts the column is not found: ${found.reason}` } };
  // Two headers fit about equally: reading the other one's column as sorted, or clicking it, would be a guess.
  const tie = nearTieRefusal(found, 'the control that sorts the column');
  if (tie) return { grounding: { ok: false, score: 0, reason: tie } };
  const name = JSON.stringify(control.text || control.label || control.role);
  const values = columnValues(control, elements);
  const order = orderOf(values);
  if (order === direction) return { grounding: { ok: true, satisfied: true, score: 1, reason: `the column under ${name} reads ${direction} (${JSON.stringify(phrase)})` } };
  if (values.length < 2) return { grounding: { ok: false, score: 0, reason: `no column of values shows under ${name}, so nothing tells whether it reads ${JSON.stringify(phrase)}` } };
  const visitKey = `${prefix}${values.join('\u0001')}`;
  if (visited.has(visitKey)) {
    return { grounding: { ok: false, score: 0, reason: `clicking ${name} goes round its orders without the column reading ${JSON.stringify(phrase)} (${direction})` } };
  }
  return {
    visitKey,
    stay: true,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: control.id } },
      score: Math.min(found.score, SORT_SCORE),
      reason: `the column under ${name} reads ${order ?? 'unsorted'}, the task asks for ${JSON.stringify(phrase)}: click ${name} (${found.reason})`,
    },
  };
}

/**
 * Check half: a control the run clicked that reordered the column under it
 * (a sort header) must leave that column reading in the direction the task
 * names. Nothing when the task names none.
 */
export function sortOrderProblems(task: string, history: readonly Step[], elements: readonly UIElement[]): string[] {
  const asked = directionOf(task);
  if (!asked) return [];
  const problems: string[] = [];
  const seen = new Set<string>();
  history.forEach((step, index) => {
    const control = clicked(step);
    const descriptor = step.targets[0];
    const key = JSON.stringify(descriptor ?? null);
    if (!control || !descriptor || seen.has(key)) return;
    const next = history[index + 1]?.observation.elements ?? elements;
    const nextControl = groundTarget(descriptor, [], next).element;
    if (!nextControl || !reordered(columnValues(control, step.observation.elements), columnValues(nextControl, next))) return;
    seen.add(key);
    const now = groundTarget(descriptor, [], elements).element;
    if (!now) return;
    const order = orderOf(columnValues(now, elements));
    if (order !== asked.direction) {
      problems.push(`the column under ${JSON.stringify(now.text || now.label || now.role)} reads ${order ?? 'in no order'}, and the task asks for ${JSON.stringify(asked.phrase)} (${asked.direction})`);
    }
  });
  return problems;
}
