/**
 * The one API contract between the UI and the backend. Every request has a zod
 * schema for its input (validated at runtime by the backend) and a result type;
 * every pushed event is typed. The Electron preload exposes only this; web mode
 * serves the same contract over a WebSocket. The renderer imports it with
 * `import type` only.
 */
import { z } from 'zod';

export const API_VERSION = 1;

export const requestSchemas = {
  /** Version and capabilities of the backend. */
  'app.info': z.object({}).strict(),
  /** Counts of what the exemplar memory holds. */
  'memory.stats': z.object({}).strict(),
} as const;

export type RequestName = keyof typeof requestSchemas;
export type RequestInput<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;

export interface RequestResults {
  'app.info': { name: string; version: string; apiVersion: number; platform: string };
  'memory.stats': { trajectories: number; demonstrations: number; steps: number; path: string };
}
export type RequestResult<N extends RequestName> = RequestResults[N];

/** Events the backend pushes to the UI (the agent's run events, wrapped). */
export interface PushedEvents {
  'run.event': { runId: string; event: { type: string; time: number } & Record<string, unknown> };
}
export type PushedEventName = keyof PushedEvents;

/** The surface the preload (or the WebSocket client) gives the renderer. */
export interface UnderstudyApi {
  invoke<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>>;
  on<E extends PushedEventName>(event: E, listener: (payload: PushedEvents[E]) => void): () => void;
}

/** Channel names on the Electron IPC bus. */
export const IPC_INVOKE_CHANNEL = 'understudy:invoke';
export const IPC_EVENT_CHANNEL = 'understudy:event';

/** Validate a request's input; throws a ZodError naming the field. */
export function parseRequest<N extends RequestName>(name: N, input: unknown): z.output<(typeof requestSchemas)[N]> {
  const schema = requestSchemas[name];
  if (!schema) throw new Error(`unknown request ${String(name)}`);
  return schema.parse(input) as z.output<(typeof requestSchemas)[N]>;
}

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}
