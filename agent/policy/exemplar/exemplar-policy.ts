/**
 * The offline exemplar policy: performs a task with no language model by
 * re-grounding a retrieved demonstration onto the current state.
 *
 *   retrieve (once per run) → plan each demonstration for the new task
 *   (align task texts, slots, repetition) → pick the best-fitting plan whose
 *   first step grounds → each turn: ground the next planned step on the fresh
 *   observation, act if the score clears the threshold, else refuse with the
 *   reason → at the plan's end, done(success) (the runner's completeness check
 *   still applies).
 *
 * Steps whose effect is already there are skipped (a box already ticked, a
 * search or navigation whose target already shows); multi-action steps
 * (ensure checked, search, month navigation, paging, opening a menu path) stay current until
 * satisfied. A failed action is retried
 * once (after one more scroll when a scroll search found a half-hidden
 * target); steps someone else took (the hybrid's fallback) are skipped over.
 *
 * It sees only stored trajectories and the current observation: no task
 * generator, reward or demonstrator code, and nothing task-specific.
 */
import type { Action } from '../../core/action.js';
import type { ExemplarMemory, RetrievalFilters, RetrievedExemplar } from '../../core/exemplar-memory.js';
import type { Policy, PolicyContext, PolicyDecision } from '../../core/policy.js';
import type { UIElement } from '../../core/observation.js';
import { groundEnsureChecked, groundStep, type StepGrounding } from './ground-step.js';
import { groundTarget } from './ground-target.js';
import { kindOf, planDemonstration, targetDescriptorsOf, type DemonstrationPlan, type PlannedStep } from './plan-demonstration.js';
import { normalizeText } from './text-match.js';
import { shownMonths } from './date-parts.js';
import { extremeOf } from './superlatives.js';
import { unresolvedPlaceholder } from '../replay/secret-placeholder.js';
import { typedValueProblem } from './rules/typed-values.js';
import { describeDemonstratedStep } from './describe-step.js';
import { judgeTaskState, pageChangedBetween } from '../../checks/task-state.js';
import { isQuestion } from '../../checks/rule-checker.js';
import { applyPlanRules } from './rules/plan-rules.js';
import { groundValuePick } from './rules/value-choice.js';
import { positionProblem } from './rules/position-choice.js';
import { groundMenuPath } from './rules/menu-path.js';
import { groundTreePath } from './rules/tree-path.js';
import { groundFeedSearch } from './rules/feed-search.js';
import { likeRevealed } from './rules/reveal-toggle.js';
import { groundPagerSearch, pagerOf } from './rules/pager-search.js';
import { screenSignature, scrollKey, scrollLimit, scrollStalled } from './rules/scroll-depth.js';
import { unconfirmedFinalState } from './rules/unverified-demonstration.js';
import { skippableDialogStep } from './dialog-place.js';
import { withIntentSynonyms } from './intent-words.js';
import { actedInDialog, closeControl, dismissalBefore } from './rules/dialog-steps.js';
import { groundCalendarDay, pagesSeenOf } from './rules/calendar-month.js';

export interface ExemplarPolicyOptions {
  memory: ExemplarMemory;
  /** Demonstrations retrieved per run. Default 5. */
  k?: number;
  /** Lowest grounding score (0..1) the policy acts on; below it, it refuses. Default 0.55. */
  threshold?: number;
  /** Retrieval filters; default: successful trajectories only. */
  filters?: RetrievalFilters;
  /** Times a step is retried after its action failed before giving up. Default 1. */
  maxRetries?: number;
  /**
   * Lowest template fit (0..1, see DemonstrationPlan.fit) of a demonstration
   * the policy follows; below it the demonstration is of another task. Default 0.5.
   */
  minFit?: number;
}

