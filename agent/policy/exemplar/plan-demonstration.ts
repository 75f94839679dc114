/**
 * Turning one stored demonstration into a plan for a new task: align the two
 * task texts, find where each slot's old value was used in the demonstrated
 * actions, and generalise what the demonstration shows, using nothing but
 * the trajectory itself:
 *
 * - a list slot's per-item pattern repeats once per new item (when the
 *   demonstrated blocks are alike; a tuple like name, e-mail binds item by item);
 * - clicks on checkable elements that left exactly the named ones checked
 *   become one "ensure checked" step (pre-ticked boxes get unticked);
 * - clicks through tabs / section headers, or scrolls, right before a target
 *   the task names become a search that goes on until that target shows;
 * - a click on the Nth element of a kind, where N is a number in the task,
 *   becomes "pick the new Nth", paging as the demonstration did.
 * - a date slot binds its parts (month name, day, year), and clicks on one
 *   control that moved a "Month YYYY" title to the date's month become a
 *   navigation to the new date's month, either way (date-parts.ts);
 * - a click on one of several alike rows that held the extreme of the
 *   quantity a superlative of the task names ("cheapest" → lowest price)
 *   becomes a comparison by the new task's superlative (superlatives.ts).
 *
 * The plan holds the demonstrated steps (with their target descriptors) and
 * the old → new bindings each must be rewritten with; grounding them on the
 * live observation happens later, one step at a time (ground-step.ts).
 */
import type { Step, TargetDescriptor, Trajectory } from '../../core/trajectory.js';
import type { UIElement } from '../../core/observation.js';
import { findElement } from '../../core/observation.js';
import { alignTasks, type TaskAlignment, type TaskSlot } from './align-tasks.js';
import { containsWhole, normalizeText, substitute, type Binding } from './text-match.js';
import { tokenizeTask } from './task-tokens.js';
import { monthCount, shownMonths, type CalendarDate } from './date-parts.js';
import { dateTimeBindings } from './rules/date-formats.js';
import { extremeOf, superlativeOf, type Superlative } from './superlatives.js';
import { taskValueProblems, type TaskValueProblem } from './rules/task-values.js';
import { pageValueSource, type PageValueSource } from './rules/typed-values.js';
import { markPageReads } from './rules/page-reads.js';
import { isRowKey, keyPlace } from './row-keys.js';
import { numberWordValue } from './number-words.js';
import { checkableName, checkedOf } from './checked-glyphs.js';
import { namedSetOf } from './rules/named-set.js';
import { markDerivedValues, type DerivedValue } from './rules/derived-values.js';
import { markValuePicks, type ValuePick } from './rules/value-choice.js';
import { markTransforms } from './rules/value-transforms.js';
import { markPageLookups, type PageLookup } from './rules/page-lookup.js';
import type { MenuPathStep } from './rules/menu-path.js';
import { markCalendarDays, type CalendarDayStep } from './rules/calendar-month.js';
import type { TreePathStep } from './rules/tree-path.js';
import type { FeedSearchStep } from './rules/feed-search.js';

export interface PlannedStep {
  /** Index (in the demonstration) of the step this one replays. */
  sourceIndex: number;
  step: Step;
  /** Old → new values this copy of the step is rewritten with. */
  bindings: Binding[];
  /** For a step repeated over a list slot: the 0-based new item this copy is for. */
  item?: number;
  /** A typed text the demonstration read off its page, not its task: type what that place shows now (rules/typed-values.ts). */
  copyFrom?: PageValueSource;
  /** A typed text read off the page at a task key's row and a caption: read it at the new key (rules/page-lookup.ts). */
  lookup?: PageLookup;
  /** The text to type, in the form (letter case, spacing) the task names or the demonstration showed (rules/value-transforms.ts). */
  typeText?: string;
  /** A typed number the demonstration worked out from a page number and a task number: work it out again (rules/derived-values.ts). */
  derived?: DerivedValue;
  /** "The folder that shows 14 unread": click the one alike row whose compared quantity is the task's number (rules/value-choice.ts). */
  valuePick?: ValuePick;
  /**
   * Slot values that were the row key of this step's target (row-keys.ts):
   * the new target is the element like the demonstrated one whose row shows the new value.
   */
  rowKeys?: (Binding & { /** Where in the row the value showed (row-keys.ts keyPlace). */ place?: string })[];
  /**
   * For a click on a checkbox / radio / switch: the checked state the click
   * produced in the demonstration. When the element already has it, the step
   * is skipped (clicking would undo it).
   */
  intendedChecked?: boolean;
  /**
   * The demonstration made exactly the named elements of this role checked
   * (ticking the named ones, unticking the others): do the same for the new
   * names, one click per turn, until the state matches.
   */
  ensureChecked?: { role: string; names: string[] };
  /**
   * The demonstration looked through elements of this role (tabs, section
   * headers) until the target of the next plan step appeared: click them in
   * turn (the demonstrated ones first) until that step can be grounded.
   */
  search?: {
    /** click: open elements of `role` one by one; scroll: repeat the demonstrated scroll. */
    mode: 'click' | 'scroll';
    role: string;
    tried: TargetDescriptor[];
    /** How many steps the demonstration took searching. */
    demonstrated: number;
  };
  /**
   * "The 5th result": the demonstration clicked the element at overall
   * position `index` (0-based, rewritten for the new number) among elements
   * of one kind, paging with `pager` when the page held fewer. Counted
   * afresh on every page.
   */
  rankedPick?: { kind: string; index: number; pager?: TargetDescriptor };
  /**
   * The demonstration clicked one control (a "Next month" button) until the
   * month title on screen was the month of a date in the task, then acted on
   * the next plan step's target: click the control — or, to go the other way,
   * its counterpart beside it — until the new date's month shows.
   */
  /**
   * "The cheapest flight": the demonstration clicked, among alike elements
   * (one per row), the one whose row held the lowest/highest quantity its
   * task's superlative names. Pick the row the new task's superlative names.
   */
  extremePick?: {
    kind: string;
    /** The new task's word ("shortest"). */
    word: string;
    /** What the word names; absent when it is no superlative this policy knows (then it refuses). */
    choice?: Superlative;
  };
  /** A path through menus, followed by its names at any depth (rules/menu-path.ts). */
  menuPath?: MenuPathStep;
  /** A click on a calendar's day: page to the new date's month, then click its day (rules/calendar-month.ts). */
  calendarDay?: CalendarDayStep;
  /** A path through a tree of folders, opened level by level at any depth (rules/tree-path.ts). */
  treePath?: TreePathStep;
  /** Load more and scroll until the next step's row (named by a property) shows (rules/feed-search.ts). */
  feedSearch?: FeedSearchStep;
  navigate?: {
    control: TargetDescriptor;
    /** +1 when the control moved the shown month later in the demonstration, −1 when earlier. */
    direction: 1 | -1;
    /** The wanted month, as year × 12 + month − 1. */
    wanted: number;
    /** How many clicks the demonstration took. */
    demonstrated: number;
  };
}

