/**
 * Rule: a set of rows chosen by a property the task names. "Click Share on
 * all posts by @dolores" was demonstrated as one click on the same kind of
 * control (the share icon) in every row whose author line shows "dolores",
 * scrolling the list between them. No one of those clicks has a row key
 * (row-keys.ts): other rows show "dolores" too, so replayed step by step the
 * clicks would land by position, in rows of other people — a confident
 * wrong action.
 *
 * Planning half (`markRowSets`): find the clicks on one kind of control
 * whose rows show a slot's old value at one place (the author line), in two
 * rows or more (or in one row the value does not single out). When the
 * demonstration's task says "all" (or "every", "each") and so does the new
 * one, or names a number equal to the rows clicked ("3 posts"), fold the run
 * of clicks and scrolls into one step: press that control in every row (or
 * as many rows as the new number says) that shows the new value there. Any
 * other such run is a blocking problem, in words a user understands.
 * A number right before the row's value ("remove one towels" → "take away
 * two mugs") counts that thing, pressed in its one row (rules/click-count.ts),
 * never rows: no row set.
 * Grounding half (`groundRowSet`): one click per turn on a control of the
 * kind, not pressed yet, fully in view, in a row showing the new value;
 * else scroll the list the demonstration scrolled, until the count is
 * reached or the list ends. No such row at all, or fewer than the count,
 * is a refusal.
 *
 * Pure functions, no task knowledge; the policy keeps one visit key per row
 * pressed and per scroll taken.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import type { RepeatedGrounding } from '../ground-step.js';
import { groundStep } from '../ground-step.js';
import { classWords, GROUPED_CHOICE_ROLES, targetDescriptorsOf, targetedElements, type PlannedStep } from '../planned-step.js';
import { keyPlace, ownTextHolds, rowShows, rowTexts, showsValue } from '../row-keys.js';
import { normalizeText } from '../text-match.js';
import { checkedOf } from '../checked-glyphs.js';
import { countValue } from '../number-words.js';
import type { TaskValueProblem } from './task-values.js';
import { scrollKey, scrollLimit, scrollStalled, screenSignature } from './scroll-depth.js';

export interface RowSet {
  /** The control pressed in each row, as the demonstration saw it. */
  control: TargetDescriptor;
  /** The row key: the value the demonstration's rows showed, the new one, and where in the row it showed. */
  key: { old: string; new: string; place?: string };
  /** How many rows to press; absent: every row that shows the new value. */
  count?: number;
  /** The demonstrated scroll over the list, which reveals more rows. */
  scroll?: Step;
  /** Rows the demonstration pressed. */
  demonstrated: number;
}

/** Score of a press in a row that shows the new value. */
const ROW_SET_SCORE = 0.85;
const SET_WORDS = /\b(all|every|each)\b/i;

/** The same control in another row: role, tag, words, and the element's classes (a pressed one adds "active"). */
function sameControl(other: UIElement, control: { role: string; tag?: string; text: string; label?: string; attributes?: Record<string, string> }): boolean {
  if (other.role !== control.role || (other.tag ?? '') !== (control.tag ?? '')) return false;
  if (normalizeText(other.text || other.label) !== normalizeText(control.text || control.label)) return false;
  const words = classWords(other);
  return classWords(control).every((word) => words.includes(word));
}

/** The first whole number a text writes in digits ("3", "2 posts"), or undefined. */
const numberIn = (text: string) => {
  const match = /(?<![\d.,])(\d{1,3})(?![\d]|[.,]\d)/.exec(text);
  return match ? Number(match[1]) : undefined;
};

/** Words that may stand between a count and what it counts ("two more lemons", "three fewer onions"). */
const CHANGE_BETWEEN = new Set(['more', 'fewer', 'less', 'extra']);

