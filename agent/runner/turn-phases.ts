/**
 * One turn of a run, as named phases with typed outputs:
 *
 *   observe → feasibility (first turn only) → decide → for each action of the
 *   decision: (a `done` claim → completeness) | gate → act → after the batch,
 *   completeness (when the run stops once the task is complete)
 *
 * Each phase sets `context.phase` first, so the Runner's one error handler
 * can say where a failure happened.
 */
import { describeAction, type Action } from '../core/action.js';
import type { CheckVerdict, TaskChecker } from '../core/checks.js';
import type { AgentEventDraft } from '../core/events.js';
import type { ActionGate } from '../core/gate.js';
import type { Observation } from '../core/observation.js';
import type { ActionResult, Operator } from '../core/operator.js';
import type { Policy, PolicyDecision } from '../core/policy.js';
import { screenshotKey } from '../core/screenshot-key.js';
import type { Outcome, Step, StepObservation } from '../core/trajectory.js';
import { trajectoryStep } from '../core/trajectory-step.js';
import type { RunSignal } from './run-signal.js';
import type { StopCondition } from './stop-condition.js';

/** Where a run is; an error names the phase it happened in. */
export type RunPhase = 'start' | 'observe' | 'feasibility' | 'decide' | 'completeness' | 'gate' | 'act';

/** A turn ends the run with an outcome, or (undefined) hands on to the next turn. */
export type TurnEnd = Outcome | undefined;

export interface TurnContext {
  task: string;
  operator: Operator;
  policy: Policy;
  checker?: TaskChecker;
  gate?: ActionGate;
  abstract: (observation: Observation, task: string) => StepObservation;
  /** Capture a screenshot with every observation. */
  screenshots: boolean;
  stopWhenComplete: boolean;
  maxDoneRejections: number;
  shouldStop: StopCondition;
  now: () => number;
  emit: (draft: AgentEventDraft) => void;
  run: RunSignal;
  /** The trajectory so far; a step's index is its place here. */
  steps: Step[];
  /** PNG bytes of the screenshots the steps refer to, by sha256. */
  screenshotsTaken: Map<string, Uint8Array>;
  /** What went wrong last turn, for the policy's next decision. */
  feedback: string[];
  doneRejections: number;
  phase: RunPhase;
}

/** What the observe phase saw. */
interface Seen {
  observation: Observation;
  abstracted: StepObservation;
  observeMs: number;
}

export async function takeTurn(context: TurnContext, turn: number): Promise<TurnEnd> {
  const seen = await observe(context);
  if (turn === 0) {
    const infeasible = await checkFeasibility(context, seen);
    if (infeasible) return infeasible;
  }
  const { decision, decideMs } = await decide(context, seen);
  if (decision.kind === 'give-up') return { status: 'failed', reason: decision.reason };
  if (decision.actions.length === 0) return { status: 'error', reason: `policy ${context.policy.name} returned no action` };

  for (const [batchIndex, proposed] of decision.actions.entries()) {
    if (context.shouldStop({ steps: context.steps.length })) return undefined;
    if (context.run.signal.aborted) throw context.run.signal.reason;
    if (proposed.type === 'done') return judgeDoneClaim(context, proposed, batchIndex, seen);

    const gated = await passGate(context, proposed, seen);
    if ('outcome' in gated) return gated.outcome;
    const result = await act(context, proposed, gated.action, seen, batchIndex === 0 ? { decision, decideMs } : undefined);
    if (!result.ok) {
      context.feedback.push(`The last action (${describeAction(proposed)}) failed: ${result.code}: ${result.error}`);
      return undefined;
    }
  }
  return checkCompleteAfterTurn(context);
}

async function observe(context: TurnContext): Promise<Seen> {
  context.phase = 'observe';
  const started = context.now();
  const observation = await context.run.guarded(context.operator.observe({ screenshot: context.screenshots, signal: context.run.signal }));
  const observeMs = context.now() - started;
  const abstracted = context.abstract(observation, context.task);
  if (observation.screenshot?.png) {
    const sha256 = screenshotKey(observation.screenshot.png);
    context.screenshotsTaken.set(sha256, observation.screenshot.png);
    abstracted.screenshotSha256 = sha256;
  }
  context.emit({
    type: 'observation',
    step: context.steps.length,
    elementCount: observation.elements.length,
    text: abstracted.text,
    url: observation.page.url,
    observeMs,
  });
  return { observation, abstracted, observeMs };
}

async function checkFeasibility(context: TurnContext, seen: Seen): Promise<TurnEnd> {
  const { checker, task, steps, run } = context;
  if (!checker?.feasibility) return undefined;
  context.phase = 'feasibility';
  const verdict = await run.guarded(checker.feasibility({ task, observation: seen.observation, history: steps, signal: run.signal }));
  context.emit({ type: 'check', step: steps.length, check: 'feasibility', verdict });
  return verdict.ok ? undefined : { status: 'infeasible', reason: verdict.reason };
}