/**
 * Elements of one kind: same role, tag and class, and alike in carrying an
 * accessible name of their own (a pager's "Next page") or not (a result link).
 */
export function kindOf(element: { role: string; text: string; label?: string; tag?: string; attributes?: Record<string, string> }): string {
  const named = element.label !== undefined && element.label !== '' && normalizeText(element.label) !== normalizeText(element.text);
  return `${element.role}|${element.tag ?? ''}|${element.attributes?.['class'] ?? ''}|${named ? 'named' : ''}`;
}

export interface DemonstrationPlan {
  trajectory: Trajectory;
  /** The new task the plan is for. */
  task: string;
  alignment: TaskAlignment;
  steps: PlannedStep[];
  /** The demonstration's final answer, rewritten: from its done(answer) step, else from its outcome. */
  answer?: string;
  /**
   * The answer came from the demonstration's outcome (no done step kept it),
   * so nothing says how it was produced: it is reported only when the screen
   * shows it at the plan's end (a rewritten "Submitted: Ada" is then read,
   * not guessed).
   */
  answerOnScreen?: boolean;
  /** Slots whose values the demonstration never acted on, so the new values go unused. */
  unusedSlots: TaskSlot[];
  /** What of the new task the demonstration cannot account for, in plain words (rules/task-values.ts). */
  problems: TaskValueProblem[];
  /** How well the demonstration fits the new task, 0..1: alignment × slot coverage. */
  fit: number;
  /** What planning found, for reports (e.g. "repeats steps 1–2 for 4 items"). */
  notes: string[];
}

/** The strings of a step that a slot value may appear in: typed text, option, answer, target fields. */
export function stepStrings(step: Step): string[] {
  const strings: string[] = [];
  const action = step.action;
  if (action.type === 'type') strings.push(action.text);
  if (action.type === 'select') strings.push(action.option);
  if (action.type === 'done' && action.answer) strings.push(action.answer);
  // A wheel over a list names nothing: its target's text is every row it holds ("@zara_k" is no use of "@zara").
  for (const target of action.type === 'scroll' ? [] : targetDescriptorsOf(step)) {
    // Not the context or attributes: a parent's text mentions every sibling, which says nothing about this step.
    for (const field of [target.text, target.label, target.value]) if (field) strings.push(field);
  }
  return strings;
}

/** The step's target descriptors; when a step stored none, the targeted elements of its observation stand in. */
export function targetDescriptorsOf(step: Step): Step['targets'] {
  if (step.targets.length > 0) return step.targets;
  const ids: number[] = [];
  const action = step.action;
  if ('target' in action && action.target && 'elementId' in action.target) ids.push(action.target.elementId);
  if (action.type === 'drag') {
    for (const target of [action.from, action.to]) if ('elementId' in target) ids.push(target.elementId);
  }
  const observation = { elements: step.observation.elements } as Parameters<typeof findElement>[0];
  return ids.flatMap((id) => {
    const element = findElement(observation, id);
    if (!element) return [];
    const parent = element.parentId === undefined ? undefined : findElement(observation, element.parentId);
    return [{ ...element, context: parent?.text || undefined }];
  });
}