/** Does a number stand right before the value in the text ("two mugs", "3 more lemons"): a count of that thing, not of rows? */
function countsValue(text: string, value: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}@'’-]+/gu) ?? [];
  const wanted = normalizeText(value).match(/[\p{L}\p{N}@'’-]+/gu) ?? [];
  if (wanted.length === 0) return false;
  return words.some((_, start) => {
    if (!wanted.every((word, offset) => words[start + offset] === word)) return false;
    let before = start - 1;
    if (CHANGE_BETWEEN.has(words[before] ?? '')) before--;
    return before >= 0 && countValue(words[before]!) !== undefined;
  });
}

/** What tells a row from the others: its texts with words ("- 1 +" counts change as it is pressed). */
const rowIdentity = (element: UIElement, elements: readonly UIElement[]) =>
  normalizeText(
    rowTexts(element, elements, false)
      .filter((text) => /\p{L}/u.test(text))
      .join(' '),
  );

/**
 * An option (radio, checkbox) chosen under a group heading that shows the
 * value ("Bremen" under "Tuesday"): the heading names the option's group,
 * not a row of alike controls; the option under the group the new task names
 * is grounded by rules/option-group.ts, which refuses when the task names none.
 */
const underHeading = (element: UIElement, value: string) => GROUPED_CHOICE_ROLES.has(element.role) && showsValue(element.group, value);

interface SetClick {
  position: number;
  element: UIElement;
  row: string;
}

/** The demonstrated clicks on one kind of control whose rows show `value` at one place, and that place. */
function setClicks(steps: readonly PlannedStep[], value: string): { clicks: SetClick[]; place?: string } {
  const clicks: SetClick[] = [];
  let place: string | undefined;
  for (const [position, planned] of steps.entries()) {
    if (planned.step.action.type !== 'click' || planned.ensureChecked) continue;
    const element = targetedElements(planned.step)[0];
    const elements = planned.step.observation.elements;
    if (!element || ownTextHolds(element, value) || underHeading(element, value)) continue;
    if (!elements.some((other) => other.id !== element.id && !other.states.hidden && sameControl(other, element))) continue;
    // The value shows at one place of the row (the author line), the same in every row.
    const here = keyPlace(element, elements, value);
    if (here === undefined || (place !== undefined && here !== place) || !rowTexts(element, elements, false).some((text) => showsValue(text, value))) continue;
    place ??= here;
    clicks.push({ position, element, row: rowIdentity(element, elements) });
  }
  return { clicks, ...(place !== undefined ? { place } : {}) };
}

const described = (element: UIElement) => (element.text.trim() || element.label?.trim() ? JSON.stringify(element.text.trim() || element.label) : `${classWords(element).join(' ') || 'wordless'} ${element.role}`.trim());

/**
 * A wordless icon named by its class word in the task ("Share" for the icon
 * of class "share"): when the new task names, in that slot, the class word of
 * one other icon of the row ("like"), that icon is the one to press.
 */
function namedSibling(step: Step, pressed: UIElement, slots: readonly TaskSlot[]): { control: TargetDescriptor; slot: TaskSlot } | undefined {
  if (normalizeText(pressed.text || pressed.label) !== '') return undefined;
  const siblings = step.observation.elements.filter((element) => element.id !== pressed.id && element.parentId === pressed.parentId && element.role === pressed.role && (element.tag ?? '') === (pressed.tag ?? ''));
  for (const slot of slots) {
    if (slot.list) continue;
    const [old, next] = [normalizeText(slot.old[0]), normalizeText(slot.new[0])];
    if (old === next || !classWords(pressed).includes(old) || siblings.some((sibling) => classWords(sibling).includes(old))) continue;
    const named = siblings.filter((sibling) => classWords(sibling).includes(next) && !classWords(pressed).includes(next));
    if (named.length !== 1) continue;
    const { role, tag, text, label, ordinal, box } = named[0]!;
    // Its class as the word alone: a pressed state ("active") is no part of what the control is.
    const control: TargetDescriptor = { role, text, box, attributes: { class: next }, ...(tag !== undefined ? { tag } : {}), ...(label !== undefined ? { label } : {}), ...(ordinal !== undefined ? { ordinal } : {}) };
    return { control, slot };
  }
  return undefined;
}

/**
 * Fold each run of clicks in rows chosen by a slot's value into one row-set
 * step; a run the new task cannot say how to repeat is a blocking problem.
 * Slots a row set accounts for leave `unusedSlots`.
 */
export function markRowSets(steps: PlannedStep[], context: { demoTask: string; task: string; slots: readonly TaskSlot[]; unusedSlots: TaskSlot[]; notes: string[] }): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  for (const slot of context.slots) {
    if (slot.list || slot.kind === 'number') continue;
    const [old, next] = [slot.old[0]!, slot.new[0]!];
    if (normalizeText(old) === normalizeText(next)) continue;
    const { clicks, place } = setClicks(steps, old);
    if (clicks.length === 0) continue;
    const rows = new Set(clicks.map((click) => click.row));
    // How many rows: the task's number when it counted the rows pressed ("3 posts"), or every one ("all posts").
    const counted = context.slots.find((other) => other !== slot && !other.list && numberIn(other.old[0]!) === rows.size);
    const count = counted ? numberIn(counted.new[0]!) : undefined;
    // One row the value singles out is a row key (row-keys.ts), repeated steps in one row too: so is a number that
    // counts the row's own thing ("remove one towels" → "take away two mugs"), presses in that row (rules/click-count.ts).
    const rowKeyed = clicks.every((click) => steps[click.position]!.rowKeys);
    if (rows.size === 1 && rowKeyed && (count === undefined || count === 1 || (countsValue(context.demoTask, old) && countsValue(context.task, next)))) continue;
    const first = clicks[0]!;
    const last = clicks.at(-1)!;
    const between = steps.slice(first.position, last.position + 1);
    const sourceSteps = clicks.map((click) => steps[click.position]!.sourceIndex + 1).join(', ');
    const oneRun =
      clicks.every((click) => sameControl(click.element, first.element)) &&
      between.every((planned, offset) => clicks.some((click) => click.position === first.position + offset) || planned.step.action.type === 'scroll');
    const everyRow = !counted && SET_WORDS.test(context.demoTask) && SET_WORDS.test(context.task);
    const sameNumber = (text: string) => text.split(/[^\d]+/).some((word) => numberIn(word) === rows.size);
    const times = count ?? (!counted && !everyRow && sameNumber(context.demoTask) && sameNumber(context.task) ? rows.size : undefined);
    if (!oneRun || (!everyRow && times === undefined)) {
      problems.push({
        blocking: true,
        text: `the demonstration pressed the ${described(first.element)} in ${rows.size === 1 ? 'a row' : `${rows.size} rows`} that show ${JSON.stringify(old)} (demonstrated step(s) ${sourceSteps}), and other rows showed it too; it does not say which rows that show ${JSON.stringify(next)} to press, so following it would press controls by their position, in rows of others`,
        help: `a demonstration whose task says "all" or how many rows it pressed, or a model for the hybrid policy (--policy hybrid)`,
      });
      continue;
    }
    // "Like" where the demonstration pressed "Share": the icon of the row whose own class word the new task names.
    const swap = namedSibling(steps[first.position]!.step, first.element, context.slots);
    const scrolls = steps.filter((planned) => planned.step.action.type === 'scroll' && (planned.step.action as { deltaY: number }).deltaY > 0);
    const scroll = scrolls.find((planned) => between.includes(planned)) ?? scrolls[0];
    const rowSet: RowSet = {
      control: swap?.control ?? targetDescriptorsOf(steps[first.position]!.step)[0]!,
      key: { old, new: next, ...(place !== undefined ? { place } : {}) },
      ...(times !== undefined ? { count: times } : {}),
      ...(scroll ? { scroll: scroll.step } : {}),
      demonstrated: rows.size,
    };
    const { search: _search, rowKeys: _keys, ...plain } = steps[first.position]!;
    steps.splice(first.position, between.length, { ...plain, rowSet });
    for (const used of [slot, counted, swap?.slot]) {
      const index = used ? context.unusedSlots.indexOf(used) : -1;
      if (index >= 0) context.unusedSlots.splice(index, 1);
    }
    const pressed = swap ? `${normalizeText(swap.slot.new[0])} ${first.element.role} (the icon of that class, where the demonstration pressed its ${normalizeText(swap.slot.old[0])} icon)` : described(first.element);
    context.notes.push(
      `presses the ${pressed} in ${times === undefined ? 'every row' : `${times} row(s)`} that show(s) ${JSON.stringify(next)}, as the demonstration did in the ${rows.size} row(s) of ${JSON.stringify(old)} (demonstrated step(s) ${sourceSteps})`,
    );
  }
  problems.push(...countedClickProblems(steps, context));
  return problems;
}