/** What the policy would do at this state, without committing to it. */
export interface StepAssessment {
  /** True when the next step grounds with a score at or above the threshold (or the plan is complete). */
  ok: boolean;
  /** 0-based index of the planned step assessed (equal to the plan length when it is complete). */
  planIndex: number;
  /** The grounded action (done(success) at the plan's end); absent when not ok. */
  action?: Action;
  score: number;
  reason: string;
  /** The demonstration the plan came from. */
  demonstration?: { id: string; task: string; fit: number; /** It did not replay on its own state when recorded. */ unverified?: boolean };
  /** The demonstrated action of the assessed step, for a fallback's prompt. */
  demonstrated?: Action;
  /** For a search step: the element it explores, remembered once the action is taken. */
  visitKey?: string;
  /** For a ranked pick that turns the page: how many elements of the kind this page held. */
  pageAdvance?: { planIndex: number; count: number };
  /** When not ok: what would help, in words a user understands. */
  help?: string;
  /** A dialog dismissed on the way (rules/dialog-steps.ts): the step to go back to once it is. */
  resumeAt?: number;
  /** The action only brings the step closer (a calendar page): the step stays current after it. */
  stay?: boolean;
}

interface RunState {
  task: string;
  plans?: DemonstrationPlan[];
  chosen?: DemonstrationPlan;
  cursor: number;
  /** The step the policy last emitted and the history length at that time. */
  pending?: { planIndex: number; historyLength: number; /** The step stays current after its action. */ stay: boolean; resumeAt?: number };
  /** Dialogs dismissed to get past a step they blocked (rules/dialog-steps.ts). */
  dismissals?: number;
  /** History length seen at the last decision. */
  seenHistory: number;
  /** Steps taken by someone else (the hybrid's fallback) since this policy last acted: steps it may have done. */
  foreign: number;
  retries: number;
  /** Elements of a ranked pick's kind on the pages already turned past, by plan step. */
  pagesSeen: Map<number, number>;
  /** A scroll search step that must scroll once more even though its goal shows (the goal could not be clicked). */
  forceSearch?: number;
  /** Demonstrations retrieved for this run (before the fit filter). */
  retrievedCount: number;
  /** Every retrieved demonstration's plan, usable or not, best fit first: to explain a refusal. */
  candidates: DemonstrationPlan[];
  /** Elements a search step already looked into (role:name), and scrolls taken (scroll:step:n). */
  visited: Set<string>;
  cache?: { key: string; assessment: StepAssessment };
  /** Plan steps (planIndex:history length) this run already waited for once. */
  waited: Set<string>;
}

const DEFAULT_K = 5;
/** Dialogs one run dismisses to get past the steps they block, at most. */
const MAX_DISMISSALS = 2;
const DEFAULT_THRESHOLD = 0.55;
const DEFAULT_MIN_FIT = 0.5;
/** How long to let the page settle before looking again for a step that does not ground yet. */
const SETTLE_WAIT_MS = 600;
/** Score of a search click: the demonstration searched the same way, but which element holds the goal is a guess. */
const SEARCH_SCORE = 0.75;
/** Score of a ranked pick: the position rule held in the demonstration; the page may count differently. */
const RANKED_PICK_SCORE = 0.75;
/** Score of a superlative pick: the comparison held in the demonstration; the rows are read from their texts. */
const EXTREME_PICK_SCORE = 0.8;
/** Score of a navigation's counterpart control: never demonstrated, but each click is checked to bring the month closer. */
const COUNTERPART_SCORE = 0.7;

/**
 * How many times the plan's loops (navigations, searches) went round in the
 * demonstration: a loop also serves instances that need no round, while a
 * demonstration without one serves only those, and more rounds are surer
 * evidence of what one round does.
 */
/** How much less an unverified demonstration's template fit counts when choosing one (fit is 0..1). */
const UNVERIFIED_FIT_PENALTY = 0.05;

/** Stored as unverified by the recorder (its replay right after recording failed); older and agent trajectories are neither. */
function isUnverified(plan: DemonstrationPlan): boolean {
  return plan.trajectory.metadata.verified === false;
}

function preferenceFit(plan: DemonstrationPlan): number {
  return plan.fit - (isUnverified(plan) ? UNVERIFIED_FIT_PENALTY : 0);
}

function loopCount(plan: DemonstrationPlan): number {
  return plan.steps.reduce((sum, step) => sum + (step.navigate?.demonstrated ?? step.search?.demonstrated ?? 0), 0);
}

