/**
 * What the offline policy would do at one state, without committing to it:
 * the grounded next step of a plan, or why it cannot be grounded.
 */
import type { Action } from '../../core/action.js';

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
  /** The other demonstrations of the kind whose next step was compared with this one (combine-plans.ts). */
  combined?: { agreeing: { id: string; planIndex: number }[]; outvoted: string[] };
}