/**
 * "Order 3 items": the task's number counted the demonstration's clicks on
 * one kind of control in as many rows. A new number asks for another count,
 * which replaying the clicks (by position) would not make: a blocking problem.
 */
function countedClickProblems(steps: readonly PlannedStep[], context: { demoTask: string; slots: readonly TaskSlot[] }): TaskValueProblem[] {
  const problems: TaskValueProblem[] = [];
  const clicks = steps.flatMap((planned) => {
    const element = planned.step.action.type === 'click' && !planned.rowSet && !planned.ensureChecked ? targetedElements(planned.step)[0] : undefined;
    return element ? [{ planned, element, row: rowIdentity(element, planned.step.observation.elements) }] : [];
  });
  for (const slot of context.slots) {
    const [old, next] = [numberIn(slot.old[0] ?? ''), numberIn(slot.new[0] ?? '')];
    if (slot.list || old === undefined || next === undefined || old === next || old < 2) continue;
    const run = clicks.find((click) => {
      const alike = clicks.filter((other) => sameControl(other.element, click.element));
      return alike.length === old && new Set(alike.map((other) => other.row)).size === old;
    });
    if (!run) continue;
    const alike = clicks.filter((other) => sameControl(other.element, run.element));
    problems.push({
      blocking: true,
      text: `the demonstration's task counted ${old} of its clicks on the ${described(run.element)}, each in another row (demonstrated steps ${alike.map((click) => click.planned.sourceIndex + 1).join(', ')}); the task asks for ${next}, and which rows to press for it is not something the demonstration shows`,
      help: `a demonstration of ${next} such clicks, or a model for the hybrid policy (--policy hybrid)`,
    });
  }
  return problems;
}

