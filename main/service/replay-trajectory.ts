/**
 * Replay one stored trajectory outside MiniWoB: open the operator it was
 * recorded on (a browser at the first step's URL, or the desktop) and play
 * its steps back through the Runner, re-grounding every target by its
 * descriptor on the live observation (ids differ between observations).
 * MiniWoB trajectories are replayed by the harness, on their own seeds.
 */
import { UserFacingError } from '../../agent/core/errors.js';
import type { AgentEventListener } from '../../agent/core/events.js';
import type { Operator } from '../../agent/core/operator.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { Runner, type RunResult } from '../../agent/runner/runner.js';
import { openOperator, type RunTarget } from './run-task.js';

export interface ReplayTrajectoryOptions {
  /** Browser only: show the window (needs a display). */
  headed?: boolean;
  /** Desktop only: physical pixels per logical pixel. */
  scaleFactor?: number;
  signal?: AbortSignal;
  onEvent?: AgentEventListener;
  /** Wrap the operator (the app taps it for screenshots). */
  wrapOperator?: (operator: Operator) => Operator;
}

/** Where a trajectory was recorded, as a target to open again. */
export function replayTarget(trajectory: Trajectory, options: ReplayTrajectoryOptions = {}): RunTarget {
  if (trajectory.environment === 'desktop') return { kind: 'desktop', scaleFactor: options.scaleFactor };
  const url = trajectory.steps.find((step) => step.observation.url)?.observation.url;
  if (!url) throw new UserFacingError(`trajectory ${trajectory.id} has no URL to open (its steps recorded none)`);
  return { kind: 'browser', url, headless: !options.headed };
}

export async function replayTrajectory(trajectory: Trajectory, options: ReplayTrajectoryOptions = {}): Promise<RunResult> {
  if (trajectory.steps.length === 0) throw new UserFacingError(`trajectory ${trajectory.id} has no steps to replay`);
  const opened = await openOperator(replayTarget(trajectory, options));
  try {
    const runner = new Runner({
      operator: options.wrapOperator ? options.wrapOperator(opened.operator) : opened.operator,
      policy: new ReplayPolicy(trajectory),
      budgets: { maxSteps: ReplayPolicy.stepBudget(trajectory) },
    });
    const signals = [options.signal, opened.stopSignal].filter((signal): signal is AbortSignal => signal !== undefined);
    return await runner.run(trajectory.task, {
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
      onEvent: options.onEvent,
      metadata: { replayOf: trajectory.id },
    });
  } finally {
    await opened.operator.close();
  }
}
