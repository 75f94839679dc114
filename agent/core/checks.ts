/**
 * Feasibility (before the first action) and completeness (after each step
 * and at `done`) checks, after Responsible Task Automation.
 */
import type { Observation } from './observation.js';
import type { Step } from './trajectory.js';

export interface CheckVerdict {
  ok: boolean;
  /** One sentence a person can read. */
  reason: string;
  /** 0..1, when the checker can tell. */
  confidence?: number;
}

export interface CheckContext {
  task: string;
  observation: Observation;
  history: readonly Step[];
  signal: AbortSignal;
}

export interface TaskChecker {
  /** Can the task be done from this state at all? */
  feasibility?(context: CheckContext): Promise<CheckVerdict>;
  /**
   * Is the task really complete now? `claimed` is true when the policy said
   * done(success); false when the check runs after an ordinary step.
   */
  completeness?(context: CheckContext & { claimed: boolean }): Promise<CheckVerdict>;
}
