/**
 * What a plan is made of (see plan-demonstration.ts): the planned step with
 * the field each generalisation sets, the plan, and the readings of a stored
 * step every rule shares — its target descriptors, the strings a slot value
 * may appear in, the kind of an element, the checked state a click produced.
 */
import type { RowDeedPick } from './rules/row-deed.js';
import type { FinalPress } from './rules/final-press.js';
import type { Step, TargetDescriptor, Trajectory } from '../../core/trajectory.js';
import type { UIElement } from '../../core/observation.js';
import { findElement } from '../../core/observation.js';
import type { TaskAlignment, TaskSlot } from './align-tasks.js';
import { normalizeText, type Binding } from './text-match.js';
import type { Superlative } from './superlatives.js';
import type { TaskValueProblem } from './rules/task-values.js';
import type { PageValueSource } from './rules/typed-values.js';
import type { PageToken } from './rules/page-token.js';
import { checkedOf } from './checked-glyphs.js';
import type { DerivedValue } from './rules/derived-values.js';
import type { ValuePick } from './rules/value-choice.js';
import type { PageLookup } from './rules/page-lookup.js';
import type { MenuPathStep } from './rules/menu-path.js';
import type { CalendarDayStep } from './rules/calendar-month.js';
import type { TreePathStep } from './rules/tree-path.js';
import type { FeedSearchStep } from './rules/feed-search.js';
import type { PagedItem } from './rules/paged-item.js';
import type { DropPlace } from './rules/drop-place.js';
import type { SliderValue } from './rules/slider-value.js';
import type { ExchangePress } from './rules/exchange-press.js';
import type { SortOrderStep } from './rules/sort-direction.js';
import type { StepperTarget } from './rules/stepper-target.js';
import type { FigurePick } from './rules/figure-pick.js';
import type { IconWordPick } from './rules/icon-word.js';
import type { FigureSetDrop } from './rules/figure-set-drop.js';
import type { DescribedPick } from './rules/described-pick.js';
import type { RenamedChoiceCheck } from './rules/renamed-choice.js';
import type { PlannedWait } from './rules/recorded-waits.js';
import type { RowSet } from './rules/row-set.js';
import type { NumberedPages } from './rules/numbered-pages.js';
import type { HeaderCell } from './rules/header-cell.js';
import type { GridCodeCell } from './rules/grid-code-cell.js';
import { elementGridCode } from './grid-codes.js';

