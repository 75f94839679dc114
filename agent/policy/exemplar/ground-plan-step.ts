/**
 * Ground one planned step of a demonstration on the current observation
 * (exemplar-policy.ts): the plain step, or the step's rule — a calendar day,
 * an ensured set of ticks, a ranked or superlative pick, a scroll / click /
 * pager / feed search for the next step's target, a month navigation, a menu
 * or tree path. Steps whose effect is already there are skipped. Then the
 * checks that turn a grounding into a refusal (step-problems.ts).
 *
 * Stateless apart from `run`: what the policy remembers of this run (the
 * elements a search already looked into, pages already turned).
 */
import type { PolicyContext } from '../../core/policy.js';
import type { UIElement } from '../../core/observation.js';
import type { StepAssessment } from './step-assessment.js';
import { groundEnsureChecked, groundStep, type StepGrounding } from './ground-step.js';
import { groundTarget } from './ground-target.js';
import { kindOf, targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from './plan-demonstration.js';
import { normalizeText } from './text-match.js';
import { shownMonths } from './date-parts.js';
import { extremeOf } from './superlatives.js';
import { describeDemonstratedStep } from './describe-step.js';
import { judgeTaskState } from '../../checks/task-state.js';
import { isQuestion } from '../../checks/rule-checker.js';
import { groundValuePick } from './rules/value-choice.js';
import { positionProblem } from './rules/position-choice.js';
import { groundMenuPath } from './rules/menu-path.js';
import { groundTreePath } from './rules/tree-path.js';
import { groundFeedSearch } from './rules/feed-search.js';
import { figureProblem, groundFigurePick } from './rules/figure-pick.js';
import { groundDescribedPick } from './rules/described-pick.js';
import { likeRevealed } from './rules/reveal-toggle.js';
import { groundPagerSearch, pagerOf } from './rules/pager-search.js';
import { screenSignature, scrollKey, scrollLimit, scrollStalled } from './rules/scroll-depth.js';
import { unconfirmedFinalState } from './rules/unverified-demonstration.js';
import { skippableDialogStep } from './dialog-place.js';
import { groundCalendarDay, pagesSeenOf } from './rules/calendar-month.js';
import { answerShown, demonstratedEffect, finalStateProblem, POSITION_HELP, stateHelp, UNCONFIRMED_HELP, valueProblem } from './step-problems.js';
import { isUnverified } from './retrieve-plans.js';
import { variedChoiceProblem, variedLiteralProblem } from './combine-plans.js';

/** What the policy remembers of this run that grounding reads. */
export interface GroundingRun {
  /** Lowest grounding score (0..1) the policy acts on. */
  threshold: number;
  /** Elements a search already looked into (role:name), and scrolls, pages and months taken (by step). */
  visited: Set<string>;
  /** Elements of a ranked pick's kind on the pages already turned past, by plan step. */
  pagesSeen: Map<number, number>;
  /** A scroll search step that must scroll once more even though its goal shows (the goal could not be clicked). */
  forceSearch?: number;
  /** The other demonstrations of a plan's kind: what varies between them says where a value comes from (combine-plans.ts). */
  kin?: (plan: DemonstrationPlan) => readonly DemonstrationPlan[];
}

/** Score of a search click: the demonstration searched the same way, but which element holds the goal is a guess. */
const SEARCH_SCORE = 0.75;
/** Score of a ranked pick: the position rule held in the demonstration; the page may count differently. */
const RANKED_PICK_SCORE = 0.75;
/** Score of a superlative pick: the comparison held in the demonstration; the rows are read from their texts. */
const EXTREME_PICK_SCORE = 0.8;
/** Score of a navigation's counterpart control: never demonstrated, but each click is checked to bring the month closer. */
const COUNTERPART_SCORE = 0.7;

/**
 * Ground plan step `planIndex`; steps whose effect is already there
 * (a box already ticked, a search whose goal is visible) are skipped, so
 * the assessment may be for a later step.
 */
export function groundPlanStep(plan: DemonstrationPlan, planIndex: number, context: PolicyContext, run: GroundingRun, depth = 0): StepAssessment {
  const demonstration = { id: plan.trajectory.id, task: plan.trajectory.task, fit: plan.fit, ...(isUnverified(plan) ? { unverified: true } : {}) };
  if (planIndex >= plan.steps.length) {
    // A done the screen contradicts (a field that did not keep its value) would be a wrong claim: say so instead.
    const state =
      context.history.length > 0
        ? judgeTaskState({
            task: context.task,
            observation: context.observation,
            history: context.history,
            requireLastActionEffect: !isQuestion(context.task),
            requireNoNewErrors: true,
            demonstratedEffect: demonstratedEffect(plan),
          })
        : undefined;
    const unconfirmed = state ? unconfirmedFinalState(plan.trajectory, state) : undefined;
    if (unconfirmed) return { ok: false, planIndex, score: 0, reason: unconfirmed, help: UNCONFIRMED_HELP, demonstration };
    if (state && !state.ok) {
      return {
        ok: false,
        planIndex,
        score: 0,
        reason: `the demonstration's steps are all done, but the screen does not show what the task asks for: ${state.reason}`,
        help: stateHelp(state.reason),
        demonstration,
      };
    }
    let answer = plan.answer;
    let reason = 'the demonstration ends here';
    if (answer !== undefined && plan.answerOnScreen) {
      const shown = answerShown(answer, context.observation.elements);
      reason += shown
        ? `; its answer reads ${JSON.stringify(shown.text)} on the screen ([${shown.id}])`
        : `; its answer ${JSON.stringify(answer)} is not on the screen, so none is given`;
      answer = shown ? answer : undefined;
    }
    return {
      ok: true,
      planIndex,
      action: { type: 'done', success: true, ...(answer !== undefined ? { answer } : {}) },
      score: 1,
      reason,
      demonstration,
    };
  }
  const planned = plan.steps[planIndex]!;
  const elements = context.observation.elements;
  let grounding: StepGrounding;
  let visitKey: string | undefined;
  let pageAdvance: StepAssessment['pageAdvance'];
  let stay: boolean | undefined;
  if (planned.calendarDay) {
    // A day of a calendar is clicked only while its caption shows the task's month (rules/calendar-month.ts).
    ({ grounding, visitKey, paging: stay } = groundCalendarDay(planned.calendarDay, elements, pagesSeenOf(run.visited, `cal:${planIndex}:`), `cal:${planIndex}:`));
  } else if (planned.ensureChecked) {
    grounding = groundEnsureChecked(planned.ensureChecked, elements);
  } else if (planned.rankedPick) {
    const pick = planned.rankedPick;
    const seen = run.pagesSeen.get(planIndex) ?? 0;
    const here = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
    const local = pick.index - seen;
    if (local >= 0 && local < here.length) {
      const element = here[local]!;
      grounding = {
        ok: true,
        action: { type: 'click', target: { elementId: element.id } },
        score: RANKED_PICK_SCORE,
        reason: `[${element.id}] is number ${pick.index + 1} of the elements like the demonstrated one (${seen} on earlier pages, ${here.length} here)`,
      };
    } else if (pick.pager && here.length > 0) {
      const pager = groundTarget(pick.pager, [], elements, { demoTask: plan.trajectory.task });
      if (pager.element) {
        pageAdvance = { planIndex, count: here.length };
        grounding = { ok: true, action: { type: 'click', target: { elementId: pager.element.id } }, score: pager.score, reason: `number ${pick.index + 1} is not among the ${here.length} here: next page: ${pager.reason}` };
      } else {
        grounding = { ok: false, score: 0, reason: `number ${pick.index + 1} is not among the ${seen + here.length} elements seen, and the pager is gone: ${pager.reason}` };
      }
    } else {
      grounding = { ok: false, score: 0, reason: `number ${pick.index + 1} is not among the ${here.length} elements like the demonstrated one` };
    }
  } else if (planned.search?.mode === 'scroll') {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if ((goal.ok && run.forceSearch !== planIndex) || depth > plan.steps.length) return goal;
    const done = [...run.visited].filter((key) => key.startsWith(`scroll:${planIndex}:`)).length;
    // As deep as the list goes, within a bound; a list that stopped moving has ended (rules/scroll-depth.ts).
    const limit = scrollLimit(planned.search.demonstrated);
    const signature = screenSignature(elements);
    const scroll = groundStep(planned, elements, plan.trajectory.task);
    if (done >= limit) grounding = { ok: false, score: 0, reason: `scrolled ${done} times; still: ${goal.reason}` };
    else if (scrollStalled(run.visited, `scroll:${planIndex}:`, signature)) grounding = { ok: false, score: 0, reason: `scrolled ${done} times, the last ones moving nothing (the end of the list); still: ${goal.reason}` };
    else if (!scroll.ok || !('action' in scroll)) grounding = scroll;
    else {
      visitKey = scrollKey(`scroll:${planIndex}:`, done, signature);
      grounding = { ...scroll, reason: `scroll on, as the demonstration did, until the next target shows (${goal.reason})` };
    }
  } else if (planned.figurePick) {
    grounding = groundFigurePick(planned.figurePick, elements);
  } else if (planned.describedPick) {
    grounding = groundDescribedPick(planned.describedPick, elements);
  } else if (planned.valuePick) {
    grounding = groundValuePick(planned.valuePick, elements);
  } else if (planned.extremePick) {
    const pick = planned.extremePick;
    const peers = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
    if (!pick.choice) {
      grounding = { ok: false, score: 0, reason: `the demonstration chose by comparing rows, but ${JSON.stringify(pick.word)} names no comparison known here` };
    } else {
      const found = extremeOf(peers, elements, pick.choice);
      grounding =
        'element' in found
          ? {
              ok: true,
              action: { type: 'click', target: { elementId: found.element.id } },
              score: EXTREME_PICK_SCORE,
              reason: `[${found.element.id}] is in the ${pick.word} of ${peers.length} rows (${pick.choice.extreme === 'min' ? 'lowest' : 'highest'} ${pick.choice.quantity} ${found.value} of ${found.values.join(', ')}), as the demonstration chose`,
            }
          : { ok: false, score: 0, reason: `cannot tell the ${pick.word} row: ${found.reason}` };
    }
  } else if (planned.navigate) {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length) return goal;
    const navigation = navigate(run, planned.navigate, planIndex, elements, goal.reason);
    grounding = navigation.grounding;
    visitKey = navigation.visitKey;
  } else if (planned.search) {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length) return goal;
    const pager = pagerOf(plan, planIndex);
    const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
    const next = pager ? undefined : nextToExplore(run, planned.search, elements);
    if (pager && goalTarget) {
      // Pages turned by one control: turn them as far as it takes, and nothing else (rules/pager-search.ts).
      ({ grounding, visitKey } = groundPagerSearch(pager, goalTarget, elements, run.visited, `page:${planIndex}:`, goal.reason));
    } else if (next) {
      visitKey = next.key;
      grounding = {
        ok: true,
        action: { type: 'click', target: { elementId: next.element.id } },
        score: SEARCH_SCORE,
        reason: `look in ${next.element.role} ${JSON.stringify(next.element.text || next.element.label || '')} for the next target, as the demonstration did (${goal.reason})`,
      };
    } else {
      grounding = { ok: false, score: 0, reason: `looked through every ${planned.search.role}; still: ${goal.reason}` };
    }
  } else if (planned.menuPath) {
    ({ grounding, visitKey } = groundMenuPath(planned.menuPath, elements, run.visited, 'menu:'));
  } else if (planned.feedSearch) {
    // The row the task names, looked for as deep as the list goes (rules/feed-search.ts).
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length) return goal;
    const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
    ({ grounding, visitKey } = goalTarget ? groundFeedSearch(planned.feedSearch, goalTarget, elements, run.visited, `feed:${planIndex}:`, goal.reason) : { grounding: { ok: false, score: 0, reason: goal.reason } });
  } else if (planned.treePath) {
    ({ grounding, visitKey } = groundTreePath(planned.treePath, elements, run.visited, 'tree:'));
  } else if (skippableDialogStep(plan.trajectory, planned.sourceIndex, elements)) {
    grounding = { ok: true, satisfied: true, score: 1, reason: 'the pop-up the demonstration dismissed here is not on screen' };
  } else {
    grounding = groundStep(planned, elements, plan.trajectory.task);
  }
  if (grounding.ok && 'satisfied' in grounding && depth <= plan.steps.length) {
    return groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
  }
  let help: string | undefined;
  if (grounding.ok && 'action' in grounding) {
    const position = positionProblem(plan, planned, grounding.action, elements);
    const problem =
      figureProblem(planned, grounding.action, elements) ??
      valueProblem(plan, planned, grounding.action, elements) ??
      variedLiteralProblem(plan, planned, grounding.action, run.kin?.(plan) ?? []) ??
      variedChoiceProblem(plan, planned, grounding.action, elements, run.kin?.(plan) ?? []) ??
      (position ? { reason: position, help: POSITION_HELP } : undefined) ??
      finalStateProblem(plan, planIndex, grounding.action, context);
    if (problem) {
      grounding = { ok: false, score: 0, reason: problem.reason };
      help = problem.help;
    }
  }
  const ok = grounding.ok && grounding.score >= run.threshold;
  const reason = grounding.ok && !ok ? `${grounding.reason}; below the threshold ${run.threshold}` : grounding.reason;
  return {
    ok,
    planIndex,
    ...(grounding.ok && ok && 'action' in grounding ? { action: grounding.action } : {}),
    ...(visitKey !== undefined ? { visitKey } : {}),
    ...(pageAdvance !== undefined ? { pageAdvance } : {}),
    ...(stay ? { stay } : {}),
    score: grounding.score,
    ...(help !== undefined ? { help } : {}),
    reason: `${describeDemonstratedStep(planned.step)} (demonstrated step ${planned.sourceIndex + 1}): ${reason}`,
    demonstration,
    demonstrated: planned.step.action,
  };
}

