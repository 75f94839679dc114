/**
 * The Runner drives one task to its end: feasibility check, then
 * observe → decide → (gate) → act → check, step after step, within budgets
 * and until stopped; it emits typed events and returns the whole trajectory.
 *
 * Errors are handled in one place (`run`'s catch): whatever an operator,
 * policy or checker throws becomes an `error` event and an `error` outcome,
 * never an unhandled rejection.
 */
import { describeAction, actionElementIds, type Action } from '../core/action.js';
import type { CheckVerdict, TaskChecker } from '../core/checks.js';
import { BudgetExceededError, errorMessage } from '../core/errors.js';
import type { AgentEvent, AgentEventDraft, AgentEventListener, RunBudgets } from '../core/events.js';
import type { ActionGate } from '../core/gate.js';
import type { Observation } from '../core/observation.js';
import { findElement } from '../core/observation.js';
import type { ActionResult, Operator } from '../core/operator.js';
import type { Policy, PolicyDecision } from '../core/policy.js';
import {
  TRAJECTORY_FORMAT_VERSION,
  newTrajectoryId,
  type Outcome,
  type Step,
  type StepObservation,
  type TargetDescriptor,
  type Trajectory,
  type TrajectorySource,
} from '../core/trajectory.js';
import { abstractStep } from '../observation/abstract.js';
import { appKeyOfUrl } from './app-key.js';
import { screenshotKey } from '../core/screenshot-key.js';
import { trajectoryStep } from '../core/trajectory-step.js';

export const DEFAULT_BUDGETS: RunBudgets = { maxSteps: 50, maxWallTimeMs: 10 * 60_000 };

export interface RunnerOptions {
  operator: Operator;
  policy: Policy;
  checker?: TaskChecker;
  /** Turns an observation into the compact text + element map steps store. Default: abstractStep. */
  abstract?: (observation: Observation, task: string) => StepObservation;
  budgets?: Partial<RunBudgets>;
  /** How many times a `done` may be rejected by the completeness check before the run fails. Default 2. */
  maxDoneRejections?: number;
  /** End the run as a success when the completeness check passes after an ordinary step. Default false. */
  stopWhenComplete?: boolean;
  gate?: ActionGate;
  /** Capture a screenshot with every observation. Default false. */
  screenshots?: boolean;
  /** Where the finished trajectory is kept (the exemplar memory). */
  save?: (trajectory: Trajectory, screenshots: Map<string, Uint8Array>) => Promise<void> | void;
  /** Clock, ms since the epoch; tests may replace it. */
  now?: () => number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onEvent?: AgentEventListener;
  /** Defaults to a new trajectory id. */
  runId?: string;
  source?: TrajectorySource;
  appKey?: string;
  metadata?: Record<string, unknown>;
}

export interface RunResult {
  outcome: Outcome;
  trajectory: Trajectory;
  /** PNG bytes of the screenshots the steps refer to, by sha256. */
  screenshots: Map<string, Uint8Array>;
}

/** Why the internal abort fired. */
type StopCause = { kind: 'stopped'; reason: string } | { kind: 'budget'; reason: string };

class RunStop extends Error {
  constructor(readonly stop: StopCause) {
    super(stop.reason);
  }
}

export class Runner {
  private readonly listeners = new Set<AgentEventListener>();

  constructor(private readonly options: RunnerOptions) {}