/** A slot value that was the row key of a step's target (row-keys.ts), old → new, with how the row showed it. */
export interface RowKey extends Binding {
  /** Where in the row the value showed (row-keys.ts keyPlace). */
  place?: string;
  /** A plain word both tasks share, not a slot or a typed value (rules/row-words.ts): exactly one row must show it. */
  word?: true;
  /** A value one task alone led with a preposition ("at weekends" / "self-paced"), or said another way ("weekends" / "the weekend"), rules/row-key-wording.ts: exactly one row must show it. */
  unled?: true;
  /** For an unled key: which of its row's elements of its kind showed the value (row-keys.ts keyColumn): the schedule, not a title of the same kind. */
  column?: number;
  /** For an unled key: content words both tasks share that the demonstrated row showed ("Singing" of "the Singing course"): the row must show them too. */
  words?: string[];
  /** The target's caption was the row's data (rules/row-choice.ts): rows are told apart by the value alone. */
  captionData?: true;
  /** The target's label named its row's item ("+" labelled "Increase Olive oil", row-keys.ts labelNamesRow): the row is found by its card, the label set aside. */
  labelNamed?: true;
}

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
  /** A word of the typed text read off the page, told by a piece of the task (".gif"): type the one word holding it now (rules/page-token.ts). */
  pageToken?: PageToken;
  /** A typed text read off the page at a task key's row and a caption: read it at the new key (rules/page-lookup.ts). */
  lookup?: PageLookup;
  /** The text to type, in the form (letter case, spacing) the task names or the demonstration showed (rules/value-transforms.ts). */
  typeText?: string;
  /** A piece of a value typed in parts after another piece into the same field: it adds to what the run typed, never types over it (rules/split-value.ts, rules/type-afresh.ts). */
  addsToTyped?: true;
  /** A typed number the demonstration worked out from a page number and a task number: work it out again (rules/derived-values.ts). */
  derived?: DerivedValue;
  /** "The folder that shows 14 unread": click the one alike row whose compared quantity is the task's number (rules/value-choice.ts). */
  valuePick?: ValuePick;
  /**
   * Slot values that were the row key of this step's target (row-keys.ts):
   * the new target is the element like the demonstrated one whose row shows the new value.
   */
  rowKeys?: RowKey[];
  /** A deed on the one card showing the task's values, whatever the deed's control is called (rules/row-deed.ts). */
  rowDeed?: RowDeedPick;
  /** After a deed on a card: the dialog's button confirming that deed, where a dialog asks (rules/row-deed.ts). */
  deedConfirmation?: RowDeedPick['deed'];
  /** The one item on show, brought by a pager, was the one showing a slot value: page to the new one (rules/paged-item.ts). */
  pagedItem?: PagedItem;
  /** A field the task's count of this noun goes into, by its label ("2 adults" → "Adults"): typed as given, never worked out (rules/counted-fields.ts). */
  countOf?: string;
  /** A choice bound to the option the task's words named before its group showed (a dialog's): checked again once it shows (rules/renamed-choice.ts). */
  renamedChoice?: RenamedChoiceCheck;
  /** One of a run of identical clicks repeated as many times as the task's number says (rules/click-count.ts). */
  clickCount?: { of: string };
  /** A run of presses that stepped a counter to the task's number: step it to the new number (rules/stepper-target.ts). */
  stepperTarget?: StepperTarget;
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
  /** `among`: the set's members by name (the day toggles, rules/day-set.ts); other toggles of the role are left as they are. */
  ensureChecked?: { role: string; names: string[]; among?: string[] };
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
  rankedPick?: {
    kind: string;
    index: number;
    pager?: TargetDescriptor;
    /** The pager's links read page numbers: go to the page that holds the index (rules/numbered-pages.ts). */
    numbered?: NumberedPages;
    /** The value the demonstrated element read through a slot: the picked one must read the new value. */
    alsoShows?: string;
  };
  /** A point drop placed relative to the slot or element it was made on (rules/drop-place.ts). */
  dropPlace?: DropPlace;
  /** A slider set to a value, not dragged to a point (rules/slider-value.ts). */
  sliderValue?: SliderValue;
  /** A press that exchanged two fields' contents: pressed only where they hold the wanted values the other way round (rules/exchange-press.ts). */
  exchange?: ExchangePress;
  /** Click a sort control until the column under it reads in the task's direction (rules/sort-direction.ts). */
  sortOrder?: SortOrderStep;
  /**
   * "The cheapest flight": the demonstration clicked, among alike elements
   * (one per row), the one whose row held the lowest/highest quantity its
   * task's superlative names. Pick the row the new task's superlative names.
   */
  extremePick?: {
    kind: string;
    /** The new task's word ("shortest"). */
    word: string;
    /** The rows' control's caption (rules/extreme-pick.ts), when the rows hold other controls of its kind ("Edit" beside "Archive"). */
    caption?: string;
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
  /** A figure (swatch, shape) chosen by the colour or shape the task names (rules/figure-pick.ts). */
  figurePick?: FigurePick;
  /** A wordless control clicked by the word its class carries (rules/icon-word.ts). */
  iconWord?: IconWordPick;
  /** A grid cell chosen by the column and row headers the task names (rules/header-cell.ts). */
  headerCell?: HeaderCell;
  /** A grid cell chosen by the code it shows, whole, by label or by its line's letter (rules/grid-code-cell.ts). */
  gridCode?: GridCodeCell;
  /** Every figure the task names dragged into a box (rules/figure-set-drop.ts). */
  figureSetDrop?: FigureSetDrop;
  /** The control naming the shape or colour of the figure shown, which the task does not name (rules/described-pick.ts). */
  describedPick?: DescribedPick;
  /** The same control pressed in every row (or N rows) that shows the value the task names (rules/row-set.ts). */
  rowSet?: RowSet;
  /** A closing press the task names by its caption, which the demonstration did not make (rules/final-press.ts). */
  finalPress?: FinalPress;
  /** The demonstration waited for the page before this step: wait for the same (rules/recorded-waits.ts, wait-turns.ts). */
  waitFor?: PlannedWait;
  /**
   * The demonstration clicked one control (a "Next month" button) until the
   * month title on screen was the month of a date in the task, then acted on
   * the next plan step's target: click the control — or, to go the other way,
   * its counterpart beside it — until the new date's month shows.
   */
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
  return `${controlKind(element)}|${named ? 'named' : ''}`;
}

/**
 * The same control in another place or state: same role, tag and class,
 * whatever its caption says there ("Load more" / "Show older", a row's
 * author line).
 */
export function controlKind(element: { role: string; tag?: string; attributes?: Record<string, string> }): string {
  return `${element.role}|${element.tag ?? ''}|${element.attributes?.['class'] ?? ''}`;
}

/**
 * An element's class words, lower-cased: its class tokens ("fa fa-trash-o"),
 * or with `letters` the runs of three letters or more in them ("trash" — the
 * words that may name a wordless icon).
 */
export function classWords(element: { attributes?: Record<string, string> }, options: { letters?: boolean } = {}): string[] {
  const classes = (element.attributes?.['class'] ?? '').toLowerCase();
  return options.letters ? classes.split(/[^\p{L}]+/u).filter((word) => word.length > 2) : classes.split(/\s+/).filter((word) => word !== '');
}

/** Class words that say how a control looks or sits, not what it does. */
const STYLING_CLASS_WORDS: ReadonlySet<string> = new Set([
  'btn', 'button', 'buttons', 'primary', 'secondary', 'tertiary', 'default', 'outline', 'outlined', 'small', 'large', 'medium',
  'link', 'action', 'actions', 'control', 'item', 'main', 'icon', 'card', 'tile', 'row', 'cell', 'block', 'inline', 'right', 'left',
  'active', 'light', 'dark', 'ghost', 'flat', 'text', 'rounded', 'pill', 'success', 'info', 'warning', 'danger',
]);