/**
 * One click of a month navigation: the demonstrated control when the wanted
 * month lies the way it went, else the other control of its role beside it
 * (same container). Each click must bring the shown month closer — the
 * distances already seen are remembered as visit keys — else it refuses.
 */
function navigate(
  run: GroundingRun,
  navigate: NonNullable<PlannedStep['navigate']>,
  planIndex: number,
  elements: readonly UIElement[],
  goalReason: string,
): { grounding: StepGrounding; visitKey?: string } {
  const shown = shownMonths(elements.filter((element) => !element.states.hidden).map((element) => element.text))[0];
  if (shown === undefined) return { grounding: { ok: false, score: 0, reason: `no month title is on screen to navigate by; ${goalReason}` } };
  const distance = navigate.wanted - shown;
  if (distance === 0) return { grounding: { ok: false, score: 0, reason: `the wanted month shows, yet: ${goalReason}` } };
  const prefix = `nav:${planIndex}:`;
  const seen = [...run.visited].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)));
  if (seen.some((earlier) => earlier <= Math.abs(distance))) {
    return { grounding: { ok: false, score: 0, reason: `the last click did not bring the month closer (${Math.abs(distance)} month(s) away)` } };
  }
  const visitKey = `${prefix}${Math.abs(distance)}`;
  const control = groundTarget(navigate.control, [], elements);
  if (!control.element) return { grounding: { ok: false, score: 0, reason: `the navigation control is gone: ${control.reason}` } };
  const way = distance > 0 ? 'later' : 'earlier';
  if (Math.sign(distance) === navigate.direction) {
    return {
      visitKey,
      grounding: {
        ok: true,
        action: { type: 'click', target: { elementId: control.element.id } },
        score: control.score,
        reason: `the wanted month is ${Math.abs(distance)} month(s) ${way}, the way the demonstrated control went: ${control.reason}`,
      },
    };
  }
  const found = control.element;
  const counterparts = elements.filter(
    (element) => element.id !== found.id && element.role === found.role && element.parentId === found.parentId && !element.states.hidden && !element.states.disabled,
  );
  if (counterparts.length !== 1) {
    return { grounding: { ok: false, score: 0, reason: `the wanted month is ${way}, against the demonstrated control, and ${counterparts.length} controls beside it could go that way` } };
  }
  const other = counterparts[0]!;
  return {
    visitKey,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: other.id } },
      score: Math.min(control.score, COUNTERPART_SCORE),
      reason: `the wanted month is ${Math.abs(distance)} month(s) ${way}, against the demonstrated control: the other ${other.role} beside it, ${JSON.stringify(other.text || other.label || '')}`,
    },
  };
}

/** The next element of a search: the demonstrated ones first, then the others of the role top to bottom. */
function nextToExplore(run: GroundingRun, search: NonNullable<PlannedStep['search']>, elements: readonly UIElement[]): { element: UIElement; key: string } | undefined {
  const keyOf = (element: UIElement) => `${element.role}:${normalizeText(element.text || element.label)}`;
  const visited = run.visited;
  for (const descriptor of search.tried) {
    const grounding = groundTarget(descriptor, [], elements);
    if (grounding.element && grounding.score >= run.threshold && !visited.has(keyOf(grounding.element))) {
      return { element: grounding.element, key: keyOf(grounding.element) };
    }
  }
  const others = elements
    .filter((element) => element.role === search.role && likeRevealed(element, search.tried) && !element.states.hidden && !element.states.disabled && !visited.has(keyOf(element)))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const element = others[0];
  return element ? { element, key: keyOf(element) } : undefined;
}