/** Is the element inside the container's box (so a click at its centre lands on it)? */
const inView = (element: UIElement, container: UIElement | undefined) =>
  !container || (element.box.y >= container.box.y - 1 && element.box.y + element.box.height <= container.box.y + container.box.height + 1);

/** Grounding half: press the next row's control, scroll for more rows, or be done. */
export function groundRowSet(
  rowSet: RowSet,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  demoTask: string,
): RepeatedGrounding {
  const wanted = classWords(rowSet.control);
  const pressedRows = [...visited].filter((key) => key.startsWith(`${prefix}row:`)).length;
  const what = `the ${rowSet.control.text.trim() ? JSON.stringify(rowSet.control.text.trim()) : `${wanted.join(' ') || 'wordless'} ${rowSet.control.role}`} in the rows that show ${JSON.stringify(rowSet.key.new)}`;
  if (rowSet.count !== undefined && pressedRows >= rowSet.count) {
    return { grounding: { ok: true, satisfied: true, score: 1, reason: `pressed ${what} ${pressedRows} time(s), as many as the task says` } };
  }
  const scroll = rowSet.scroll ? groundStep({ sourceIndex: 0, step: rowSet.scroll, bindings: [] }, elements, demoTask) : undefined;
  const scrollAction = scroll?.ok && 'action' in scroll && scroll.action.type === 'scroll' ? scroll.action : undefined;
  const container = scrollAction && scrollAction.target && 'elementId' in scrollAction.target ? elements.find((element) => element.id === (scrollAction.target as { elementId: number }).elementId) : undefined;
  const rows = elements.filter(
    (element) =>
      !element.states.hidden &&
      sameControl(element, rowSet.control) &&
      rowShows(element, elements, rowSet.key.new, false, rowSet.key.place),
  );
  const rowKey = (element: UIElement) => `${prefix}row:${rowIdentity(element, elements)}`;
  const pending = rows
    .filter((element) => checkedOf(element) !== true && !visited.has(rowKey(element)) && inView(element, container))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const next = pending[0];
  if (next) {
    return {
      visitKey: rowKey(next),
      stay: true,
      grounding: {
        ok: true,
        action: { type: 'click', target: { elementId: next.id } },
        score: ROW_SET_SCORE,
        reason: `[${next.id}] is ${what} (row ${pressedRows + 1}${rowSet.count !== undefined ? ` of ${rowSet.count}` : ''}; the demonstration pressed ${rowSet.demonstrated} row(s) of ${JSON.stringify(rowSet.key.old)})`,
      },
    };
  }
  const scrollPrefix = `${prefix}scroll:`;
  const scrolled = [...visited].filter((key) => key.startsWith(scrollPrefix)).length;
  const signature = screenSignature(elements);
  const ended = !scrollAction || scrollStalled(visited, scrollPrefix, signature) || scrolled >= scrollLimit(rowSet.demonstrated * 3);
  if (!ended) {
    // Half the list's height at a time: no row's author line and controls are ever both out of sight between two looks.
    const deltaY = container ? Math.max(20, Math.round(container.box.height / 2)) : scrollAction!.deltaY;
    return {
      visitKey: scrollKey(scrollPrefix, scrolled, signature),
      stay: true,
      grounding: { ok: true, action: { ...scrollAction!, deltaY }, score: ROW_SET_SCORE, reason: `scroll the list for more of ${what} (${pressedRows} pressed so far)` },
    };
  }
  if (rowSet.count !== undefined) {
    return { grounding: { ok: false, score: 0, reason: `the task asks to press ${what} ${rowSet.count} time(s), but only ${pressedRows} such row(s) show${scrollAction ? ' down to the end of the list' : ''}` } };
  }
  if (pressedRows === 0 && rows.length === 0) {
    return { grounding: { ok: false, score: 0, reason: `no row shows ${JSON.stringify(rowSet.key.new)}${scrollAction ? ' down to the end of the list' : ''}, so there is nothing to press` } };
  }
  return { grounding: { ok: true, satisfied: true, score: 1, reason: `pressed ${what}: ${pressedRows} row(s), to the end of the list` } };
}
