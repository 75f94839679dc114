/**
 * Rule: a search that turned pages turns them as far as it takes, and only
 * them.
 *
 * A demonstration that clicked one control ("Next", "›", "Load more") before
 * acting on the row its task names was looking for that row. When that
 * control stayed where it was, unchanged (no tab or section it selected or
 * expanded), while the rows of the target's kind changed, it was a pager:
 * the new run clicks it again and again until the named row shows — however
 * many pages that takes, within a bound — and never clicks anything else
 * while searching (another button of the same role could be "Clear all").
 * It refuses when a turn changed no row (the last page, or a pager that went
 * round) or the bound is reached, saying how many pages it turned.
 *
 * Pure functions over the plan and the current elements; the pages already
 * seen are kept by the policy as visit keys.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { RepeatedGrounding } from '../ground-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import type { DemonstrationPlan } from '../planned-step.js';
import { kindOf, targetDescriptorsOf } from '../planned-step.js';
import { normalizeText } from '../text-match.js';

/** Most pages a search turns past the demonstrated ones: lists far longer than the demonstrated one, not endless ones. */
export const MAX_PAGES = 40;
const PAGER_SCORE = 0.75;
/** States that show a control selected a view (a tab) or opened a section (a header): no pager. */
const VIEW_STATES = ['selected', 'expanded', 'checked'] as const;

const sameControl = (a: TargetDescriptor, b: TargetDescriptor) =>
  a.role === b.role && normalizeText(a.text) === normalizeText(b.text) && normalizeText(a.label) === normalizeText(b.label);

/** The element an action acted on, in its step's own observation. */
function acted(step: Step): UIElement | undefined {
  const action = step.action;
  const id = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  return step.observation.elements.find((element) => element.id === id);
}

/** The texts of the visible elements of one kind: what a page turn changes. */
function rowsOf(elements: readonly UIElement[], kind: string): string[] {
  return elements.filter((element) => !element.states.hidden && kindOf(element) === kind).map((element) => normalizeText(element.text || element.label));
}

/**
 * The pager a search step of the plan used, when the demonstration shows it
 * was one: every search click on one control, which stayed the same after
 * each click while the rows of the next step's kind changed.
 */
export function pagerOf(plan: DemonstrationPlan, planIndex: number): TargetDescriptor | undefined {
  const planned = plan.steps[planIndex];
  const goal = plan.steps[planIndex + 1];
  const search = planned?.search;
  if (!planned || !goal || !search || search.mode !== 'click' || search.tried.length === 0 || search.role === 'tab') return undefined;
  const pager = search.tried[0]!;
  if (!search.tried.every((tried) => sameControl(tried, pager))) return undefined;
  const goalTarget = targetDescriptorsOf(goal.step)[0];
  if (!goalTarget) return undefined;
  const kind = kindOf(goalTarget);
  const steps = plan.trajectory.steps;
  for (let index = planned.sourceIndex; index < planned.sourceIndex + search.demonstrated; index++) {
    const before = steps[index];
    const after = steps[index + 1];
    const clicked = before ? acted(before) : undefined;
    if (!before || !after || !clicked) return undefined;
    const still = after.observation.elements.filter((element) => sameControl(element, pager));
    if (still.length !== 1) return undefined;
    const later = still[0]!;
    if (VIEW_STATES.some((state) => Boolean(later.states[state]) !== Boolean(clicked.states[state]))) return undefined;
    if (rowsOf(before.observation.elements, kind).join('\n') === rowsOf(after.observation.elements, kind).join('\n')) return undefined;
  }
  return pager;
}

/**
 * One turn of a pager search whose goal does not ground yet: click the pager
 * when this page's rows were not seen before, else refuse.
 */
export function groundPagerSearch(
  pager: TargetDescriptor,
  goalTarget: TargetDescriptor,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  goalReason: string,
): RepeatedGrounding {
  const turned = [...visited].filter((key) => key.startsWith(prefix)).length;
  const page = `${prefix}${rowsOf(elements, kindOf(goalTarget)).join('\u0000')}`;
  if (turned > 0 && visited.has(page)) {
    return { grounding: { ok: false, score: 0, reason: `turned ${turned} page(s) with ${JSON.stringify(pager.text || pager.label)} until they showed nothing new; still: ${goalReason}` } };
  }
  if (turned >= MAX_PAGES) {
    return { grounding: { ok: false, score: 0, reason: `turned ${turned} pages with ${JSON.stringify(pager.text || pager.label)}, the most this search turns; still: ${goalReason}` } };
  }
  const found = groundTarget(pager, [], elements);
  if (!found.element) return { grounding: { ok: false, score: 0, reason: `the pager ${JSON.stringify(pager.text || pager.label)} is gone after ${turned} page(s): ${found.reason}; still: ${goalReason}` } };
  const tie = nearTieRefusal(found, `the pager ${JSON.stringify(pager.text || pager.label)}`);
  if (tie) return { grounding: { ok: false, score: 0, reason: `${tie}; still: ${goalReason}` } };
  return {
    visitKey: page,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: found.element.id } },
      score: Math.min(found.score, PAGER_SCORE),
      reason: `turn the page with ${JSON.stringify(pager.text || pager.label)} (${turned} turned so far), as the demonstration did, until the next target shows (${goalReason})`,
    },
  };
}