export class ExemplarPolicy implements Policy {
  readonly name = 'offline';
  private readonly k: number;
  private readonly threshold: number;
  private readonly filters: RetrievalFilters;
  private readonly maxRetries: number;
  private readonly minFit: number;
  private state: RunState = { task: '', cursor: 0, seenHistory: 0, foreign: 0, retries: 0, visited: new Set(), retrievedCount: 0, candidates: [], pagesSeen: new Map(), waited: new Set() };
  private counters = { modelCalls: 0, retrievals: 0, groundings: 0, refusals: 0, demonstrationSwitches: 0, retries: 0 };

  constructor(private readonly options: ExemplarPolicyOptions) {
    this.k = options.k ?? DEFAULT_K;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.filters = options.filters ?? { successOnly: true };
    this.maxRetries = options.maxRetries ?? 1;
    this.minFit = options.minFit ?? DEFAULT_MIN_FIT;
    if (!(this.threshold >= 0 && this.threshold <= 1)) throw new RangeError(`threshold must be within 0..1, got ${this.threshold}`);
    if (!Number.isInteger(this.k) || this.k < 1) throw new RangeError(`k must be a positive integer, got ${this.k}`);
  }

  reset(task: string): void {
    this.state = { task, cursor: 0, seenHistory: 0, foreign: 0, retries: 0, visited: new Set(), retrievedCount: 0, candidates: [], pagesSeen: new Map(), waited: new Set() };
  }

  usage(): Record<string, number> {
    return { ...this.counters };
  }

  /** Can the next step be grounded with confidence on this state? (What the hybrid asks before each step.) */
  async canGround(context: PolicyContext): Promise<boolean> {
    return (await this.assess(context)).ok;
  }

  /** Ground the next step on this state without committing to it; repeated calls on one state are free. */
  async assess(context: PolicyContext): Promise<StepAssessment> {
    if (this.state.task !== context.task || (context.history.length === 0 && this.state.seenHistory > 0)) this.reset(context.task);
    const key = `${context.observation.sequence}:${context.history.length}`;
    if (this.state.cache?.key === key) return this.state.cache.assessment;
    this.sync(context);
    const assessment = await this.assessFresh(context);
    this.state.cache = { key, assessment };
    return assessment;
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    const assessment = await this.assess(context);
    const state = this.state;
    state.cache = undefined;
    state.seenHistory = context.history.length;
    if ((!assessment.ok || !assessment.action) && this.mayWait(context, assessment)) {
      // The page may still be opening what the step needs (a submenu, a dialog): look once more before giving up.
      state.waited.add(`${assessment.planIndex}:${context.history.length}`);
      state.pending = { planIndex: assessment.planIndex, historyLength: context.history.length, stay: true };
      return {
        kind: 'act',
        actions: [{ type: 'wait', ms: SETTLE_WAIT_MS }],
        thought: `Step ${assessment.planIndex + 1} does not ground yet (${assessment.reason}); the page may still be changing after the last action, so wait ${SETTLE_WAIT_MS} ms and look again`,
      };
    }
    if (!assessment.ok || !assessment.action) {
      this.counters.refusals++;
      return {
        kind: 'give-up',
        reason: `cannot ground step ${assessment.planIndex + 1}: ${assessment.reason}. What would help: ${assessment.help ?? GROUNDING_HELP}`,
        details: { offline: { ...assessment, action: undefined } },
      };
    }
    const placeholder = unresolvedPlaceholder(assessment.action);
    if (placeholder) {
      this.counters.refusals++;
      return { kind: 'give-up', reason: `step ${assessment.planIndex + 1} ${placeholder}` };
    }
    const rejected = context.feedback.some((line) => /completeness check disagrees/i.test(line));
    if (assessment.action.type === 'done' && rejected) {
      this.counters.refusals++;
      return {
        kind: 'give-up',
        reason: `the demonstration's steps are all done but the completeness check disagrees: ${context.feedback.join(' ')}`,
      };
    }
    const planIndex = assessment.planIndex;
    const misdirected = context.history.some(
      (step) => step.action.type === 'type' && step.result?.ok === false && step.result.code === 'misdirected' && (step.details as { offline?: { planIndex?: number } } | undefined)?.offline?.planIndex === planIndex,
    );
    if (assessment.action.type === 'type' && misdirected) {
      // Part of the text may have reached the field before a pop-up took the focus: type it afresh, not after that part.
      assessment.action = { ...assessment.action, replace: true };
    }
    if (assessment.action.type !== 'done') {
      this.counters.groundings++;
      state.foreign = 0;
      state.cursor = assessment.planIndex;
      if (assessment.visitKey !== undefined) state.visited.add(assessment.visitKey);
      if (assessment.pageAdvance) {
        const { planIndex, count } = assessment.pageAdvance;
        state.pagesSeen.set(planIndex, (state.pagesSeen.get(planIndex) ?? 0) + count);
      }
      state.forceSearch = undefined;
      const planned = state.chosen?.steps[assessment.planIndex];
      // Ensure, search and paging steps take several actions: they stay current until they are satisfied.
      const stay = Boolean(planned?.ensureChecked || planned?.search || planned?.navigate || assessment.pageAdvance || planned?.menuPath?.stage === 'open' || planned?.treePath?.stage === 'open' || planned?.feedSearch || assessment.stay);
      state.pending = { planIndex: assessment.planIndex, historyLength: context.history.length, stay, ...(assessment.resumeAt !== undefined ? { resumeAt: assessment.resumeAt } : {}) };
    }
    return {
      kind: 'act',
      actions: [assessment.action],
      thought: `Step ${assessment.planIndex + 1} of the ${assessment.demonstration?.unverified ? 'UNVERIFIED (it did not replay when recorded) ' : ''}demonstration "${assessment.demonstration?.task ?? ''}": ${assessment.reason}`,
      details: {
        offline: {
          demonstrationId: assessment.demonstration?.id,
          ...(assessment.demonstration?.unverified ? { demonstrationUnverified: true } : {}),
          planIndex: assessment.planIndex,
          score: assessment.score,
          reason: assessment.reason,
        },
      },
    };
  }

