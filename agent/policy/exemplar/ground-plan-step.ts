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
import { withoutTaskEcho } from './rules/task-echo.js';
import { affixPickOf, groundAffixPick } from './rules/affix-pick.js';
import { typedTexts } from './rules/typed-not-place.js';
import { groupedChoice } from './rules/option-group.js';
import type { PolicyContext } from '../../core/policy.js';
import type { StepAssessment } from './step-assessment.js';
import { groundStep, type RepeatedGrounder, type StepGrounding } from './ground-step.js';
import { targetDescriptorsOf, type DemonstrationPlan } from './planned-step.js';
import { describeDemonstratedStep } from './describe-step.js';
import { judgeTaskState } from '../../checks/task-state.js';
import { isQuestion } from '../../checks/rule-checker.js';
import { groundValuePick } from './rules/value-choice.js';
import { positionProblem } from './rules/position-choice.js';
import { groundMenuPath } from './rules/menu-path.js';
import { groundTreePath } from './rules/tree-path.js';
import { groundFeedSearch } from './rules/feed-search.js';
import { figureProblem, groundFigurePick } from './rules/figure-pick.js';
import { groundIconWord } from './rules/icon-word.js';
import { groundFinalPress } from './rules/final-press.js';
import { groundHeaderCell } from './rules/header-cell.js';
import { groundGridCodeCell } from './rules/grid-code-cell.js';
import { groundFigureSetDrop } from './rules/figure-set-drop.js';
import { groundDescribedPick } from './rules/described-pick.js';
import { groundPagerSearch, pagerOf } from './rules/pager-search.js';
import { groundPagedItem, pagedItemShown } from './rules/paged-item.js';
import { groundEnsureChecked } from './rules/checked-set.js';
import { groundRankedPick } from './rules/ranked-pick.js';
import { groundExtremePick } from './rules/extreme-pick.js';
import { groundNavigation } from './rules/month-navigation.js';
import { groundClickSearch, groundScrollSearch } from './rules/search-steps.js';
import { unconfirmedFinalState } from './rules/unverified-demonstration.js';
import { skippableDialogStep } from './dialog-place.js';
import { groundCalendarDay, pagesSeenOf } from './rules/calendar-month.js';
import { answerShown, demonstratedEffect, finalStateProblem, GROUNDING_HELP, POSITION_HELP, stateHelp, UNCONFIRMED_HELP, valueProblem } from './step-problems.js';
import { isUnverified } from './retrieve-plans.js';
import { variedChoiceProblem, variedLiteralProblem } from './combine-plans.js';
import { groundDropPlace } from './rules/drop-place.js';
import { groundSliderValue } from './rules/slider-value.js';
import { exchangeProblem } from './rules/exchange-press.js';
import { groundRowSet } from './rules/row-set.js';
import { deedSettled, groundDeedConfirmation, groundRowDeed } from './rules/row-deed.js';
import { groundListScroll } from './rules/list-scroll.js';
import { groundSortOrder } from './rules/sort-direction.js';
import { groundStepperTarget } from './rules/stepper-target.js';
import { groundClosingControl } from './rules/closing-control.js';
import { groundRenamedChoice, renamedChoiceProblem } from './rules/renamed-choice.js';

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

