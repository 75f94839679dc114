/**
 * Rule: the row a task names by a property ("the post by @maria") is looked
 * for as far as the list goes — loading more and scrolling — whatever the
 * demonstration needed to find its own.
 *
 * A demonstrated step acted inside the row that showed a value of its task
 * (row-keys.ts). The pages it loaded ("Load more") and the scrolls it took
 * right before were a search for that row; another instance may need none,
 * or more. So those steps (or none) become one search step before the row's
 * step: while the row does not ground, press the control that loads more —
 * the demonstrated one (its caption may vary: the same role, tag and class),
 * else the one control outside the rows whose caption says it shows more —
 * when it is on screen, else scroll down over the rows. It refuses when a
 * press or two scrolls showed nothing new (the list's end), or at the bound,
 * saying how far it went. Pressing "load more" and scrolling only show more:
 * the search itself never acts on a row.
 *
 * So a step that set something is never taken for a press that loaded more: a
 * choice made (a radio, tick box, switch or option — the survey's Wi-Fi row
 * rated "Poor" right before the Location row), a field filled, or a cell a rule
 * chose by its headers. Such a step is part of the task, not of the looking;
 * folded into the search it would be skipped as soon as the row showed, and
 * the value it set left unset (stay-survey, teaching bench: Wi-Fi left empty).
 *
 * Pure functions over the plan and the current elements; the policy keeps
 * the turns taken as visit keys.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import type { RepeatedGrounding } from '../ground-step.js';
import type { DemonstrationPlan, PlannedStep } from '../planned-step.js';
import { CHOICE_ROLES, controlKind, EDITABLE_ROLES, kindOf, targetDescriptorsOf } from '../planned-step.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { screenSignature, scrollKey, scrollStalled } from './scroll-depth.js';

/** A search for a row named by a property, by loading more and scrolling. */
export interface FeedSearchStep {
  /** The control that loaded more rows in the demonstration, when it pressed one. */
  pager?: TargetDescriptor;
  /** How far one scroll goes (the demonstrated wheel delta, else a default). */
  deltaY: number;
  /** How many steps the demonstration took searching. */
  demonstrated: number;
}

/** Most turns (loads and scrolls) a search takes before it refuses. */
export const MAX_FEED_TURNS = 60;
const DEFAULT_DELTA = 80;
const LOAD_SCORE = 0.75;
const SCROLL_SCORE = 0.75;
/** Captions of a control that shows more of a list, whatever the page calls it. */
const MORE_CAPTION = /\b(?:load|show|see|view|display)\b.*\b(?:more|older|earlier|previous|next)\b|^\s*(?:more|older|next)\b|\bmore (?:posts|items|results|stories|entries|comments)\b/i;

const sameControl = (a: TargetDescriptor, b: TargetDescriptor) =>
  a.role === b.role && normalizeText(a.text) === normalizeText(b.text) && normalizeText(a.label) === normalizeText(b.label);

/** Same role, tag and class: a control like the demonstrated one, whatever its caption says this time. */
const alikeControl = (a: Pick<UIElement, 'role' | 'tag' | 'attributes'>, b: Pick<UIElement, 'role' | 'tag' | 'attributes'>) => controlKind(a) === controlKind(b);

/** Does a planned step name its target in the task (its caption carries a slot value or appears in the task)? */
function named(planned: PlannedStep, demoTask: string): boolean {
  return targetDescriptorsOf(planned.step).some((target) => {
    const text = (target.text || target.label || '').trim();
    return text !== '' && (containsWhole(demoTask, text) || planned.bindings.some((binding) => containsWhole(text, binding.old)));
  });
}

/**
 * Does a planned step set something — a choice, a field, a cell chosen by a rule — rather than only press? Such a
 * step is never a press that loads more.
 */
function setsValue(planned: PlannedStep, target: TargetDescriptor): boolean {
  return planned.intendedChecked !== undefined || CHOICE_ROLES.has(target.role) || EDITABLE_ROLES.has(target.role) || planned.headerCell !== undefined || planned.gridCode !== undefined;
}

/**
 * Turn the loads and scrolls right before a row-keyed step into one search
 * (or put an empty one there), so the row is looked for as deep as it lies.
 */
export function feedSearchPlan(plan: DemonstrationPlan): DemonstrationPlan | undefined {
  const goal = plan.steps.findIndex((planned) => ((planned.rowKeys && planned.rowKeys.length > 0) || planned.pagedItem) && !planned.feedSearch);
  if (goal < 0 || plan.steps.some((planned) => planned.feedSearch)) return undefined;
  const goalAction = plan.steps[goal]!.step.action.type;
  if (goalAction !== 'click' && goalAction !== 'double-click' && goalAction !== 'hover') return undefined;
  let start = goal;
  let pager: TargetDescriptor | undefined;
  let deltaY: number | undefined;
  let demonstrated = 0;
  while (start > 0) {
    const previous = plan.steps[start - 1]!;
    const action = previous.step.action;
    if (previous.search?.mode === 'scroll' || action.type === 'scroll') {
      if (action.type === 'scroll' && action.deltaY > 0) deltaY ??= action.deltaY;
      if (action.type === 'scroll' && action.deltaY <= 0) break;
      demonstrated += previous.search?.demonstrated ?? 1;
      start--;
      continue;
    }
    const tried = previous.search?.mode === 'click' ? previous.search.tried : action.type === 'click' ? targetDescriptorsOf(previous.step).slice(0, 1) : [];
    if (tried.length === 0 || previous.rowKeys || previous.ensureChecked || named(previous, plan.trajectory.task)) break;
    const control = tried[0]!;
    if (setsValue(previous, control)) break; // a choice made or a field set is the task's, not a load (see above)
    if (!tried.every((other) => sameControl(other, control)) || (pager && !sameControl(pager, control))) break;
    pager = control;
    demonstrated += previous.search?.demonstrated ?? 1;
    start--;
  }
  const first = plan.steps[start]!;
  const feedSearch: FeedSearchStep = { ...(pager ? { pager } : {}), deltaY: deltaY ?? DEFAULT_DELTA, demonstrated };
  const searchStep: PlannedStep = { sourceIndex: first.sourceIndex, step: first.step, bindings: [], feedSearch };
  const steps = [...plan.steps.slice(0, start), searchStep, ...plan.steps.slice(goal)];
  return {
    ...plan,
    steps,
    notes: [
      ...plan.notes,
      `looks for the row of step ${plan.steps[goal]!.sourceIndex + 1} as deep as the list goes${pager ? `, loading more with ${JSON.stringify(pager.text || pager.label || pager.role)}` : ''} and scrolling${demonstrated > 0 ? ` (the demonstration took ${demonstrated} step(s))` : ''}`,
    ],
  };
}

