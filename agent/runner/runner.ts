/**
 * The Runner drives one task to its end: feasibility check, then
 * observe → decide → (gate) → act → check, step after step (the phases of a
 * turn: turn-phases.ts), until a stop condition holds (stop-condition.ts),
 * the wall-time budget runs out or the user stops it (run-signal.ts); it
 * emits typed events and returns the whole trajectory.
 *
 * Errors are handled in one place (`run`'s catch): whatever an operator,
 * policy or checker throws becomes an `error` event and an `error` outcome,
 * never an unhandled rejection.
 */
import { BudgetExceededError, errorMessage } from '../core/errors.js';
import type { TaskChecker } from '../core/checks.js';
import type { AgentEvent, AgentEventDraft, AgentEventListener, RunBudgets } from '../core/events.js';
import type { ActionGate } from '../core/gate.js';
import type { Observation } from '../core/observation.js';
import type { Operator } from '../core/operator.js';
import type { Policy } from '../core/policy.js';
import {
  TRAJECTORY_FORMAT_VERSION,
  newTrajectoryId,
  type Outcome,
  type StepObservation,
  type Trajectory,
  type TrajectorySource,
} from '../core/trajectory.js';
import { abstractStep } from '../observation/abstract.js';
import { appKeyOfUrl } from './app-key.js';
import { openRunSignal } from './run-signal.js';
import { stepBudgetReached } from './stop-condition.js';
import { takeTurn, type TurnContext } from './turn-phases.js';

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

export class Runner {
  private readonly listeners = new Set<AgentEventListener>();

  constructor(private readonly options: RunnerOptions) {}

  /** Listen to the events of every run; returns an unsubscribe function. */
  on(listener: AgentEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async run(task: string, runOptions: RunOptions = {}): Promise<RunResult> {
    const { operator, policy } = this.options;
    const now = this.options.now ?? Date.now;
    const budgets: RunBudgets = { ...DEFAULT_BUDGETS, ...this.options.budgets };
    const runId = runOptions.runId ?? newTrajectoryId(now());
    const startedAt = now();

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

    const run = openRunSignal(runOptions.signal, budgets.maxWallTimeMs);
    const context: TurnContext = {
      task,
      operator,
      policy,
      checker: this.options.checker,
      gate: this.options.gate,
      abstract: this.options.abstract ?? abstractStep,
      screenshots: this.options.screenshots ?? false,
      stopWhenComplete: this.options.stopWhenComplete ?? false,
      maxDoneRejections: this.options.maxDoneRejections ?? 2,
      shouldStop: stepBudgetReached(budgets.maxSteps),
      now,
      emit,
      run,
      steps: [],
      screenshotsTaken: new Map(),
      feedback: [],
      doneRejections: 0,
      phase: 'start',
    };
    const { steps, screenshotsTaken: screenshots } = context;

    emit({ type: 'run-start', task, policy: policy.name, environment: operator.environment, budgets });

    let outcome: Outcome;
    try {
      await run.guarded(Promise.resolve(policy.reset?.(task)));
      let finished: Outcome | undefined;
      for (let turn = 0; !finished; turn++) {
        finished = context.shouldStop({ steps: steps.length });
        if (finished) break;
        const turnStart = now();
        const turnStep = steps.length;
        emit({ type: 'step-start', step: turnStep });
        finished = await takeTurn(context, turn);
        emit({ type: 'step-end', step: turnStep, durationMs: now() - turnStart });
      }
      outcome = finished;
    } catch (error) {
      const stopped = run.outcome();
      if (stopped) {
        outcome = stopped;
      } else if (error instanceof BudgetExceededError) {
        outcome = { status: 'budget-exceeded', reason: error.message };
      } else {
        const message = errorMessage(error);
        emit({ type: 'error', step: steps.length, phase: context.phase, message });
        outcome = { status: 'error', reason: `${context.phase} failed: ${message}` };
      }
    } finally {
      run.dispose();
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