/** The steps grounded turn after turn until the page reads as asked, by the planned step's field that asks it, with their visit keys' prefix. */
const REPEATED_GROUNDERS: readonly (readonly ['sliderValue' | 'stepperTarget' | 'sortOrder', string, RepeatedGrounder])[] = [
  ['sliderValue', 'slider', groundSliderValue], // a slider set to a value (rules/slider-value.ts)
  ['stepperTarget', 'stepper', groundStepperTarget], // pressed until the counter shows the number (rules/stepper-target.ts)
  ['sortOrder', 'sort', groundSortOrder], // clicked until the column reads as asked (rules/sort-direction.ts)
];

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
  // The task's own instruction shown on the page holds every value it names, yet is never a target (rules/task-echo.ts).
  const elements = withoutTaskEcho(context.observation.elements, context.task);
  let grounding: StepGrounding;
  let visitKey: string | undefined;
  let pageAdvance: StepAssessment['pageAdvance'];
  let stay: boolean | undefined;
  // The card the next step's deed is for is here — one, refused or not, or two tied: searching on would scroll a tied one
  // away and leave the other to be pressed, or lose the one card's own refusal, so the next step's answer stands
  // (rules/row-deed.ts).
  if ((planned.search || planned.feedSearch || planned.navigate) && deedSettled(plan.steps[planIndex + 1]?.rowDeed, elements) && depth <= plan.steps.length) {
    return groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
  }
  const affix = affixPickOf(planned);
  const repeated = REPEATED_GROUNDERS.find(([field]) => planned[field] !== undefined);
  if (affix) {
    // A suggestion picked by the task's letters is picked by the new letters (rules/affix-pick.ts).
    const key = `affix:${planIndex}`;
    const picked = groundAffixPick(affix, elements, run.visited.has(key));
    grounding = picked.grounding;
    if (picked.wait) [visitKey, stay] = [key, true];
  } else if (planned.deedConfirmation) {
    grounding = groundDeedConfirmation(planned.deedConfirmation, elements); // the dialog's button going ahead with the deed (rules/row-deed.ts)
  } else if (planned.rowDeed) {
    grounding = groundRowDeed(planned.rowDeed, elements); // a deed on the one card showing the task's values (rules/row-deed.ts)
  } else if (planned.rowSet) {
    ({ grounding, visitKey, stay } = groundRowSet(planned.rowSet, elements, run.visited, `rowset:${planIndex}:`, plan.trajectory.task)); // rows chosen by a shared property (rules/row-set.ts)
  } else if (planned.calendarDay) {
    // A day of a calendar is clicked only while its caption shows the task's month (rules/calendar-month.ts).
    ({ grounding, visitKey, paging: stay } = groundCalendarDay(planned.calendarDay, elements, pagesSeenOf(run.visited, `cal:${planIndex}:`), `cal:${planIndex}:`));
  } else if (planned.ensureChecked) {
    grounding = groundEnsureChecked(planned.ensureChecked, elements);
  } else if (planned.rankedPick) {
    ({ grounding, pageAdvance, visitKey } = groundRankedPick(planned.rankedPick, planIndex, elements, run.pagesSeen.get(planIndex) ?? 0, plan.trajectory.task, run.visited));
  } else if (planned.search?.mode === 'scroll') {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if ((goal.ok && run.forceSearch !== planIndex) || depth > plan.steps.length) return goal;
    // As deep as the list goes, within a bound (rules/search-steps.ts, rules/scroll-depth.ts).
    ({ grounding, visitKey } = groundScrollSearch(planned, elements, run.visited, `scroll:${planIndex}:`, plan.trajectory.task, goal.reason));
  } else if (planned.finalPress) {
    grounding = groundFinalPress(planned.finalPress, elements); // the one button carrying the caption the task closes with (rules/final-press.ts)
  } else if (planned.figurePick) {
    grounding = groundFigurePick(planned.figurePick, elements);
  } else if (planned.iconWord) {
    grounding = groundIconWord(planned.iconWord, elements);
  } else if (planned.headerCell) {
    grounding = groundHeaderCell(planned.headerCell, elements); // a grid cell by its column and row headers (rules/header-cell.ts)
  } else if (planned.gridCode) {
    grounding = groundGridCodeCell(planned.gridCode, elements); // a grid cell by the code it shows (rules/grid-code-cell.ts)
  } else if (planned.describedPick) {
    grounding = groundDescribedPick(planned.describedPick, elements);
  } else if (planned.valuePick) {
    grounding = groundValuePick(planned.valuePick, elements);
  } else if (planned.extremePick) {
    grounding = groundExtremePick(planned.extremePick, elements);
  } else if (planned.navigate) {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length) return goal;
    ({ grounding, visitKey } = groundNavigation(planned.navigate, planIndex, elements, run.visited, goal.reason));
  } else if (planned.search) {
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length) return goal;
    const pager = pagerOf(plan, planIndex);
    const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
    // Pages turned by one control: turn them as far as it takes, and nothing else (rules/pager-search.ts; a pager implies a goal target).
    ({ grounding, visitKey } =
      pager && goalTarget
        ? groundPagerSearch(pager, goalTarget, elements, run.visited, `page:${planIndex}:`, goal.reason)
        : groundClickSearch(planned.search, elements, run.visited, run.threshold, goal.reason));
  } else if (planned.menuPath) {
    ({ grounding, visitKey } = groundMenuPath(planned.menuPath, elements, run.visited, 'menu:'));
  } else if (planned.feedSearch) {
    // The row the task names, looked for as deep as the list goes (rules/feed-search.ts).
    const goal = groundPlanStep(plan, planIndex + 1, context, run, depth + 1);
    if (goal.ok || depth > plan.steps.length || pagedItemShown(plan.steps[planIndex + 1]!, elements)) return goal; // the named item shows: no paging past it
    const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
    ({ grounding, visitKey } = goalTarget ? groundFeedSearch(planned.feedSearch, goalTarget, elements, run.visited, `feed:${planIndex}:`, goal.reason) : { grounding: { ok: false, score: 0, reason: goal.reason } });
  } else if (planned.treePath) {
    ({ grounding, visitKey } = groundTreePath(planned.treePath, elements, run.visited, 'tree:'));
  } else if (repeated) {
    const [, prefix, ground] = repeated;
    ({ grounding, visitKey, stay } = ground(planned, elements, run.visited, `${prefix}:${planIndex}:`, plan.trajectory.task));
  } else if (planned.figureSetDrop) {
    ({ grounding, stay } = groundFigureSetDrop(planned.figureSetDrop, elements, plan.trajectory.task)); // figures into a box (rules/figure-set-drop.ts)
  } else if (planned.dropPlace) {
    grounding = groundDropPlace(planned, elements, plan.trajectory.task); // a drop by the place it was made at (rules/drop-place.ts)
  } else if (planned.pagedItem) {
    grounding = groundPagedItem(planned, elements, plan.trajectory.task); // the item a pager brought, by the value it shows (rules/paged-item.ts)
  } else if (planned.exchange && exchangeProblem(planned.exchange, elements)) {
    grounding = { ok: false, score: 0, reason: exchangeProblem(planned.exchange, elements)! }; // pressed only where it brings the wanted values (rules/exchange-press.ts)
  } else if (skippableDialogStep(plan.trajectory, planned.sourceIndex, elements)) {
    grounding = { ok: true, satisfied: true, score: 1, reason: 'the pop-up the demonstration dismissed here is not on screen' };
  } else {
    const stepGrounding = groundStep(planned, elements, plan.trajectory.task, typedTexts(plan.trajectory));
    grounding = groupedChoice(stepGrounding, elements, plan.task, targetDescriptorsOf(planned.step)[0]); // the option under the group the task names (rules/option-group.ts)
    grounding = groundClosingControl(planned, elements, grounding, run.threshold, plan.trajectory, plan.steps); // a caption that varies: the one control closing the same form or dialog (rules/closing-control.ts)
    grounding = groundRenamedChoice(planned.renamedChoice, planned.step, elements, grounding); // a choice read before its group showed: the option the words name in it now (rules/renamed-choice.ts)
    if (depth === 0) ({ grounding, visitKey, stay } = groundListScroll(planned, elements, run.visited, `list:${planIndex}:`, grounding, run.threshold)); // an option below or cut off at a list's view, unless a search before it scrolls (rules/list-scroll.ts)
    // An hour chosen whose AM / PM is still to press (rules/clock-hour.ts).
    if (stepGrounding.ok && 'action' in stepGrounding && stepGrounding.stay && grounding.ok && 'action' in grounding && grounding.action === stepGrounding.action) stay = true;
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
      // A choice read from the task's words before its group showed (a dialog's), read again now it shows (rules/renamed-choice.ts).
      ((reason) => (reason ? { reason, help: GROUNDING_HELP } : undefined))(renamedChoiceProblem(planned.renamedChoice, grounding.action, elements)) ??
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