/** Does a control's class name what it is, beyond its looks ("enrol", "msg"; not "btn btn-primary")? */
export const classNamesControl = (control: { attributes?: Record<string, string> }) => classWords(control, { letters: true }).some((word) => !STYLING_CLASS_WORDS.has(word));

/** Both carry classes and share none of them: two icons told apart by class (a star and a trash can). */
export function disjointClasses(a: { attributes?: Record<string, string> }, b: { attributes?: Record<string, string> }): boolean {
  const left = new Set(classWords(a));
  const right = new Set(classWords(b));
  return left.size > 0 && right.size > 0 && ![...left].some((word) => right.has(word));
}

/** No letter or digit in its text or label: an icon, told apart from its neighbours by its class only. */
export function isWordless(element: { text?: string; label?: string }): boolean {
  return !/[\p{L}\p{N}]/u.test(`${element.text ?? ''} ${element.label ?? ''}`);
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
  /**
   * Set when the task texts are worded too differently for a template and, read by their values' types and
   * places on this page (rules/kind-by-places.ts), still did not align: what did not. For a refusal.
   */
  kindGap?: string;
  /** What planning found, for reports (e.g. "repeats steps 1–2 for 4 items"). */
  notes: string[];
}

/**
 * What planning hands a rule besides the steps (plan-demonstration.ts): the
 * demonstration's task and the new one, the task's slots and those no step
 * uses yet (a rule that accounts for one takes it out), the notes for
 * reports, and the elements the demonstration showed after a step. A rule
 * names the fields it reads: `Pick<RuleContext, 'task' | 'notes'>`.
 */
export interface RuleContext {
  demoTask: string;
  task: string;
  slots: readonly TaskSlot[];
  unusedSlots: TaskSlot[];
  notes: string[];
  /** The elements of the demonstration's state after the step (undefined after its last step). */
  next: (planned: PlannedStep) => readonly UIElement[] | undefined;
}

/** Roles of choices told apart by the group they sit in (an option under a heading, a radio in a fieldset). */
export const GROUPED_CHOICE_ROLES: ReadonlySet<string> = new Set(['option', 'radio', 'checkbox', 'menuitemradio', 'menuitemcheckbox']);
/** Every control that is chosen or ticked by its caption: the grouped ones and a switch. */
export const CHOICE_ROLES: ReadonlySet<string> = new Set([...GROUPED_CHOICE_ROLES, 'switch']);
/** Roles whose text is what was typed or chosen into them, not what the page says (kind-by-places, the final check's taken values). */
export const EDITABLE_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'listbox']);

/** The strings of a step that a slot value may appear in: typed text, option, answer, target fields. */
export function stepStrings(step: Step): string[] {
  const strings: string[] = [];
  const action = step.action;
  if (action.type === 'type') strings.push(action.text);
  if (action.type === 'select') strings.push(action.option);
  // The group an option was chosen under ("Dinner") is a value the step used (rules/option-group.ts).
  if (action.type === 'select' && action.group) strings.push(action.group);
  if (action.type === 'double-click' && action.word) strings.push(action.word);
  if (action.type === 'done' && action.answer) strings.push(action.answer);
  // A wheel over a list names nothing: its target's text is every row it holds ("@zara_k" is no use of "@zara").
  for (const target of action.type === 'scroll' ? [] : targetDescriptorsOf(step)) {
    // Not the context or attributes: a parent's text mentions every sibling, which says nothing about this step.
    for (const field of [target.text, target.label, target.value]) if (field) strings.push(field);
    if (target.group && GROUPED_CHOICE_ROLES.has(target.role)) strings.push(target.group);
  }
  // A grid cell shows its code ("D2") by its label or its line's letter, not only in its text (grid-codes.ts).
  if (action.type === 'click') {
    for (const element of targetedElements(step)) {
      const code = elementGridCode(element, step.observation.elements);
      if (code && !strings.includes(code)) strings.push(code);
    }
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

/** The elements an action targeted, as its step's observation showed them. */
export function targetedElements(step: Step): UIElement[] {
  const action = step.action;
  const ids: number[] = [];
  if ('target' in action && action.target && 'elementId' in action.target) ids.push(action.target.elementId);
  return ids.flatMap((id) => step.observation.elements.filter((element) => element.id === id));
}

/** Roles a click only ever chooses: pressing the chosen one again leaves it chosen, it never clears it. */
const CHOOSE_ONLY_ROLES: ReadonlySet<string> = new Set(['radio', 'menuitemradio']);

/**
 * The checked state a click on a checkable element produced, or undefined for other steps. A radio
 * is checked after its click even when it was already (a preset "18%" pressed again), never cleared.
 */
export function toggledState(step: Step): boolean | undefined {
  if (step.action.type !== 'click') return undefined;
  const element = targetedElements(step)[0];
  const checked = element ? checkedOf(element) : undefined;
  if (checked === undefined) return undefined;
  return CHOOSE_ONLY_ROLES.has(element!.role) ? true : !checked;
}
