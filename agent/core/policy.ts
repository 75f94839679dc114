/**
 * A policy decides the next action(s) from the task, the current observation
 * and the history. Implementations: the RCI policy (a language model), the
 * offline exemplar policy (no model), and a hybrid of the two.
 */
import type { Action } from './action.js';
import type { AgentEventDraft } from './events.js';
import type { Observation } from './observation.js';
import type { ActionSpace } from './operator.js';
import type { Step, StepObservation } from './trajectory.js';

export interface PolicyContext {
  task: string;
  /** 0-based index of the step about to be taken. */
  step: number;
  observation: Observation;
  /** The same observation as the compact text + element map the trajectory stores. */
  abstracted: StepObservation;
  /** Steps taken so far in this run. */
  history: readonly Step[];
  actionSpace: ActionSpace;
  /** Aborts when the run is stopped or out of time. */
  signal: AbortSignal;
  /**
   * Feedback for this decision, e.g. the last action failed, or the
   * completeness check rejected a `done`. Empty when all went well.
   */
  feedback: readonly string[];
  /**
   * Advice for this decision that is not a failure, e.g. the hybrid policy's
   * note on which demonstrated step could not be matched. A policy shows it
   * to its model but, unlike `feedback`, does not treat it as a reason to
   * replan. Absent or empty when there is none.
   */
  hints?: readonly string[];
  /** Report progress (retrieval, proposal, critique) into the run's event stream. */
  emit(event: AgentEventDraft): void;
}

/** What a policy decided for one step. */
export type PolicyDecision =
  | {
      kind: 'act';
      /** One or more actions; the runner executes them in order, stopping at the first failure. */
      actions: Action[];
      thought?: string;
      plan?: string;
      critique?: string;
      details?: Record<string, unknown>;
    }
  | {
      /** The policy cannot go on (e.g. cannot ground a step); the run fails with this reason. */
      kind: 'give-up';
      reason: string;
      details?: Record<string, unknown>;
    };

export interface Policy {
  readonly name: string;
  decide(context: PolicyContext): Promise<PolicyDecision>;
  /** Called once per run before the first decision. */
  reset?(task: string): void | Promise<void>;
  /** Counters for reports: model calls, tokens… */
  usage?(): Record<string, number>;
}
