/**
 * The handler table: one handler per request of the contract, typed by it.
 * `createBackend` validates every input once (zod, from the contract), calls
 * the handler, and turns any failure into an `ApiReply` error whose message
 * names the request and the field at fault. Every front door (Electron IPC,
 * web mode's WebSocket, tests) is a thin adapter over `Backend`.
 */
import { ZodError } from 'zod';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import {
  isRequestName,
  parseRequest,
  type ApiErrorBody,
  type ApiReply,
  type ParsedInput,
  type PushedEventName,
  type PushedEvents,
  type RequestName,
  type RequestResult,
} from './contract.js';

export type Handlers = { [N in RequestName]: (input: ParsedInput<N>) => Promise<RequestResult<N>> | RequestResult<N> };

export type EventListener = <E extends PushedEventName>(name: E, payload: PushedEvents[E]) => void;

/** Pushed events, fanned out to every connected front door. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit = <E extends PushedEventName>(name: E, payload: PushedEvents[E]): void => {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // one broken connection must not keep the event from the others
      }
    }
  };
}

export interface Backend {
  /** Validate and answer one request; never throws. */
  invoke(name: unknown, input: unknown): Promise<ApiReply>;
  events: EventHub;
}

/** A failure as the UI shows it. */
export function errorBody(name: string, error: unknown): ApiErrorBody {
  if (error instanceof ZodError) {
    const issue = error.issues[0]!;
    const field = issue.path.join('.');
    return { message: `${name}: ${field || 'input'}: ${issue.message}`, field: field || undefined };
  }
  if (error instanceof UserFacingError) return { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  return { message: errorMessage(error) };
}

export function createBackend(handlers: Handlers, events: EventHub = new EventHub()): Backend {
  return {
    events,
    async invoke(name, input) {
      if (!isRequestName(name)) return { ok: false, error: { message: `unknown request ${JSON.stringify(name)}` } };
      try {
        const parsed = parseRequest(name, input);
        const handler = handlers[name] as (input: unknown) => Promise<unknown> | unknown;
        return { ok: true, result: await handler(parsed) };
      } catch (error) {
        return { ok: false, error: errorBody(name, error) };
      }
    },
  };
}
