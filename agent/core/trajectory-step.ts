/**
 * The one builder of a trajectory step from (observation, action, result):
 * the Runner, the operator-built demonstrations, the MCP act journal and the
 * recorder's journal all write their steps with it, so a step's targets and
 * result are kept the same way whoever took it.
 */
import type { Action } from './action.js';
import { describeTargets } from './describe-target.js';
import type { Observation } from './observation.js';
import type { ActionResult } from './operator.js';
import type { Step, StepObservation, TargetDescriptor } from './trajectory.js';

export interface StepFacts {
  index: number;
  /** The observation as the step keeps it (abstracted for prompts). */
  observation: StepObservation;
  action: Action;
  /**
   * The targets: described from the full observation the action was chosen on, or
   * given as already described (the recorder resolves a gesture's target itself).
   */
  targets: { describedFrom: Observation } | TargetDescriptor[];
  /** The operator's result; none for a recorded gesture, which is ok by nature (it happened). */
  result?: ActionResult;
  thought?: string;
  plan?: string;
  critique?: string;
  details?: Record<string, unknown>;
  timings?: Step['timings'];
}

export function trajectoryStep(facts: StepFacts): Step {
  const { targets, result, thought, plan, critique, details } = facts;
  return {
    index: facts.index,
    observation: facts.observation,
    action: facts.action,
    targets: Array.isArray(targets) ? targets : describeTargets(facts.action, targets.describedFrom),
    result: result ? stepResult(result) : { ok: true },
    ...(thought !== undefined ? { thought } : {}),
    ...(plan !== undefined ? { plan } : {}),
    ...(critique !== undefined ? { critique } : {}),
    ...(details !== undefined ? { details } : {}),
    timings: facts.timings ?? {},
  };
}

/** What a step keeps of an action's result: ok (and how it was carried out), or the failure's code and message. */
export function stepResult(result: ActionResult): NonNullable<Step['result']> {
  return result.ok ? { ok: true, ...(result.via ? { via: result.via } : {}) } : { ok: false, code: result.code, error: result.error };
}
