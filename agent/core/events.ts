/**
 * The typed event stream of a run. The CLI, the UI, the harness and the MCP
 * server all consume these; names are noun-verb. Every event carries the run
 * id and a timestamp (ms since the epoch).
 */
import type { Action } from './action.js';
import type { CheckVerdict } from './checks.js';
import type { ActionResult } from './operator.js';
import type { Outcome } from './trajectory.js';

interface EventBase {
  runId: string;
  /** ms since the epoch. */
  time: number;
}

export interface RunBudgets {
  /** Most actions the run may execute. */
  maxSteps: number;
  /** Most wall-clock time, milliseconds. */
  maxWallTimeMs: number;
}

export type AgentEvent =
  | (EventBase & { type: 'run-start'; task: string; policy: string; environment: string; budgets: RunBudgets })
  | (EventBase & { type: 'step-start'; step: number })
  | (EventBase & {
      type: 'observation';
      step: number;
      elementCount: number;
      /** The compact observation text. */
      text: string;
      url?: string;
      observeMs: number;
    })
  | (EventBase & {
      type: 'retrieval';
      step: number;
      exemplars: { id: string; task: string; score: number; why: string }[];
    })
  | (EventBase & { type: 'proposal'; step: number; phase: string; text: string })
  | (EventBase & { type: 'critique'; step: number; text: string })
  | (EventBase & { type: 'action'; step: number; action: Action; description: string; result: ActionResult })
  | (EventBase & { type: 'check'; step: number; check: 'feasibility' | 'completeness'; verdict: CheckVerdict })
  | (EventBase & {
      type: 'confirmation-request';
      step: number;
      action: Action;
      description: string;
      reason: string;
    })
  | (EventBase & { type: 'step-end'; step: number; durationMs: number })
  | (EventBase & { type: 'run-end'; outcome: Outcome; steps: number; durationMs: number; trajectoryId: string })
  | (EventBase & { type: 'error'; step?: number; phase: string; message: string });

export type AgentEventType = AgentEvent['type'];
export type AgentEventOf<T extends AgentEventType> = Extract<AgentEvent, { type: T }>;
export type AgentEventListener = (event: AgentEvent) => void;
/** An event as a policy or checker emits it; the runner adds runId and time. */
export type AgentEventDraft = AgentEvent extends infer E
  ? E extends AgentEvent
    ? Omit<E, 'runId' | 'time'>
    : never
  : never;