/** The ids above an element, nearest first. */
function ancestorIds(element: UIElement, byId: ReadonlyMap<number, UIElement>): number[] {
  const ids: number[] = [];
  for (let id = element.parentId; id !== undefined && !ids.includes(id); id = byId.get(id)?.parentId) ids.push(id);
  return ids;
}

/**
 * The control that loads more on this screen: like the demonstrated one, else
 * the one whose caption says so; never one inside a row like the goal's.
 */
export function loadMoreControl(feed: FeedSearchStep, goal: TargetDescriptor, elements: readonly UIElement[]): UIElement | undefined {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const rows = elements.filter((element) => !element.states.hidden && kindOf(element) === kindOf(goal));
  // The containers of the goal's kind of control: a row's parent chain up to (not including) what all rows share.
  // One row alone (a card on show) has no neighbour to tell how far it reaches: only its own container is the row.
  const rowAncestors = new Set(rows.flatMap((row) => ancestorIds(row, byId).slice(0, rows.length > 1 ? 2 : 1)));
  const shared = rows.length > 1 ? ancestorIds(rows[0]!, byId).filter((id) => rows.every((row) => ancestorIds(row, byId).includes(id))) : [];
  for (const id of shared) rowAncestors.delete(id);
  const outside = (element: UIElement) =>
    !element.states.hidden && !element.states.disabled && element.interactive && !rows.includes(element) && !ancestorIds(element, byId).some((id) => rowAncestors.has(id));
  if (feed.pager) {
    const pager = feed.pager;
    const alike = elements.filter((element) => outside(element) && alikeControl(element, pager as UIElement));
    if (alike.length === 1) return alike[0];
    const same = alike.filter((element) => sameControl(element, pager));
    if (same.length === 1) return same[0];
  }
  const worded = elements.filter((element) => outside(element) && (element.role === 'button' || element.role === 'link') && MORE_CAPTION.test(element.text || element.label || ''));
  return worded.length === 1 ? worded[0] : undefined;
}

/**
 * One turn of the search while its row does not ground: load more when that
 * control shows, else scroll down over the rows; refuse when nothing new came.
 */
export function groundFeedSearch(
  feed: FeedSearchStep,
  goal: TargetDescriptor,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  goalReason: string,
): RepeatedGrounding {
  const taken = [...visited].filter((key) => key.startsWith(prefix));
  const loads = taken.filter((key) => key.startsWith(`${prefix}load:`)).length;
  const scrolls = taken.length - loads;
  const far = `loaded more ${loads} time(s) and scrolled ${scrolls} time(s)`;
  if (taken.length >= MAX_FEED_TURNS) return { grounding: { ok: false, score: 0, reason: `${far}, the most this search takes; still: ${goalReason}` } };
  const signature = screenSignature(elements);
  const more = loadMoreControl(feed, goal, elements);
  if (more) {
    const key = `${prefix}load:${signature}`;
    if (visited.has(key)) return { grounding: { ok: false, score: 0, reason: `${far}; pressing ${JSON.stringify(more.text || more.label || '')} showed nothing new; still: ${goalReason}` } };
    return {
      visitKey: key,
      grounding: {
        ok: true,
        action: { type: 'click', target: { elementId: more.id } },
        score: LOAD_SCORE,
        reason: `load more with ${JSON.stringify(more.text || more.label || '')} (${far} so far) until the row the task names shows (${goalReason})`,
      },
    };
  }
  const scrollPrefix = `${prefix}scroll:`;
  if (scrollStalled(visited, scrollPrefix, signature)) return { grounding: { ok: false, score: 0, reason: `${far}, the last scrolls moving nothing (the end of the list); still: ${goalReason}` } };
  // Over the rows: the last control like the goal's (its caption may be a word here, a glyph there).
  const rows = elements.filter((element) => !element.states.hidden && element.role === goal.role && (element.tag ?? '') === (goal.tag ?? ''));
  const over = rows.at(-1);
  return {
    visitKey: scrollKey(scrollPrefix, scrolls, signature),
    grounding: {
      ok: true,
      action: { type: 'scroll', deltaX: 0, deltaY: feed.deltaY, ...(over ? { target: { elementId: over.id } } : {}) },
      score: SCROLL_SCORE,
      reason: `scroll down (${far} so far) until the row the task names shows (${goalReason})`,
    },
  };
}