  /**
   * Wait once for a step that does not ground right after this policy's own
   * action worked: an effect of that action (a submenu opening) may not be
   * on screen yet. Never before the first action, never twice for one step.
   */
  private mayWait(context: PolicyContext, assessment: StepAssessment): boolean {
    const state = this.state;
    const last = context.history.at(-1);
    if (!state.chosen || !last || last.result?.ok === false || last.action.type === 'wait' || state.foreign > 0) return false;
    if ([...state.waited].some((key) => key.startsWith(`${assessment.planIndex}:`))) return false;
    return assessment.planIndex > 0 && assessment.planIndex < state.chosen.steps.length;
  }

  /** Account for what happened since the last decision: our action's result, and anyone else's steps. */
  private sync(context: PolicyContext): void {
    const state = this.state;
    const history = context.history;
    if (state.pending && history.length > state.pending.historyLength) {
      const ours = history[state.pending.historyLength]!;
      const before = state.chosen?.steps[state.pending.planIndex - 1];
      if (ours.result?.ok === false && before?.search?.mode === 'scroll' && ours.action.type !== 'scroll') {
        // The target was found but could not be acted on (half scrolled into view): scroll once more, as a person would.
        this.counters.retries++;
        state.cursor = state.pending.planIndex - 1;
        state.forceSearch = state.cursor;
      } else if (ours.result?.ok === false) {
        state.retries++;
        this.counters.retries++;
        // A dismissal that failed goes back to the step it was for, never to the steps between.
        state.cursor = state.pending.resumeAt ?? state.pending.planIndex;
      } else {
        state.retries = 0;
        state.cursor = state.pending.resumeAt ?? (state.pending.stay ? state.pending.planIndex : state.pending.planIndex + 1);
      }
      state.foreign += history.length - (state.pending.historyLength + 1);
      state.pending = undefined;
    } else if (history.length > state.seenHistory) {
      state.foreign += history.length - state.seenHistory;
    }
    state.seenHistory = history.length;
  }