  /** Listen to the events of every run; returns an unsubscribe function. */
  on(listener: AgentEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async run(task: string, runOptions: RunOptions = {}): Promise<RunResult> {
    const { operator, policy, checker } = this.options;
    const now = this.options.now ?? Date.now;
    const budgets: RunBudgets = { ...DEFAULT_BUDGETS, ...this.options.budgets };
    const abstract = this.options.abstract ?? abstractStep;
    const maxDoneRejections = this.options.maxDoneRejections ?? 2;
    const runId = runOptions.runId ?? newTrajectoryId(now());
    const startedAt = now();
    const steps: Step[] = [];
    const screenshots = new Map<string, Uint8Array>();

    const emit = (draft: AgentEventDraft) => {
      const event = { ...draft, runId, time: now() } as AgentEvent;
      for (const listener of [runOptions.onEvent, ...this.listeners]) {
        if (!listener) continue;
        try {
          listener(event);
        } catch {
          // A broken listener must not break the run.
        }
      }
    };

    // One signal for everything the run awaits: the user's stop, or the wall-time budget.
    const internal = new AbortController();
    let stopCause: StopCause | undefined;
    const stop = (cause: StopCause) => {
      if (stopCause) return;
      stopCause = cause;
      internal.abort(new RunStop(cause));
    };
    const onUserAbort = () => {
      const reason = runOptions.signal?.reason;
      stop({ kind: 'stopped', reason: typeof reason === 'string' ? reason : 'stopped by the user' });
    };
    if (runOptions.signal?.aborted) onUserAbort();
    runOptions.signal?.addEventListener('abort', onUserAbort, { once: true });
    const timer = setTimeout(
      () => stop({ kind: 'budget', reason: `wall-time budget of ${budgets.maxWallTimeMs} ms exceeded` }),
      budgets.maxWallTimeMs,
    );
    const signal = internal.signal;

    /** Await a promise, but give up as soon as the run is stopped. */
    const guarded = <T>(promise: Promise<T>): Promise<T> => {
      if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(signal.reason);
      }
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    };

    emit({ type: 'run-start', task, policy: policy.name, environment: operator.environment, budgets });

    let outcome: Outcome;
    let phase = 'start';
    let stepIndex = 0;
    try {
      await guarded(Promise.resolve(policy.reset?.(task)));
      const feedback: string[] = [];
      let doneRejections = 0;
      let finished: Outcome | undefined;

      /** One turn: observe, (check feasibility), decide, act on each action of the decision. */
      const takeTurn = async (turn: number): Promise<Outcome | undefined> => {
        phase = 'observe';
        const observeStart = now();
        const observation = await guarded(
          operator.observe({ screenshot: this.options.screenshots ?? false, signal }),
        );
        const observeMs = now() - observeStart;
        const abstracted = abstract(observation, task);
        if (observation.screenshot?.png) {
          const sha256 = screenshotKey(observation.screenshot.png);
          screenshots.set(sha256, observation.screenshot.png);
          abstracted.screenshotSha256 = sha256;
        }
        emit({
          type: 'observation',
          step: stepIndex,
          elementCount: observation.elements.length,
          text: abstracted.text,
          url: observation.page.url,
          observeMs,
        });

        if (turn === 0 && checker?.feasibility) {
          phase = 'feasibility';
          const verdict = await guarded(checker.feasibility({ task, observation, history: steps, signal }));
          emit({ type: 'check', step: stepIndex, check: 'feasibility', verdict });
          if (!verdict.ok) return { status: 'infeasible', reason: verdict.reason };
        }

        phase = 'decide';
        const decideStart = now();
        const decision: PolicyDecision = await guarded(
          policy.decide({
            task,
            step: stepIndex,
            observation,
            abstracted,
            history: steps,
            actionSpace: operator.actionSpace,
            signal,
            feedback: [...feedback],
            emit,
          }),
        );
        const decideMs = now() - decideStart;
        feedback.length = 0;

        if (decision.kind === 'give-up') return { status: 'failed', reason: decision.reason };
        if (decision.actions.length === 0) return { status: 'error', reason: `policy ${policy.name} returned no action` };

        for (const [batchIndex, proposed] of decision.actions.entries()) {
          if (stepIndex >= budgets.maxSteps) return undefined;
          if (signal.aborted) throw signal.reason;

          if (proposed.type === 'done') {
            if (!proposed.success) {
              return { status: 'failed', reason: proposed.answer ?? 'the policy gave up', answer: proposed.answer };
            }
            phase = 'completeness';
            let verdict: CheckVerdict | undefined;
            if (checker?.completeness) {
              // After earlier actions of this batch the screen has changed: judge the state as it is now.
              const current = batchIndex > 0 ? await guarded(operator.observe({ signal })) : observation;
              verdict = await guarded(checker.completeness({ task, observation: current, history: steps, signal, claimed: true }));
            }
            if (verdict) emit({ type: 'check', step: stepIndex, check: 'completeness', verdict });
            if (!verdict || verdict.ok) {
              return {
                status: 'success',
                reason: verdict ? `completeness check: ${verdict.reason}` : 'the policy reported the task done',
                answer: proposed.answer,
              };
            }
            if (doneRejections >= maxDoneRejections) {
              return {
                status: 'failed',
                reason: `done was rejected ${doneRejections + 1} times by the completeness check: ${verdict.reason}`,
              };
            }
            doneRejections++;
            feedback.push(`You said the task was done, but the completeness check disagrees: ${verdict.reason}`);
            return undefined;
          }

          phase = 'gate';
          let action: Action = proposed;
          if (this.options.gate) {
            const gate = await guarded(
              this.options.gate(proposed, { task, step: stepIndex, observation, signal, emit }),
            );
            if (!gate.allow) return { status: 'stopped', reason: gate.reason };
            action = gate.action ?? proposed;
          }

          phase = 'act';
          const actStart = now();
          const result: ActionResult = await guarded(operator.execute(action, { signal }));
          const actMs = now() - actStart;
          // The trajectory keeps the action as proposed (placeholders, never the secrets behind them).
          emit({ type: 'action', step: stepIndex, action: proposed, description: describeAction(proposed), result });
          steps.push(
            trajectoryStep({
              index: stepIndex,
              observation: abstracted,
              action: proposed,
              targets: { describedFrom: observation },
              result,
              ...(batchIndex === 0
                ? { thought: decision.thought, plan: decision.plan, critique: decision.critique, details: decision.details }
                : {}),
              timings: batchIndex === 0 ? { observeMs, decideMs, actMs } : { actMs },
            }),
          );
          stepIndex++;
          if (!result.ok) {
            feedback.push(`The last action (${describeAction(proposed)}) failed: ${result.code}: ${result.error}`);
            return undefined;
          }
        }

        if (checker?.completeness && this.options.stopWhenComplete) {
          phase = 'completeness';
          const after = await guarded(operator.observe({ signal }));
          const verdict: CheckVerdict = await guarded(
            checker.completeness({ task, observation: after, history: steps, signal, claimed: false }),
          );
          emit({ type: 'check', step: stepIndex, check: 'completeness', verdict });
          if (verdict.ok) return { status: 'success', reason: `completeness check: ${verdict.reason}` };
        }
        return undefined;
      };

      for (let turn = 0; !finished; turn++) {
        if (stepIndex >= budgets.maxSteps) {
          finished = { status: 'budget-exceeded', reason: `step budget of ${budgets.maxSteps} actions reached` };
          break;
        }
        const turnStart = now();
        const turnStep = stepIndex;
        emit({ type: 'step-start', step: turnStep });
        finished = await takeTurn(turn);
        emit({ type: 'step-end', step: turnStep, durationMs: now() - turnStart });
      }
      outcome = finished;
    } catch (error) {
      if (stopCause) {
        outcome =
          stopCause.kind === 'budget'
            ? { status: 'budget-exceeded', reason: stopCause.reason }
            : { status: 'stopped', reason: stopCause.reason };
      } else if (error instanceof BudgetExceededError) {
        outcome = { status: 'budget-exceeded', reason: error.message };
      } else {
        const message = errorMessage(error);
        emit({ type: 'error', step: stepIndex, phase, message });
        outcome = { status: 'error', reason: `${phase} failed: ${message}` };
      }
    } finally {
      clearTimeout(timer);
      runOptions.signal?.removeEventListener('abort', onUserAbort);
    }

    const trajectory: Trajectory = {
      formatVersion: TRAJECTORY_FORMAT_VERSION,
      id: runId,
      task,
      environment: operator.environment,
      appKey: runOptions.appKey ?? (steps[0]?.observation.url ? appKeyOfUrl(steps[0].observation.url) : ''),
      source: runOptions.source ?? 'agent',
      outcome,
      createdAt: startedAt,
      steps,
      metadata: { policy: policy.name, usage: policy.usage?.() ?? {}, ...runOptions.metadata },
    };
    if (this.options.save) {
      try {
        await this.options.save(trajectory, screenshots);
      } catch (error) {
        emit({ type: 'error', phase: 'save', message: `could not save the trajectory: ${errorMessage(error)}` });
      }
    }
    emit({ type: 'run-end', outcome, steps: steps.length, durationMs: now() - startedAt, trajectoryId: trajectory.id });
    return { outcome, trajectory, screenshots };
  }
}
