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
import type { RetrievalFilters, ExemplarMemory } from '../../core/exemplar-memory.js';
import type { Policy, PolicyContext, PolicyDecision } from '../../core/policy.js';
import type { DemonstrationPlan } from './plan-demonstration.js';
import type { StepAssessment } from './step-assessment.js';
import { unresolvedPlaceholder } from '../replay/secret-placeholder.js';
import { actedInDialog, closeControl, dismissalBefore, keysIntoDialog, skipUnaskedDismissals, unaskedPopupDismissal } from './rules/dialog-steps.js';
import { typeAfresh } from './rules/type-afresh.js';
import { groundPlanStep, type GroundingRun } from './ground-plan-step.js';
import { dialogCameByItself, demonstratedInDialog } from './dialog-place.js';
import { explainNoPlan, retrievePlans } from './retrieve-plans.js';
import { GROUNDING_HELP } from './step-problems.js';
import { combineVotes, kinOf, sameAction, type Vote } from './combine-plans.js';
import { withRecordedWait } from './rules/wait-turns.js';
import { refuseFieldSetTwice } from './rules/field-set-twice.js';

export type { StepAssessment } from './step-assessment.js';

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



interface RunState {
  task: string;
  plans?: DemonstrationPlan[];
  chosen?: DemonstrationPlan;
  cursor: number;
  /** The step the policy last emitted and the history length at that time. */
  pending?: { planIndex: number; historyLength: number; /** The step stays current after its action. */ stay: boolean; resumeAt?: number };
  /** Dialogs dismissed to get past a step they blocked (rules/dialog-steps.ts). */
  dismissals?: number;
  /** The plan step a pop-up interrupted, to be typed afresh when taken again (rules/dialog-steps.ts). */
  retype?: number;
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
  /** Why no plan could be composed of this page's demonstrations either (compose-plans.ts): added to the refusal. */
  compositionRefusal?: string;
  /** Elements a search step already looked into (role:name), and scrolls taken (scroll:step:n). */
  visited: Set<string>;
  cache?: { key: string; assessment: StepAssessment };
  /** Plan steps (planIndex:history length) this run already waited for once. */
  waited: Set<string>;
  /** The other followable demonstrations of the chosen one's kind, compared before each action (combine-plans.ts). */
  peers: Peer[];
}

/** Another demonstration of the chosen one's kind, and where it is in its steps. */
interface Peer {
  plan: DemonstrationPlan;
  cursor: number;
  /** Actions taken since it last agreed: optional steps of the chosen plan it may not have. */
  lag: number;
  /** The step it agreed to for the action in flight. */
  pending?: number;
}

const freshState = (task: string): RunState => ({ task, cursor: 0, seenHistory: 0, foreign: 0, retries: 0, visited: new Set(), retrievedCount: 0, candidates: [], pagesSeen: new Map(), waited: new Set(), peers: [] });

const DEFAULT_K = 5;
/** Dialogs one run dismisses to get past the steps they block, at most. */
const MAX_DISMISSALS = 2;
const DEFAULT_THRESHOLD = 0.55;
/** The fit a demonstration's plan needs to be followed (below it: "another kind of task"); bench/wording-pairs.ts judges by it too. */
export const DEFAULT_MIN_FIT = 0.5;
/** How long to let the page settle before looking again for a step that does not ground yet. */
const SETTLE_WAIT_MS = 600;