async function decide(context: TurnContext, seen: Seen): Promise<{ decision: PolicyDecision; decideMs: number }> {
  context.phase = 'decide';
  const started = context.now();
  const decision = await context.run.guarded(
    context.policy.decide({
      task: context.task,
      step: context.steps.length,
      observation: seen.observation,
      abstracted: seen.abstracted,
      history: context.steps,
      actionSpace: context.operator.actionSpace,
      signal: context.run.signal,
      feedback: [...context.feedback],
      emit: context.emit,
    }),
  );
  const decideMs = context.now() - started;
  context.feedback.length = 0;
  return { decision, decideMs };
}

/** The policy says the task is done (or given up): the completeness check has the last word on a success. */
async function judgeDoneClaim(context: TurnContext, claim: Extract<Action, { type: 'done' }>, batchIndex: number, seen: Seen): Promise<TurnEnd> {
  if (!claim.success) return { status: 'failed', reason: claim.answer ?? 'the policy gave up', answer: claim.answer };
  context.phase = 'completeness';
  const { checker, run, task, steps } = context;
  let verdict: CheckVerdict | undefined;
  if (checker?.completeness) {
    // After earlier actions of this batch the screen has changed: judge the state as it is now.
    const current = batchIndex > 0 ? await run.guarded(context.operator.observe({ signal: run.signal })) : seen.observation;
    verdict = await run.guarded(checker.completeness({ task, observation: current, history: steps, signal: run.signal, claimed: true }));
  }
  if (verdict) context.emit({ type: 'check', step: steps.length, check: 'completeness', verdict });
  if (!verdict || verdict.ok) {
    return {
      status: 'success',
      reason: verdict ? `completeness check: ${verdict.reason}` : 'the policy reported the task done',
      answer: claim.answer,
    };
  }
  if (context.doneRejections >= context.maxDoneRejections) {
    return { status: 'failed', reason: `done was rejected ${context.doneRejections + 1} times by the completeness check: ${verdict.reason}` };
  }
  context.doneRejections++;
  context.feedback.push(`You said the task was done, but the completeness check disagrees: ${verdict.reason}`);
  return undefined;
}

async function passGate(context: TurnContext, proposed: Action, seen: Seen): Promise<{ action: Action } | { outcome: Outcome }> {
  context.phase = 'gate';
  if (!context.gate) return { action: proposed };
  const { task, steps, run, emit } = context;
  const gate = await run.guarded(context.gate(proposed, { task, step: steps.length, observation: seen.observation, signal: run.signal, emit }));
  if (!gate.allow) return { outcome: { status: 'stopped', reason: gate.reason } };
  return { action: gate.action ?? proposed };
}

/** Execute the (gated) action and keep the step; the decision's reasoning goes with the first step of its batch. */
async function act(
  context: TurnContext,
  proposed: Action,
  action: Action,
  seen: Seen,
  first: { decision: Extract<PolicyDecision, { kind: 'act' }>; decideMs: number } | undefined,
): Promise<ActionResult> {
  context.phase = 'act';
  const started = context.now();
  const result = await context.run.guarded(context.operator.execute(action, { signal: context.run.signal }));
  const actMs = context.now() - started;
  const index = context.steps.length;
  // The trajectory keeps the action as proposed (placeholders, never the secrets behind them).
  context.emit({ type: 'action', step: index, action: proposed, description: describeAction(proposed), result });
  const decision = first?.decision;
  context.steps.push(
    trajectoryStep({
      index,
      observation: seen.abstracted,
      action: proposed,
      targets: { describedFrom: seen.observation },
      result,
      ...(decision ? { thought: decision.thought, plan: decision.plan, critique: decision.critique, details: decision.details } : {}),
      timings: first ? { observeMs: seen.observeMs, decideMs: first.decideMs, actMs } : { actMs },
    }),
  );
  return result;
}

/** After an ordinary batch: stop as a success once the task is complete, when the run asks for that. */
async function checkCompleteAfterTurn(context: TurnContext): Promise<TurnEnd> {
  const { checker, run, task, steps } = context;
  if (!checker?.completeness || !context.stopWhenComplete) return undefined;
  context.phase = 'completeness';
  const after = await run.guarded(context.operator.observe({ signal: run.signal }));
  const verdict = await run.guarded(checker.completeness({ task, observation: after, history: steps, signal: run.signal, claimed: false }));
  context.emit({ type: 'check', step: steps.length, check: 'completeness', verdict });
  return verdict.ok ? { status: 'success', reason: `completeness check: ${verdict.reason}` } : undefined;
}
