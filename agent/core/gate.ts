/**
 * The seam between the Runner and the safety gate: called just before every
 * action executes, with the observation the action was decided on.
 */
import type { Action } from './action.js';
import type { AgentEventDraft } from './events.js';
import type { Observation } from './observation.js';

/** What the safety gate decided about one action. */
export type GateDecision =
  | { allow: true; /** The action to execute instead (e.g. with placeholders resolved). */ action?: Action }
  | { allow: false; reason: string };

export interface GateContext {
  task: string;
  step: number;
  observation: Observation;
  signal: AbortSignal;
  emit(event: AgentEventDraft): void;
}

/**
 * Called before every action is executed: resolves secrets, asks for
 * confirmation of risky actions. A denial stops the run cleanly.
 */
export type ActionGate = (action: Action, context: GateContext) => Promise<GateDecision>;