  private async retrieve(context: PolicyContext, state: RunState): Promise<DemonstrationPlan[]> {
    this.counters.retrievals++;
    const found: RetrievedExemplar[] = await this.options.memory.retrieve(
      // Worded another way ("Answer" for "Reply"): the intent's other words find those demonstrations too (intent-words.ts).
      { task: withIntentSynonyms(context.task), state: context.abstracted.text },
      this.k,
      this.filters,
    );
    state.retrievedCount = found.length;
    const all = found
      .filter((exemplar) => exemplar.trajectory.steps.length > 0)
      .map((exemplar) => applyPlanRules(planDemonstration(exemplar.trajectory, context.task)));
    // A plan that leaves a value of the task unused (or uses one it does not name) would be wrong, however well it fits.
    const plans = all.filter((plan) => plan.fit >= this.minFit && !plan.problems.some((problem) => problem.blocking));
    state.candidates = [...all].sort((a, b) => b.fit - a.fit);
    // Best template fit first — a demonstration that did not replay when recorded counts a little less, so a
    // verified one of about the same fit wins —; among equals, the one whose loops went round more; then
    // retrieval order (sort is stable).
    plans.sort((a, b) => preferenceFit(b) - preferenceFit(a) || loopCount(b) - loopCount(a));
    context.emit({
      type: 'retrieval',
      step: context.step,
      exemplars: found.map((exemplar) => {
        const plan = all.find((candidate) => candidate.trajectory.id === exemplar.trajectory.id);
        const slots = plan?.alignment.slots.map((slot) => `${slot.old.join(', ')} → ${slot.new.join(', ')}`).join('; ');
        const problems = plan?.problems.filter((problem) => problem.blocking).map((problem) => problem.text) ?? [];
        return {
          id: exemplar.trajectory.id,
          task: exemplar.trajectory.task,
          score: exemplar.score,
          why: `${exemplar.why}; template fit ${(plan?.fit ?? 0).toFixed(2)}${plan && plan.fit < this.minFit ? ' (too low to follow)' : ''}${slots ? `; slots ${slots}` : ''}${plan?.notes.length ? `; ${plan.notes.join('; ')}` : ''}${problems.length ? `; not followed: ${problems.join('; ')}` : ''}${exemplar.trajectory.metadata.verified === false ? '; unverified: it did not replay when recorded' : ''}`,
        };
      }),
    });
    return plans;
  }

