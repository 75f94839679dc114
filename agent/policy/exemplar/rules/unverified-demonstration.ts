/**
 * Rule: a demonstration whose replay right after recording failed is not
 * followed blindly.
 *
 * The recorder replays every recording on the state it started from and
 * stores `metadata.verified` and `metadata.verification` (main/service/
 * record-verification.ts). Two kinds of failure tell different things:
 *
 * - The replay ended the task with ANOTHER RESULT than the recording (the
 *   page scored it differently): the stored steps, done as stored, do
 *   something else than what the person did. Following them on another state
 *   would do that wrong thing again, so the plan is refused, naming why.
 * - The replay did not get through (a step could not be done, the page never
 *   ended, nothing to reload): the steps may still be right. Such a plan is
 *   followed, but its final step is taken only when the completeness check
 *   (agent/checks/task-state.ts) finds something on the screen that confirms
 *   the state the task asks for — not merely nothing against it.
 */
import type { CheckVerdict } from '../../../core/checks.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { TaskValueProblem } from './task-values.js';

/** Confidence of a task-state verdict that judged at least one field or list on screen (task-state.ts). */
const CONFIRMED = 0.6;

interface Verification {
  reason?: string;
  reward?: number;
  method?: string;
}

/** How a replay restored the starting state (record-verification.ts); 'none' means no replay was tried. */
const REPLAYED = new Set(['miniwob-seed', 'page-reload']);

/**
 * The stored verification of a demonstration whose replay was tried and
 * failed. One never replayed (verification not asked for, nothing to reload)
 * is only less preferred (exemplar-policy.ts), as before.
 */
function verificationOf(trajectory: Trajectory): Verification | undefined {
  if (trajectory.metadata['verified'] !== false) return undefined;
  const stored = trajectory.metadata['verification'];
  if (!stored || typeof stored !== 'object') return undefined;
  const verification = stored as Verification;
  return REPLAYED.has(verification.method ?? '') ? verification : undefined;
}

/** The demonstration's replay right after recording was tried and failed. */
export function isUnverified(trajectory: Trajectory): boolean {
  return verificationOf(trajectory) !== undefined;
}

/** Why the replay failed, as stored, for messages. */
export function verificationReason(trajectory: Trajectory): string {
  return verificationOf(trajectory)?.reason?.trim() || 'no reason was stored';
}

/** The replay ended with a result other than the recording's: its stored steps do something else. */
export function replayedDifferently(trajectory: Trajectory): boolean {
  const verification = verificationOf(trajectory);
  if (verification?.reward === undefined || typeof verification.reward !== 'number') return false;
  const own = trajectory.outcome.reward;
  return own === undefined ? verification.reward < 0 : verification.reward !== own;
}

/** The plan-level refusal for a demonstration whose replay did something else. */
export function unverifiedProblem(trajectory: Trajectory): TaskValueProblem | undefined {
  if (!replayedDifferently(trajectory)) return undefined;
  return {
    text:
      `when it was replayed on the state it was recorded on, it did not do what the person did (${verificationReason(trajectory)}), ` +
      'so its stored steps cannot be trusted to do this task either',
    blocking: true,
    help: 'recording the demonstration again (understudy record prints whether it replays), or a model for the hybrid policy (--policy hybrid)',
  };
}

/**
 * Before the final step of an unverified demonstration: the task state must
 * be confirmed on screen, not just undisputed. Returns why not, if not.
 */
export function unconfirmedFinalState(trajectory: Trajectory, verdict: CheckVerdict): string | undefined {
  if (!isUnverified(trajectory) || !verdict.ok || (verdict.confidence ?? 0) >= CONFIRMED) return undefined;
  return (
    `the demonstration did not replay when it was recorded (${verificationReason(trajectory)}), ` +
    `and nothing on this screen confirms the state the task asks for before its final step (${verdict.reason})`
  );
}
