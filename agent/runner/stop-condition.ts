/**
 * When a run stops of its own accord, as predicates over its progress
 * (after vercel/ai's `stopWhen`): the Runner asks them before every turn and
 * before every action of a batch. The user's stop and the wall-time budget
 * are not predicates: they abort the run's signal, which cuts whatever it awaits.
 */
import type { Outcome } from '../core/trajectory.js';

export interface RunProgress {
  /** Actions executed so far. */
  steps: number;
}

/** An outcome when the run should end now, else undefined. */
export type StopCondition = (progress: RunProgress) => Outcome | undefined;

export function stepBudgetReached(maxSteps: number): StopCondition {
  return (progress) =>
    progress.steps >= maxSteps ? { status: 'budget-exceeded', reason: `step budget of ${maxSteps} actions reached` } : undefined;
}

