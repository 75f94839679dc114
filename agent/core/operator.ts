/**
 * The agent's eyes and hands: one interface for every executor (browser,
 * desktop, MiniWoB page). Each operator declares the action space it supports,
 * and prompt builders read that declaration instead of hard-coding it.
 */
import type { Action, ActionType } from './action.js';
import type { EnvironmentKind, Observation } from './observation.js';

/** Why an action could not be carried out. */
export type ActionErrorCode =
  /** The element id is not in the operator's latest observation. */
  | 'stale-element'
  /** The operator does not support this action type (or this form of it). */
  | 'unsupported'
  /** A point lies outside the viewport / screen. */
  | 'out-of-bounds'
  /** The safety failsafe refused to act (e.g. pointer in the top-left corner). */
  | 'failsafe'
  /** The input was sent but something went wrong (e.g. an option that does not exist). */
  | 'failed'
  /**
   * The input was sent but reached something else than its target (a pop-up
   * came over it, a field lost the focus): its effect is unknown, observe again.
   */
  | 'misdirected';

export type ActionResult =
  | {
      ok: true;
      /** Milliseconds spent executing. */
      durationMs: number;
      /** How it was done when not by the usual real input (e.g. "accessibility: Action.DoAction(\"click\")"). */
      via?: string;
    }
  | { ok: false; code: ActionErrorCode; error: string; durationMs: number };

export interface ActionSpace {
  /** Action types this operator executes. */
  types: readonly ActionType[];
  /** Notes for a prompt: key names, coordinate frame, limits. */
  notes: readonly string[];
}

export interface ObserveOptions {
  /** Also capture a screenshot (PNG). Default false. */
  screenshot?: boolean;
  signal?: AbortSignal;
}

export interface Operator {
  readonly environment: EnvironmentKind;
  readonly actionSpace: ActionSpace;
  /** Capture the current state. Element ids in the result are valid until the next observe(). */
  observe(options?: ObserveOptions): Promise<Observation>;
  /**
   * Carry out one action against the latest observation. Expected failures
   * (stale id, unsupported action, out-of-bounds point) come back as
   * `{ ok: false }`; a thrown error means the operator itself broke.
   */
  execute(action: Action, options?: { signal?: AbortSignal }): Promise<ActionResult>;
  /** Release the browser / worker / display. Safe to call twice. */
  close(): Promise<void>;
}

/** A helper for operators: a failed result. */
export function actionFailure(code: ActionErrorCode, error: string, durationMs = 0): ActionResult {
  return { ok: false, code, error, durationMs };
}