  /**
   * Ground plan step `planIndex`; steps whose effect is already there
   * (a box already ticked, a search whose goal is visible) are skipped, so
   * the assessment may be for a later step.
   */
  private ground(plan: DemonstrationPlan, planIndex: number, context: PolicyContext, depth = 0): StepAssessment {
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
      ({ grounding, visitKey, paging: stay } = groundCalendarDay(planned.calendarDay, elements, pagesSeenOf(this.state.visited, `cal:${planIndex}:`), `cal:${planIndex}:`));
    } else if (planned.ensureChecked) {
      grounding = groundEnsureChecked(planned.ensureChecked, elements);
    } else if (planned.rankedPick) {
      const pick = planned.rankedPick;
      const seen = this.state.pagesSeen.get(planIndex) ?? 0;
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
      const goal = this.ground(plan, planIndex + 1, context, depth + 1);
      if ((goal.ok && this.state.forceSearch !== planIndex) || depth > plan.steps.length) return goal;
      const done = [...this.state.visited].filter((key) => key.startsWith(`scroll:${planIndex}:`)).length;
      // As deep as the list goes, within a bound; a list that stopped moving has ended (rules/scroll-depth.ts).
      const limit = scrollLimit(planned.search.demonstrated);
      const signature = screenSignature(elements);
      const scroll = groundStep(planned, elements, plan.trajectory.task);
      if (done >= limit) grounding = { ok: false, score: 0, reason: `scrolled ${done} times; still: ${goal.reason}` };
      else if (scrollStalled(this.state.visited, `scroll:${planIndex}:`, signature)) grounding = { ok: false, score: 0, reason: `scrolled ${done} times, the last ones moving nothing (the end of the list); still: ${goal.reason}` };
      else if (!scroll.ok || !('action' in scroll)) grounding = scroll;
      else {
        visitKey = scrollKey(`scroll:${planIndex}:`, done, signature);
        grounding = { ...scroll, reason: `scroll on, as the demonstration did, until the next target shows (${goal.reason})` };
      }
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
      const goal = this.ground(plan, planIndex + 1, context, depth + 1);
      if (goal.ok || depth > plan.steps.length) return goal;
      const navigation = this.navigate(planned.navigate, planIndex, elements, goal.reason);
      grounding = navigation.grounding;
      visitKey = navigation.visitKey;
    } else if (planned.search) {
      const goal = this.ground(plan, planIndex + 1, context, depth + 1);
      if (goal.ok || depth > plan.steps.length) return goal;
      const pager = pagerOf(plan, planIndex);
      const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
      const next = pager ? undefined : this.nextToExplore(planned.search, elements);
      if (pager && goalTarget) {
        // Pages turned by one control: turn them as far as it takes, and nothing else (rules/pager-search.ts).
        ({ grounding, visitKey } = groundPagerSearch(pager, goalTarget, elements, this.state.visited, `page:${planIndex}:`, goal.reason));
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
      ({ grounding, visitKey } = groundMenuPath(planned.menuPath, elements, this.state.visited, 'menu:'));
    } else if (planned.feedSearch) {
      // The row the task names, looked for as deep as the list goes (rules/feed-search.ts).
      const goal = this.ground(plan, planIndex + 1, context, depth + 1);
      if (goal.ok || depth > plan.steps.length) return goal;
      const goalTarget = targetDescriptorsOf(plan.steps[planIndex + 1]!.step)[0];
      ({ grounding, visitKey } = goalTarget ? groundFeedSearch(planned.feedSearch, goalTarget, elements, this.state.visited, `feed:${planIndex}:`, goal.reason) : { grounding: { ok: false, score: 0, reason: goal.reason } });
    } else if (planned.treePath) {
      ({ grounding, visitKey } = groundTreePath(planned.treePath, elements, this.state.visited, 'tree:'));
    } else if (skippableDialogStep(plan.trajectory, planned.sourceIndex, elements)) {
      grounding = { ok: true, satisfied: true, score: 1, reason: 'the pop-up the demonstration dismissed here is not on screen' };
    } else {
      grounding = groundStep(planned, elements, plan.trajectory.task);
    }
    if (grounding.ok && 'satisfied' in grounding && depth <= plan.steps.length) {
      return this.ground(plan, planIndex + 1, context, depth + 1);
    }
    let help: string | undefined;
    if (grounding.ok && 'action' in grounding) {
      const position = positionProblem(plan, planned, grounding.action, elements);
      const problem =
        valueProblem(plan, planned, grounding.action, elements) ??
        (position ? { reason: position, help: POSITION_HELP } : undefined) ??
        finalStateProblem(plan, planIndex, grounding.action, context);
      if (problem) {
        grounding = { ok: false, score: 0, reason: problem.reason };
        help = problem.help;
      }
    }
    const ok = grounding.ok && grounding.score >= this.threshold;
    const reason = grounding.ok && !ok ? `${grounding.reason}; below the threshold ${this.threshold}` : grounding.reason;
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
  private navigate(
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
    const seen = [...this.state.visited].filter((key) => key.startsWith(prefix)).map((key) => Number(key.slice(prefix.length)));
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
  private nextToExplore(search: NonNullable<PlannedStep['search']>, elements: readonly UIElement[]): { element: UIElement; key: string } | undefined {
    const keyOf = (element: UIElement) => `${element.role}:${normalizeText(element.text || element.label)}`;
    const visited = this.state.visited;
    for (const descriptor of search.tried) {
      const grounding = groundTarget(descriptor, [], elements);
      if (grounding.element && grounding.score >= this.threshold && !visited.has(keyOf(grounding.element))) {
        return { element: grounding.element, key: keyOf(grounding.element) };
      }
    }
    const others = elements
      .filter((element) => element.role === search.role && likeRevealed(element, search.tried) && !element.states.hidden && !element.states.disabled && !visited.has(keyOf(element)))
      .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    const element = others[0];
    return element ? { element, key: keyOf(element) } : undefined;
  }

  private async assessFresh(context: PolicyContext): Promise<StepAssessment> {
    const state = this.state;
    if (!state.plans) state.plans = await this.retrieve(context, state);
    if (state.plans.length === 0) return { ok: false, planIndex: 0, score: 0, ...explainNoPlan(state.candidates, this.minFit) };
    if (state.retries > this.maxRetries) {
      return { ok: false, planIndex: state.cursor, score: 0, reason: `its action failed ${state.retries} times` };
    }

    if (!state.chosen) {
      // Prefer the best-fitting demonstration; fall back to the next when its first step does not ground here.
      let first: StepAssessment | undefined;
      for (const plan of state.plans) {
        const assessment = this.groundFrom(plan, 0, context);
        first ??= assessment;
        if (assessment.ok) {
          if (plan !== state.plans[0]) this.counters.demonstrationSwitches++;
          state.chosen = plan;
          state.cursor = assessment.planIndex;
          return assessment;
        }
      }
      const tried = state.plans.length;
      return { ...first!, reason: `${first!.reason}${tried > 1 ? ` (and ${tried - 1} other demonstration(s) did not ground either)` : ''}` };
    }

    const dismissal = this.dismissal(state.chosen, context);
    if (dismissal) return dismissal;
    const assessment = this.groundFrom(state.chosen, state.cursor, context);
    if (assessment.ok) state.cursor = assessment.planIndex;
    return assessment;
  }

  /**
   * The last action failed and a dialog shows that the demonstration dismissed first thing (a banner
   * that came later this time): dismiss it as demonstrated, then go back to the step it blocked.
   */
  private dismissal(plan: DemonstrationPlan, context: PolicyContext): StepAssessment | undefined {
    const state = this.state;
    if (context.history.at(-1)?.result?.ok !== false || (state.dismissals ?? 0) >= MAX_DISMISSALS || actedInDialog(context.history)) return undefined;
    const index = dismissalBefore(plan.steps, state.cursor, context.observation.elements, plan.trajectory);
    if (index === undefined) return undefined;
    const blocked = state.cursor;
    let assessment = this.ground(plan, index, context);
    if (!assessment.ok || !assessment.action || assessment.planIndex !== index) {
      // Worded otherwise than the demonstration's (a banner's captions vary): its one close control will do.
      const close = closeControl(context.observation.elements);
      if (!close) return undefined;
      assessment = { ok: true, planIndex: index, score: 1, action: { type: 'click', target: { elementId: close.id } }, reason: `[${close.id}] ${close.role} "${close.text || close.label || ''}" closes the dialog` };
    }
    state.dismissals = (state.dismissals ?? 0) + 1;
    return { ...assessment, resumeAt: blocked, reason: `a dialog came over step ${blocked + 1}; dismiss it as the demonstration did first: ${assessment.reason}` };
  }

  /**
   * Ground the step at `cursor`; when someone else took steps since this
   * policy last acted (the hybrid's fallback), they may have done the next
   * few planned steps already, so the first of those that grounds wins.
   */
  private groundFrom(plan: DemonstrationPlan, cursor: number, context: PolicyContext): StepAssessment {
    const here = this.ground(plan, cursor, context);
    if (here.ok) return here;
    for (let skip = 1; skip <= this.state.foreign && cursor + skip < plan.steps.length; skip++) {
      const later = this.ground(plan, cursor + skip, context);
      if (later.ok) return later;
    }
    return here;
  }
}

/** A text about to be typed or chosen that comes neither from the task nor from the page (rules/typed-values.ts). */
function valueProblem(plan: DemonstrationPlan, planned: PlannedStep, action: Action, elements: readonly UIElement[]): { reason: string; help: string } | undefined {
  const demonstrated = planned.step.action;
  if (!(action.type === 'type' && demonstrated.type === 'type') && !(action.type === 'select' && demonstrated.type === 'select')) return undefined;
  const reason = typedValueProblem({
    demonstrated: demonstrated.type === 'type' ? demonstrated.text : demonstrated.type === 'select' ? demonstrated.option : '',
    text: action.type === 'type' ? action.text : action.type === 'select' ? action.option : '',
    demoTask: plan.trajectory.task,
    task: plan.task,
    elements,
    ...(action.type === 'type' && action.target && 'elementId' in action.target ? { targetId: action.target.elementId } : {}),
    // A page value, a worked-out number or a task value in the form the task names (rules/value-transforms.ts).
    fromPage: planned.copyFrom !== undefined || planned.derived !== undefined || planned.typeText !== undefined,
  });
  return reason === undefined
    ? undefined
    : { reason, help: 'a task text that gives the value (in quotes), a demonstration whose typed values come from its task or its page, or a model for the hybrid policy (--policy hybrid)' };
}

/**
 * Before the plan's final click (the one that submits), the screen must hold
 * what the task asks for: fields hold what was typed, lists show what was
 * chosen, the ticked boxes are the named ones (agent/checks/task-state.ts).
 */
function finalStateProblem(plan: DemonstrationPlan, planIndex: number, action: Action, context: PolicyContext): { reason: string; help: string } | undefined {
  if (planIndex !== plan.steps.length - 1 || action.type !== 'click') return undefined;
  const verdict = judgeTaskState({ task: context.task, observation: context.observation, history: context.history });
  const unconfirmed = unconfirmedFinalState(plan.trajectory, verdict);
  if (unconfirmed) return { reason: unconfirmed, help: UNCONFIRMED_HELP };
  return verdict.ok
    ? undefined
    : {
        reason: `the state the task asks for is not there before this final step: ${verdict.reason}`,
        help: stateHelp(verdict.reason),
      };
}

/** What helps when the screen does not hold what the task asks: a field that cut the value, or a state the demonstration never reached. */
function stateHelp(reason: string): string {
  return /\bholds\b/.test(reason)
    ? 'a look at why the page did not take the value (a length limit, a format), another demonstration on such a page, or a model for the hybrid policy (--policy hybrid)'
    : 'another demonstration of this task recorded on a page in this state (for example one with other items already ticked), or a model for the hybrid policy (--policy hybrid)';
}

/** The demonstration's page changed after the step the plan ends with (seen in the next stored step). */
function demonstratedEffect(plan: DemonstrationPlan): boolean {
  const last = plan.steps.at(-1);
  const next = last ? plan.trajectory.steps[last.sourceIndex + 1] : undefined;
  return last !== undefined && next !== undefined && pageChangedBetween(last.step.observation, next.observation);
}

/** What helps when the element a name finds is not at the position the task names. */
const POSITION_HELP = 'a demonstration where the element at that position has another name than in this one, or a model for the hybrid policy (--policy hybrid)';

/** What helps when an unverified demonstration's result cannot be confirmed on the screen. */
const UNCONFIRMED_HELP = 'recording the demonstration again so that it replays (understudy record says whether it does), or a model for the hybrid policy (--policy hybrid)';

/** What helps when a step cannot be grounded on the screen. */
const GROUNDING_HELP =
  'another demonstration of this task recorded on a screen like this one, or a model for the hybrid policy (--policy hybrid) to take the steps the demonstration does not cover';

/**
 * Why no retrieved demonstration can be followed, for a user: the closest
 * one is of another kind of task, or it leaves values of this task unused.
 */
function explainNoPlan(candidates: readonly DemonstrationPlan[], minFit: number): { reason: string; help: string } {
  const best = candidates[0];
  if (!best) {
    return {
      reason: 'no demonstration in memory matches the task',
      help: 'a demonstration of this task (understudy record), or a model for the hybrid policy (--policy hybrid)',
    };
  }
  const others = candidates.length > 1 ? ` (and ${candidates.length - 1} other retrieved demonstration(s) fit no better)` : '';
  const closest = `the closest demonstration, ${JSON.stringify(best.trajectory.task)},`;
  const blocking = best.problems.filter((problem) => problem.blocking).map((problem) => problem.text);
  // A template that matches but leaves values unused (low fit for that reason) is explained by those values.
  if (best.fit < minFit && (best.alignment.score < minFit || blocking.length === 0)) {
    // Its slot-by-slot gaps would only list the differences between two kinds of task: the fit says it.
    return {
      reason: `${closest} is of another kind of task: its task text matches this one at ${Math.round(best.alignment.score * 100)}% (template fit ${best.fit.toFixed(2)}, below ${minFit})${others}`,
      help: 'a demonstration of this kind of task (understudy record), or a model for the hybrid policy (--policy hybrid)',
    };
  }
  const ownHelp = best.problems.find((problem) => problem.blocking && problem.help)?.help;
  return {
    reason: `${closest} cannot do all this task asks: ${blocking.join('; ')}${others}`,
    help: ownHelp ?? 'a demonstration of a task that uses every value this one names (record one with understudy record), or a model for the hybrid policy (--policy hybrid)',
  };
}

/** A visible element whose text or value is exactly this answer (spacing and case aside). */
function answerShown(answer: string, elements: readonly UIElement[]): UIElement | undefined {
  const wanted = normalizeText(answer);
  if (wanted === '') return undefined;
  return elements.find((element) => !element.states.hidden && [element.text, element.value ?? ''].some((field) => normalizeText(field) === wanted));
}