/** Which old item of a list a step acted on: an exact field match wins over a mention inside longer text. */
function itemOf(step: Step, items: readonly string[]): number | undefined {
  // In a list box, the option a pick chose names its item before the box's value (which shows its first pick).
  const inListBox = step.action.type === 'select' && targetDescriptorsOf(step)[0]?.role === 'listbox';
  const own = inListBox && step.action.type === 'select' ? step.action.option : undefined;
  const ownItem = own === undefined ? -1 : items.findIndex((item) => normalizeText(item) === normalizeText(own));
  if (ownItem >= 0) return ownItem;
  const strings = stepStrings(step);
  const normalized = strings.map(normalizeText);
  const exact = items.findIndex((item) => normalized.includes(normalizeText(item)));
  if (exact >= 0) return exact;
  let best: number | undefined;
  for (const [index, item] of items.entries()) {
    if (strings.some((text) => containsWhole(text, item)) && (best === undefined || item.length > items[best]!.length)) {
      best = index;
    }
  }
  return best;
}

export function planDemonstration(trajectory: Trajectory, task: string): DemonstrationPlan {
  const notes: string[] = [];
  // Only the actions that worked are worth repeating; done is re-derived at the end of the plan.
  const demonstrated = trajectory.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.result?.ok !== false && step.action.type !== 'done');
  const finalDone = [...trajectory.steps].reverse().find((step) => step.action.type === 'done');

  const dataWords = new Set<string>();
  for (const { step } of demonstrated) {
    for (const text of stepStrings(step)) {
      for (const token of tokenizeTask(text)) dataWords.add(token.norm);
      dataWords.add(normalizeText(text));
    }
  }
  const alignment = alignTasks(trajectory.task, task, { isData: (norm) => dataWords.has(norm) });

  // A number like "3rd" is used when a demonstrated target sat at that position among its siblings.
  const position = (value: string) => {
    const match = /^(\d+)(?:st|nd|rd|th)?$/i.exec(value.trim());
    return match ? Number(match[1]) - 1 : undefined;
  };
  const mentioned = (value: string) =>
    demonstrated.some(
      ({ step }) =>
        stepStrings(step).some((text) => containsWhole(text, value)) ||
        (position(value) !== undefined && targetDescriptorsOf(step).some((target) => target.ordinal === position(value))),
    );

  /** Demonstrated steps whose target was chosen by the row a slot value showed, with those values. */
  const rowKeys = new Map<number, NonNullable<PlannedStep['rowKeys']>>();
  const rowKeyPositions = (value: string) =>
    demonstrated.flatMap(({ step }, position) => {
      if (step.action.type !== 'click' && step.action.type !== 'hover' && step.action.type !== 'double-click') return [];
      const element = targetedElements(step)[0];
      return element && isRowKey(element, step.observation.elements, value, step.targets[0]?.context) ? [position] : [];
    });
  const scalarBindings: Binding[] = [];
  const dates: { old: CalendarDate; new: CalendarDate }[] = [];
  const dateProblems: TaskValueProblem[] = [];
  const unusedSlots: TaskSlot[] = [];
  const consumed = new Set<number>();
  let ensure: { positions: number[]; role: string; names: string[]; slots?: TaskSlot[] } | undefined;
  let repetition: { slot: TaskSlot; first: number; last: number; template: number[]; templateItem: number } | undefined;

  // A group of toggles that left exactly the named elements checked becomes one "ensure checked" step.
  for (const slot of alignment.slots) {
    if (ensure) break;
    const found = checkedSetRule(demonstrated.map(({ step }) => step), slot.old);
    if (found) {
      ensure = { ...found, names: slot.new };
      for (const position of found.positions) consumed.add(position);
      notes.push(`makes exactly the ${found.role}es named in the task checked (demonstrated steps ${found.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
      if (!slot.list) scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
    }
  }
  // Names paired one by one ("milk" → "onions", "apples" → "lentils") may be one checked set together.
  ensure ??= namedSetOf(demonstrated.map(({ step }) => step), alignment.slots, checkedSetRule);
  if (ensure?.slots) {
    for (const position of ensure.positions) consumed.add(position);
    notes.push(`makes exactly the ${ensure.role}es named in the task checked (demonstrated steps ${ensure.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
    for (const slot of ensure.slots) scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
  }

  for (const slot of alignment.slots) {
    if (ensure && (ensure.names === slot.new || ensure.slots?.includes(slot))) continue;
    if (!slot.list) {
      scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
      // A date rarely shows whole: its month name, day and year do ("17" in a "March 17, 2010" cell).
      const evidence = demonstrated.flatMap(({ step }) => stepStrings(step));
      // Written another way than demonstrated ("28 January 2011" for "01/28/2010", "5:07 PM" for "17:07"): rules/date-formats.ts.
      const date = dateTimeBindings(slot.old[0]!, slot.new[0]!, evidence);
      if (date && 'problem' in date) dateProblems.push({ text: date.problem, blocking: true });
      else if (date) {
        scalarBindings.unshift(...date.bindings);
        if (date.dates) dates.push(date.dates);
        const usedParts = date.bindings.filter((binding) => mentioned(binding.old));
        if (usedParts.length > 0) notes.push(`reads the date ${slot.old[0]} as its parts (${date.bindings.map((binding) => `${binding.old} → ${binding.new}`).join(', ')})`);
        if (!mentioned(slot.old[0]!) && usedParts.length === 0) unusedSlots.push(slot);
        continue;
      }
      if (mentioned(slot.old[0]!)) continue;
      // "The email from Rhea": the demonstration acted inside the row that shows the value.
      const keyed = rowKeyPositions(slot.old[0]!);
      if (keyed.length > 0) {
        for (const position of keyed) rowKeys.set(position, [...(rowKeys.get(position) ?? []), { old: slot.old[0]!, new: slot.new[0]!, ...placeOfKey(demonstrated[position]!.step, slot.old[0]!) }]);
        notes.push(`finds the row that shows ${JSON.stringify(slot.new[0])} where the demonstration acted in the row of ${JSON.stringify(slot.old[0])} (demonstrated step(s) ${keyed.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
        continue;
      }
      // A full name typed as its parts ("Ingrid" into Forename, "Kowal" into Surname): bind part by part.
      const parts = partBindings(slot.old[0]!, slot.new[0]!, mentioned);
      if (parts) {
        scalarBindings.push(...parts);
        notes.push(`binds ${JSON.stringify(slot.old[0])} part by part (${parts.map((part) => `${part.old} → ${part.new}`).join(', ')})`);
        continue;
      }
      unusedSlots.push(slot);
      continue;
    }
    // A list: the run of steps that act on its items, split into one block per item.
    const items = demonstrated.map(({ step }, position) => (consumed.has(position) ? undefined : itemOf(step, slot.old)));
    const first = items.findIndex((item) => item !== undefined);
    const blocks = first < 0 ? [] : blocksOf(items, first);
    const alike = blocks.length > 0 && blocks.every((block) => blockMatches(blocks[0]!, block, slot, demonstrated));
    // An item the demonstration never acted on ("milk" already ticked) means its steps depended on the page it
    // started from: repeating them per new item would leave the new page's own state (another item ticked) as it is.
    const everyItemActedOn = new Set(blocks.map((block) => block.item)).size === slot.old.length;
    if (first >= 0 && !repetition && alike && everyItemActedOn && (blocks.length > 1 || slot.old.length !== slot.new.length || slot.old.length === 1)) {
      const template = blocks[0]!.positions;
      const last = blocks[blocks.length - 1]!.positions.at(-1)!;
      repetition = { slot, first, last, template, templateItem: blocks[0]!.item };
      notes.push(
        `repeats demonstrated step(s) ${template.map((index) => demonstrated[index]!.index + 1).join(', ')} for each of ${slot.new.length} item(s)`,
      );
    } else if (slot.old.length === slot.new.length) {
      // A fixed-length tuple (name, e-mail, …): item i of the old list becomes item i of the new one.
      slot.old.forEach((old, index) => scalarBindings.push(refineBinding(old, slot.new[index]!)));
      if (!slot.old.some(mentioned)) unusedSlots.push(slot);
    } else {
      unusedSlots.push(slot);
    }
  }

  const steps: PlannedStep[] = [];
  const copy = (position: number, bindings: Binding[], item?: number) => {
    if (consumed.has(position)) {
      if (ensure && position === ensure.positions[0]) {
        const { step, index } = demonstrated[position]!;
        steps.push({ sourceIndex: index, step, bindings, ensureChecked: { role: ensure.role, names: ensure.names } });
      }
      return;
    }
    const { step, index } = demonstrated[position]!;
    const intendedChecked = toggledState(step);
    const keys = rowKeys.get(position);
    steps.push({
      sourceIndex: index,
      step,
      bindings,
      ...(keys ? { rowKeys: keys } : {}),
      ...(item === undefined ? {} : { item }),
      ...(intendedChecked === undefined ? {} : { intendedChecked }),
    });
  };
  if (repetition) {
    const { slot, first, last, template, templateItem } = repetition;
    for (let position = 0; position < first; position++) copy(position, scalarBindings);
    slot.new.forEach((value, item) => {
      // The template block is rewritten from its own item to each new one; the other old items must not leak in.
      const bindings = [{ old: slot.old[templateItem]!, new: value }, ...scalarBindings];
      for (const position of template) copy(position, bindings, item);
    });
    for (let position = last + 1; position < demonstrated.length; position++) copy(position, scalarBindings);
  } else {
    for (let position = 0; position < demonstrated.length; position++) copy(position, scalarBindings);
  }
  markNavigations(steps, notes, dates);
  markCalendarDays(steps, dates, notes, { demoTask: trajectory.task, task });
  markSearches(steps, notes, trajectory.task);
  const rankNumbers = markRankedPicks(steps, notes, trajectory.task);
  const superlatives = markExtremePicks(steps, notes, trajectory.task);
  markValuePicks(steps, { task, slots: alignment.slots, unusedSlots, notes });
  const derivedProblems = markDerivedValues(steps, { demoTask: trajectory.task, task, unusedSlots, notes });
  derivedProblems.push(...markTransforms(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }));
  for (const planned of steps) {
    const source = planned.step.action.type === 'type' && !substitute(planned.step.action.text, planned.bindings).changed ? pageValueSource(planned.step, trajectory.task) : undefined;
    if (!source || planned.derived || planned.typeText !== undefined) continue;
    planned.copyFrom = source;
    notes.push(`demonstrated step ${planned.sourceIndex + 1} typed ${JSON.stringify(source.element.text)} read off the page${source.caption ? ` after ${JSON.stringify(source.caption)}` : ''}: types what that place shows`);
  }
  derivedProblems.push(...markPageLookups(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }));
  markPageReads(steps, { demoTask: trajectory.task, task, slots: alignment.slots, unusedSlots, notes }); // realwrong: captions the task names, click counts, the Nth word (rules/page-reads.ts)
  // A superlative the demonstration chose by was used, though no target showed it.
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const slot = unusedSlots[index]!;
    if (!slot.list && superlatives.has(normalizeText(slot.old[0]))) unusedSlots.splice(index, 1);
  }
  // A number that named a rank was used, even though no target showed it.
  for (let index = unusedSlots.length - 1; index >= 0; index--) {
    const value = ordinalNumber(unusedSlots[index]!.old[0] ?? '');
    if (!unusedSlots[index]!.list && value !== undefined && rankNumbers.has(value)) unusedSlots.splice(index, 1);
  }

  // A run recorded by the Runner keeps its done() out of the steps: its answer is in the outcome.
  const doneAnswer = finalDone?.action.type === 'done' ? finalDone.action.answer : undefined;
  const outcomeAnswer = doneAnswer === undefined && trajectory.outcome.status === 'success' ? trajectory.outcome.answer : undefined;
  const demonstratedAnswer = doneAnswer ?? outcomeAnswer;
  const answer = demonstratedAnswer === undefined ? undefined : substituteAnswer(demonstratedAnswer, scalarBindings);
  const relevant = alignment.slots.length;
  const coverage = relevant === 0 ? 1 : (relevant - unusedSlots.length) / relevant;
  if (unusedSlots.length > 0) {
    notes.push(`the demonstration never acted on ${unusedSlots.map((slot) => JSON.stringify(slot.old.join(', '))).join(', ')}`);
  }
  const problems = taskValueProblems({
    demoTask: trajectory.task,
    task,
    alignment,
    unusedSlots,
    stepStrings: demonstrated.flatMap(({ step }) => stepStrings(step)),
  }).concat(derivedProblems, dateProblems);
  return {
    trajectory,
    task,
    alignment,
    problems,
    steps,
    answer,
    ...(answer !== undefined && outcomeAnswer !== undefined ? { answerOnScreen: true } : {}),
    unusedSlots,
    fit: alignment.score * (0.5 + 0.5 * coverage),
    notes,
  };
}

function substituteAnswer(answer: string, bindings: readonly Binding[]): string {
  const exact = bindings.find((binding) => normalizeText(binding.old) === normalizeText(answer));
  if (exact) return exact.new;
  return substitute(answer, bindings).text;
}

/** Where in its row a step's target showed a row key (row-keys.ts), when one element of the row showed it. */
function placeOfKey(step: Step, value: string): { place?: string } {
  const element = targetedElements(step)[0];
  const place = element ? keyPlace(element, step.observation.elements, value) : undefined;
  return place === undefined ? {} : { place };
}

/** The elements an action targeted, as its step's observation showed them. */
function targetedElements(step: Step): UIElement[] {
  const action = step.action;
  const ids: number[] = [];
  if ('target' in action && action.target && 'elementId' in action.target) ids.push(action.target.elementId);
  return ids.flatMap((id) => step.observation.elements.filter((element) => element.id === id));
}

/** The checked state a click on a checkable element produced, or undefined for other steps. */
function toggledState(step: Step): boolean | undefined {
  if (step.action.type !== 'click') return undefined;
  const element = targetedElements(step)[0];
  const checked = element ? checkedOf(element) : undefined;
  return checked === undefined ? undefined : !checked;
}

function nameOf(element: { text: string; label?: string }): string {
  return checkableName(element);
}

/**
 * Did the demonstration's clicks on checkable elements of one role leave
 * exactly the elements named in `names` checked, and every other one of that
 * role unchecked? Then those clicks were about the set, not about each box.
 */
function checkedSetRule(steps: readonly Step[], names: readonly string[]): { positions: number[]; role: string } | undefined {
  const positions = steps.flatMap((step, position) => (toggledState(step) === undefined ? [] : [position]));
  if (positions.length === 0) return undefined;
  const roles = new Set(positions.map((position) => targetedElements(steps[position]!)[0]!.role));
  if (roles.size !== 1) return undefined;
  const role = [...roles][0]!;
  const before = steps[positions[0]!]!.observation.elements.filter((element) => element.role === role && checkedOf(element) !== undefined);
  if (before.length < 2) return undefined;
  const wanted = new Set(names.map(normalizeText));
  const clicks = new Map<string, number>();
  for (const position of positions) {
    const name = nameOf(targetedElements(steps[position]!)[0]!);
    clicks.set(name, (clicks.get(name) ?? 0) + 1);
  }
  const holds = before.every((element) => {
    const finalChecked = Boolean(checkedOf(element)) !== ((clicks.get(nameOf(element)) ?? 0) % 2 === 1);
    return finalChecked === wanted.has(nameOf(element));
  });
  // Every named element must have been one of the group (else the names are about something else).
  const namesInGroup = [...wanted].every((name) => before.some((element) => nameOf(element) === name));
  return holds && namesInGroup ? { positions, role } : undefined;
}

/** Consecutive steps grouped by the list item they act on; steps on no item stay with the block before them. */
function blocksOf(items: readonly (number | undefined)[], first: number): { item: number; positions: number[] }[] {
  const blocks: { item: number; positions: number[] }[] = [];
  let last = first;
  for (let index = first; index < items.length; index++) if (items[index] !== undefined) last = index;
  for (let index = first; index <= last; index++) {
    const item = items[index];
    if (item !== undefined && (blocks.length === 0 || blocks[blocks.length - 1]!.item !== item)) blocks.push({ item, positions: [] });
    blocks[blocks.length - 1]!.positions.push(index);
  }
  return blocks;
}

/**
 * Is `block` the first block done again for another item: the same actions,
 * on targets of the same role whose text and label differ only by the item?
 * (A form that types a name, then an e-mail into another field, is not.)
 */
function blockMatches(
  template: { item: number; positions: number[] },
  block: { item: number; positions: number[] },
  slot: TaskSlot,
  demonstrated: readonly { step: Step }[],
): boolean {
  if (block.positions.length !== template.positions.length) return false;
  const bindings = [{ old: slot.old[template.item]!, new: slot.old[block.item]! }];
  return template.positions.every((position, index) => {
    const a = demonstrated[position]!.step;
    const b = demonstrated[block.positions[index]!]!.step;
    if (a.action.type !== b.action.type) return false;
    const targetsA = targetDescriptorsOf(a);
    const targetsB = targetDescriptorsOf(b);
    if (targetsA.length !== targetsB.length) return false;
    return targetsA.every((target, targetIndex) => {
      const other = targetsB[targetIndex]!;
      const same = (x: string | undefined, y: string | undefined) => normalizeText(substitute(x ?? '', bindings).text) === normalizeText(y);
      return target.role === other.role && same(target.text, other.text) && same(target.label, other.label);
    });
  });
}

/** Does the task name a planned step's target: its text or label carries a slot value, or appears in the task? */
function taskNamesTarget(planned: PlannedStep, demoTask: string): boolean {
  return targetDescriptorsOf(planned.step).some(
    (target) =>
      substitute(target.text, planned.bindings).changed ||
      substitute(target.label ?? '', planned.bindings).changed ||
      (normalizeText(target.text) !== '' && containsWhole(demoTask, target.text.trim())),
  );
}

/**
 * Clicks on elements of one role whose text the task does not explain (Tab #1,
 * Tab #2…), right before a step whose target the task names, were a search
 * for that target: mark them so the new run keeps looking until it appears.
 */
function markSearches(steps: PlannedStep[], notes: string[], demoTask: string): void {
  for (let goal = steps.length - 1; goal > 0; goal--) {
    const goalStep = steps[goal]!;
    if (goalStep.search || !taskNamesTarget(goalStep, demoTask)) continue;
    const goalRole = targetDescriptorsOf(goalStep.step)[0]?.role;
    const kindOf = (planned: PlannedStep): string | undefined => {
      const action = planned.step.action;
      if (action.type === 'scroll') return 'scroll';
      const target = targetDescriptorsOf(planned.step)[0];
      if (action.type !== 'click' || !target || planned.intendedChecked !== undefined || planned.ensureChecked) return undefined;
      if (taskNamesTarget(planned, demoTask) || target.role === goalRole) return undefined;
      return `click:${target.role}`;
    };
    let start = goal;
    let kind: string | undefined;
    while (start > 0) {
      const previous = kindOf(steps[start - 1]!);
      if (previous === undefined || (kind !== undefined && previous !== kind)) break;
      kind = previous;
      start--;
    }
    if (start === goal || kind === undefined) continue;
    const first = steps[start]!;
    if (kind === 'scroll') {
      steps.splice(start, goal - start, { ...first, search: { mode: 'scroll', role: 'scroll', tried: [], demonstrated: goal - start } });
      notes.push(`scrolls (demonstrated steps ${first.sourceIndex + 1}–${goalStep.sourceIndex}) until the next target shows`);
    } else {
      const role = kind.slice('click:'.length);
      const tried = steps.slice(start, goal).map((planned) => targetDescriptorsOf(planned.step)[0]!);
      steps.splice(start, goal - start, { ...first, search: { mode: 'click', role, tried, demonstrated: goal - start } });
      notes.push(`looks through the ${role}s (demonstrated steps ${first.sourceIndex + 1}–${goalStep.sourceIndex}) until the next target shows`);
    }
    goal = start;
  }
}

/**
 * Drop the words an old and a new value share at their ends: "department
 * Press" → "department Legal" binds Press → Legal, so a select option "Press"
 * is rewritten too.
 */
export function refineBinding(old: string, value: string): Binding {
  const a = tokenizeTask(old);
  const b = tokenizeTask(value);
  let start = 0;
  while (start < a.length - 1 && start < b.length - 1 && a[start]!.norm === b[start]!.norm) start++;
  let end = 0;
  while (end < a.length - 1 - start && end < b.length - 1 - start && a[a.length - 1 - end]!.norm === b[b.length - 1 - end]!.norm) end++;
  if (start === 0 && end === 0) return { old, new: value };
  const slice = (source: string, tokens: typeof a) => {
    const kept = tokens.slice(start, tokens.length - end);
    return kept.length === 1 ? kept[0]!.text : source.slice(kept[0]!.start, kept[kept.length - 1]!.end);
  };
  return { old: slice(old, a), new: slice(value, b) };
}

/**
 * A value of several words and its counterpart of as many words, bound word
 * by word: "Ingrid Kowal" → "Sofia Ferrara" when forename and surname were
 * typed apart, "4 large pizzas" → "one small pizza" when the count was typed
 * and the size clicked (a number word becomes its digits). Every word that
 * differs must have been used by the demonstration — except a mere change of
 * form ("pizzas" → "pizza") — else a word of the task would go unused.
 */
function partBindings(old: string, value: string, used: (part: string) => boolean): Binding[] | undefined {
  const a = tokenizeTask(old);
  const b = tokenizeTask(value);
  if (a.length < 2 || a.length !== b.length || [...a, ...b].some((token) => token.kind === 'separator' || token.kind === 'punctuation')) return undefined;
  const bindings: Binding[] = [];
  let usedAny = false;
  for (const [index, token] of a.entries()) {
    const other = b[index]!;
    const before = numberWordValue(token.text) ?? token.text;
    const after = numberWordValue(other.text) ?? other.text;
    if (before.toLowerCase() === after.toLowerCase()) continue;
    if (used(before)) {
      usedAny = true;
      bindings.push({ old: before, new: after });
      continue;
    }
    const lowerWords = token.kind === 'word' && other.kind === 'word' && before === before.toLowerCase() && after === after.toLowerCase();
    let shared = 0;
    while (shared < before.length && before[shared] === after[shared]) shared++;
    if (!(lowerWords && shared >= 4)) return undefined;
  }
  return usedAny ? bindings : undefined;
}

function ordinalNumber(text: string): number | undefined {
  const match = /^(\d+)(?:st|nd|rd|th)?$/i.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * A click on an element the task does not name, where a number in the task
 * ("the 5th result") equals the element's overall position among elements of
 * its kind — counting the pages the demonstration turned just before (k
 * clicks on one pager, P elements of the kind per page: n − 1 = k·P + rank).
 * Then the pager clicks and the pick become one step that picks the new
 * number's element, paging as needed.
 */
function markRankedPicks(steps: PlannedStep[], notes: string[], demoTask: string): Set<number> {
  const used = new Set<number>();
  for (let goal = steps.length - 1; goal >= 0; goal--) {
    const planned = steps[goal]!;
    if (planned.step.action.type !== 'click' || planned.search || planned.ensureChecked || planned.rowKeys) continue;
    // A target the task names outright ("Submit", the slot value itself) is found by its name, not its rank;
    // one that only mentions a value ("Carla jelly" for the term "Carla") may still be the Nth.
    const wholeNamed = targetDescriptorsOf(planned.step).some((target) => {
      const text = normalizeText(target.text);
      return text !== '' && (containsWhole(demoTask, target.text.trim()) || planned.bindings.some((binding) => normalizeText(binding.old) === text));
    });
    if (wholeNamed) continue;
    const element = targetedElements(planned.step)[0];
    if (!element) continue;
    const numbers = planned.bindings
      .map((binding) => ({ old: ordinalNumber(binding.old), new: ordinalNumber(binding.new) }))
      .filter((pair): pair is { old: number; new: number } => pair.old !== undefined && pair.new !== undefined && pair.new >= 1);
    // A number both tasks share ("the 5th" in each) is no slot but still names the position.
    for (const token of tokenizeTask(demoTask)) {
      const number = ordinalNumber(token.text);
      const rebound = planned.bindings.some((binding) => normalizeText(binding.old) === token.norm);
      if (number !== undefined && number >= 1 && !rebound) numbers.push({ old: number, new: number });
    }
    if (numbers.length === 0) continue;
    const kind = kindOf(element);
    const rank = planned.step.observation.elements.filter((other) => kindOf(other) === kind).findIndex((other) => other.id === element.id);
    // Consecutive clicks on one and the same control (a "Next page" link) right before the pick.
    let pages = 0;
    let pager: TargetDescriptor | undefined;
    while (goal - pages - 1 >= 0) {
      const previous = steps[goal - pages - 1]!;
      const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
      if (!target || previous.search || previous.ensureChecked || kindOf(target) === kind) break;
      if (pager && (pager.role !== target.role || normalizeText(pager.text) !== normalizeText(target.text) || normalizeText(pager.label) !== normalizeText(target.label))) break;
      pager = target;
      pages++;
    }
    const firstPage = pages > 0 ? steps[goal - pages]!.step.observation : planned.step.observation;
    const perPage = firstPage.elements.filter((other) => kindOf(other) === kind).length;
    const match = numbers.find((pair) => pair.old - 1 === pages * perPage + rank);
    if (!match || rank < 0) continue;
    const start = goal - pages;
    steps.splice(start, pages + 1, { ...planned, rankedPick: { kind, index: match.new - 1, ...(pager ? { pager } : {}) } });
    used.add(match.old);
    notes.push(`picks the ${match.new}th of the elements like demonstrated step ${planned.sourceIndex + 1}${pager ? `, paging with ${JSON.stringify(pager.text || pager.label || pager.role)}` : ''}`);
    goal = start;
  }
  return used;
}

/** The month a step's observation shows in a "Month YYYY" title (visible elements only). */
function shownMonthOf(step: Step): number | undefined {
  return shownMonths(step.observation.elements.filter((element) => !element.states.hidden).map((element) => element.text))[0];
}

/**
 * Clicks on one and the same control right before a step, that moved the
 * month title on screen to the month of a date in the task: a navigation to
 * that month. It becomes one step that navigates to the new date's month,
 * whichever way it lies, so a demonstration that went two months forward
 * also serves a task three months back.
 */
function markNavigations(steps: PlannedStep[], notes: string[], dates: readonly { old: CalendarDate; new: CalendarDate }[]): void {
  if (dates.length === 0) return;
  const sameControl = (a: TargetDescriptor, b: TargetDescriptor) =>
    a.role === b.role && normalizeText(a.text) === normalizeText(b.text) && normalizeText(a.label) === normalizeText(b.label);
  for (let goal = steps.length - 1; goal > 0; goal--) {
    let start = goal;
    let control: TargetDescriptor | undefined;
    while (start > 0) {
      const previous = steps[start - 1]!;
      const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
      if (!target || previous.search || previous.ensureChecked || previous.rankedPick || previous.navigate || previous.intendedChecked !== undefined) break;
      if (control && !sameControl(control, target)) break;
      control = target;
      start--;
    }
    if (!control || start === goal) continue;
    const before = shownMonthOf(steps[start]!.step);
    const after = shownMonthOf(steps[goal]!.step);
    if (before === undefined || after === undefined || before === after) continue;
    const date = dates.find((candidate) => monthCount(candidate.old) === after);
    if (!date) continue;
    const direction = after > before ? 1 : -1;
    const first = steps[start]!;
    steps.splice(start, goal - start, { ...first, navigate: { control, direction, wanted: monthCount(date.new), demonstrated: goal - start } });
    notes.push(
      `navigates with ${JSON.stringify(control.text || control.label || control.role)} (demonstrated steps ${first.sourceIndex + 1}–${steps[start + 1]!.sourceIndex}) until the month of ${date.new.month}/${date.new.day}/${date.new.year} shows`,
    );
    goal = start;
  }
}

/**
 * A click on one of several alike elements (a "Book" button per row) whose
 * row held the lowest or highest quantity that a superlative of the task
 * names ("cheapest" → lowest price): the choice was a comparison, so the new
 * run compares the rows on screen by the new task's superlative. Returns the
 * (lower-cased) superlatives the demonstration chose by.
 */
function markExtremePicks(steps: PlannedStep[], notes: string[], demoTask: string): Set<string> {
  const used = new Set<string>();
  const words = tokenizeTask(demoTask).filter((token) => token.kind === 'word' && superlativeOf(token.norm));
  if (words.length === 0) return used;
  for (const planned of steps) {
    if (planned.step.action.type !== 'click' || planned.search || planned.ensureChecked || planned.rankedPick || planned.navigate || planned.rowKeys) continue;
    if (planned.intendedChecked !== undefined) continue;
    const element = targetedElements(planned.step)[0];
    if (!element) continue;
    const elements = planned.step.observation.elements;
    const kind = kindOf(element);
    const peers = elements.filter((other) => kindOf(other) === kind && !other.states.hidden);
    for (const word of words) {
      const found = extremeOf(peers, elements, superlativeOf(word.norm)!);
      if (!('element' in found) || found.element.id !== element.id) continue;
      const rebound = planned.bindings.find((binding) => normalizeText(binding.old) === word.norm);
      const newWord = rebound ? rebound.new.trim() : word.text;
      const choice = superlativeOf(newWord);
      planned.extremePick = { kind, word: newWord, ...(choice ? { choice } : {}) };
      used.add(word.norm);
      notes.push(
        `demonstrated step ${planned.sourceIndex + 1} chose the ${word.text} of ${peers.length} rows (${found.values.join(', ')}): picks the ${newWord} row`,
      );
      break;
    }
  }
  return used;
}