export class ExemplarPolicy implements Policy {
  readonly name = 'offline';
  private readonly k: number;
  private readonly threshold: number;
  private readonly filters: RetrievalFilters;
  private readonly maxRetries: number;
  private readonly minFit: number;
  private state: RunState = freshState('');
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
    this.state = freshState(task);
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
    // A step the person waited for is acted on once the page is there (rules/wait-turns.ts).
    const fresh = this.oneValueAField(await this.assessFresh(context), context);
    const followed = this.state.chosen ?? this.state.plans?.[0];
    const assessment = withRecordedWait(fresh, followed, context, this.state.waited, followed && this.state.plans ? kinOf(this.state.plans, followed) : []);
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
      const stay = assessment.resumeAt === undefined && Boolean(planned?.ensureChecked || planned?.search || planned?.navigate || assessment.pageAdvance || planned?.menuPath?.stage === 'open' || planned?.treePath?.stage === 'open' || planned?.feedSearch || assessment.stay);
      state.pending = { planIndex: assessment.planIndex, historyLength: context.history.length, stay, ...(assessment.resumeAt !== undefined ? { resumeAt: assessment.resumeAt } : {}) };
      const combined = assessment.combined;
      state.peers = state.peers.filter((peer) => !combined?.outvoted.includes(peer.plan.trajectory.id));
      for (const peer of state.peers) peer.pending = combined?.agreeing.find((vote) => vote.id === peer.plan.trajectory.id)?.planIndex;
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
        // The peers that agreed moved on with it; the others may lack the step just taken (an optional one).
        for (const peer of state.peers) {
          if (peer.pending === undefined) peer.lag++;
          else [peer.cursor, peer.lag] = [state.pending.stay ? peer.pending : peer.pending + 1, 0];
        }
      }
      for (const peer of state.peers) peer.pending = undefined;
      state.foreign += history.length - (state.pending.historyLength + 1);
      state.pending = undefined;
    } else if (history.length > state.seenHistory) {
      state.foreign += history.length - state.seenHistory;
    }
    state.seenHistory = history.length;
  }

  private async assessFresh(context: PolicyContext): Promise<StepAssessment> {
    const state = this.state;
    if (!state.plans) {
      this.counters.retrievals++;
      const retrieved = await retrievePlans(context, { memory: this.options.memory, k: this.k, filters: this.filters, minFit: this.minFit });
      Object.assign(state, retrieved);
    }
    const plans = state.plans!;
    if (plans.length === 0) return { ok: false, planIndex: 0, score: 0, ...explainNoPlan(state.candidates, this.minFit, state.compositionRefusal) };
    if (state.retries > this.maxRetries) {
      return { ok: false, planIndex: state.cursor, score: 0, reason: `its action failed ${state.retries} times` };
    }

    if (!state.chosen) {
      // Prefer the best-fitting demonstration; fall back to the next when its first step does not ground here.
      let first: StepAssessment | undefined;
      for (const plan of plans) {
        const assessment = this.groundFrom(plan, 0, context);
        first ??= assessment;
        if (assessment.ok) {
          if (plan !== plans[0]) this.counters.demonstrationSwitches++;
          state.chosen = plan;
          state.cursor = assessment.planIndex;
          state.peers = kinOf(plans, plan).map((peer) => ({ plan: peer, cursor: 0, lag: 0 }));
          return this.afresh(this.combine(assessment, context), context);
        }
      }
      const tried = plans.length;
      return { ...first!, reason: `${first!.reason}${tried > 1 ? ` (and ${tried - 1} other demonstration(s) did not ground either)` : ''}` };
    }

    const dismissal = this.dismissal(state.chosen, context) ?? this.popupDismissal(state.chosen, context);
    if (dismissal) return dismissal;
    const assessment = this.groundFrom(state.chosen, state.cursor, context);
    if (!assessment.ok) return assessment;
    state.cursor = assessment.planIndex;
    if (state.retype === assessment.planIndex && assessment.action?.type === 'type') {
      // What the pop-up interrupted may have reached the field in part: type it afresh.
      assessment.action = { ...assessment.action, replace: true };
      state.retype = undefined;
    }
    return this.afresh(this.combine(assessment, context), context);
  }

  /** Never a second value into a field this run set for another field of the demonstration (rules/field-set-twice.ts). */
  private oneValueAField(assessment: StepAssessment, context: PolicyContext): StepAssessment {
    const plan = [...(this.state.plans ?? []), ...this.state.candidates].find((candidate) => candidate.trajectory.id === assessment.demonstration?.id) ?? this.state.chosen;
    // Later steps are grounded on this screen with a run of their own, as doesLater does: nothing of this run's state changes.
    return plan ? refuseFieldSetTwice(assessment, plan, context, (index) => groundPlanStep(plan, index, context, { threshold: this.threshold, visited: new Set(), pagesSeen: new Map() })) : assessment;
  }

  /** A text the demonstration typed into an empty field is typed over what the field holds now (rules/type-afresh.ts). */
  private afresh(assessment: StepAssessment, context: PolicyContext): StepAssessment {
    if (assessment.action?.type !== 'type') return assessment;
    const plans = this.state.plans ?? [];
    const plan = plans.find((candidate) => candidate.trajectory.id === assessment.demonstration?.id) ?? this.state.chosen;
    const planned = plan?.steps[assessment.planIndex];
    const action = typeAfresh(assessment.action, context.observation.elements, planned?.step, planned ? plan?.trajectory.steps[planned.sourceIndex + 1] : undefined, planned?.addsToTyped === true);
    return action === assessment.action ? assessment : { ...assessment, action, reason: `${assessment.reason}; the field holds text the demonstration's did not: typed over it` };
  }

  /**
   * Compare the chosen plan's grounded step with what the other
   * demonstrations of its kind would do now (combine-plans.ts): act when they
   * agree, follow the majority, refuse on a tie.
   */
  private combine(assessment: StepAssessment, context: PolicyContext): StepAssessment {
    const state = this.state;
    const chosen = state.chosen!;
    if (state.peers.length === 0 || !assessment.action || assessment.action.type === 'done') return assessment;
    const votes: Vote[] = state.peers.map((peer) => ({ plan: peer.plan, assessment: this.peerAssessment(peer, assessment, context) }));
    const popUp = this.peerDismissal(assessment, votes);
    if (popUp) return popUp;
    const verdict = combineVotes({ plan: chosen, assessment }, votes, context.observation.elements, assessment.planIndex + 1, (vote, action) => this.doesLater(vote, action, context), context.task);
    if (verdict.kind === 'refuse') {
      const { action: _dropped, ...rest } = assessment;
      return { ...rest, ok: false, score: 0, reason: verdict.reason, help: verdict.help };
    }
    const combined = {
      agreeing: verdict.agreeing.map((vote) => ({ id: vote.plan.trajectory.id, planIndex: vote.assessment.planIndex })),
      outvoted: verdict.outvoted.map((vote) => vote.plan.trajectory.id),
    };
    if (verdict.kind === 'switch') {
      // The majority's plan leads from here; the outvoted ones (the old choice among them) no longer vote.
      this.counters.demonstrationSwitches++;
      state.chosen = verdict.to.plan;
      state.cursor = verdict.to.assessment.planIndex;
      state.peers = state.peers.filter((peer) => peer.plan !== verdict.to.plan && !combined.outvoted.includes(peer.plan.trajectory.id));
      return { ...verdict.to.assessment, reason: `${verdict.to.assessment.reason} (${verdict.note})`, combined };
    }
    return { ...assessment, ...(verdict.note ? { reason: `${assessment.reason} (${verdict.note})` } : {}), combined };
  }

  /**
   * A pop-up shows that came by itself in another demonstration of the kind, which dismissed it here, and the
   * chosen one never acted in a dialog: dismiss it as that one did, then go back to the chosen plan's step.
   */
  private peerDismissal(assessment: StepAssessment, votes: readonly Vote[]): StepAssessment | undefined {
    const state = this.state;
    const chosen = state.chosen!;
    const own = chosen.steps[assessment.planIndex];
    // Only for a demonstration that never acted in a dialog: one that did (a calendar, a confirmation) has its own.
    if ((state.dismissals ?? 0) >= MAX_DISMISSALS || !own || chosen.trajectory.steps.some(demonstratedInDialog)) return undefined;
    for (const { plan, assessment: theirs } of votes) {
      const step = plan.steps[theirs.planIndex];
      // Grounded rather than skipped: the pop-up is on screen now.
      if (!theirs.ok || !theirs.action || theirs.action.type === 'done' || !step || !dialogCameByItself(plan.trajectory, step.sourceIndex)) continue;
      state.dismissals = (state.dismissals ?? 0) + 1;
      return {
        ...theirs,
        resumeAt: assessment.planIndex,
        reason: `a pop-up came over step ${assessment.planIndex + 1} that this demonstration never met; the demonstration ${JSON.stringify(plan.trajectory.task)} dismissed it: ${theirs.reason}`,
        combined: { agreeing: [{ id: plan.trajectory.id, planIndex: theirs.planIndex }], outvoted: [] },
      };
    }
    return undefined;
  }

  /**
   * What a peer would do now: its next step. When the chosen plan took steps the peer lacks (an optional
   * one), a step a little further on counts too, but only to agree: a peer votes against only from where it is.
   */
  private peerAssessment(peer: Peer, chosen: StepAssessment, context: PolicyContext): StepAssessment {
    const run: GroundingRun = { threshold: this.threshold, visited: new Set(), pagesSeen: new Map(), kin: (plan) => kinOf(this.state.candidates, plan) };
    const here = groundPlanStep(peer.plan, peer.cursor, context, run);
    const last = Math.min(peer.cursor + peer.lag + this.state.foreign, peer.plan.steps.length - 1);
    for (let index = peer.cursor; index <= last; index++) {
      const assessment = index === peer.cursor ? here : groundPlanStep(peer.plan, index, context, run);
      if (assessment.ok && assessment.action && chosen.action && sameAction(assessment.action, chosen.action)) return assessment;
    }
    return here;
  }

  /** Whether a plan does this action at one of its steps after the one assessed, grounded on this screen. */
  private doesLater(vote: Vote, action: Action, context: PolicyContext): boolean {
    const run: GroundingRun = { threshold: this.threshold, visited: new Set(), pagesSeen: new Map() };
    for (let index = vote.assessment.planIndex + 1; index < vote.plan.steps.length; index++) {
      const later = groundPlanStep(vote.plan, index, context, run);
      if (later.ok && later.action && sameAction(later.action, action)) return true;
    }
    return false;
  }

  /** What grounding reads of this run. */
  private run(): GroundingRun {
    const state = this.state;
    return { threshold: this.threshold, visited: state.visited, pagesSeen: state.pagesSeen, ...(state.forceSearch !== undefined ? { forceSearch: state.forceSearch } : {}), kin: (plan) => kinOf(state.candidates, plan) };
  }

  /**
   * A pop-up without a dialog role that a field raised by itself (rules/dialog-steps.ts): the demonstrated dismissal is skipped when
   * none came up; one that came up at another step is closed as demonstrated, and the interrupted step taken again.
   */
  private popupDismissal(plan: DemonstrationPlan, context: PolicyContext): StepAssessment | undefined {
    const state = this.state;
    const elements = context.observation.elements;
    const skip = skipUnaskedDismissals(plan.steps, plan.trajectory.steps, state.cursor, elements);
    if (skip.skipped > 0) state.cursor = skip.cursor;
    if ((state.dismissals ?? 0) >= MAX_DISMISSALS) return undefined;
    const popup = unaskedPopupDismissal(plan.steps, plan.trajectory.steps, state.cursor, elements);
    if (!popup) return undefined;
    state.dismissals = (state.dismissals ?? 0) + 1;
    state.retype = popup.resumeAt;
    return { ok: true, planIndex: state.cursor, score: 1, action: { type: 'click', target: { elementId: popup.element.id } }, resumeAt: popup.resumeAt, reason: popup.reason };
  }

  /**
   * The last action failed and a dialog shows that the demonstration dismissed first thing (a banner
   * that came later this time): dismiss it as demonstrated, then go back to the step it blocked.
   */
  private dismissal(plan: DemonstrationPlan, context: PolicyContext): StepAssessment | undefined {
    const state = this.state;
    // Blocked: the last action failed, or the next keys would go into a dialog that took the focus (rules/dialog-steps.ts).
    const next = plan.steps[state.cursor];
    const stuck = context.history.at(-1)?.result?.ok === false || (next !== undefined && keysIntoDialog(next, context.observation.elements) !== undefined);
    if (!stuck || (state.dismissals ?? 0) >= MAX_DISMISSALS || actedInDialog(context.history)) return undefined;
    const index = dismissalBefore(plan.steps, state.cursor, context.observation.elements, plan.trajectory);
    if (index === undefined) return undefined;
    const blocked = state.cursor;
    let assessment = groundPlanStep(plan, index, context, this.run());
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
    const here = groundPlanStep(plan, cursor, context, this.run());
    if (here.ok) return here;
    for (let skip = 1; skip <= this.state.foreign && cursor + skip < plan.steps.length; skip++) {
      const later = groundPlanStep(plan, cursor + skip, context, this.run());
      if (later.ok) return later;
    }
    return here;
  }
}
