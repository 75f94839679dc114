/**
 * The contract over web mode's WebSocket: the same `UnderstudyApi` the
 * Electron preload exposes. Requests carry an id and wait for their reply;
 * pushed events go to their listeners. Reconnects after the server restarts,
 * until `close()`.
 */
import type { ApiReply, PushedEventName, PushedEvents, RequestInput, RequestName, RequestResult, UnderstudyApi } from '../../../main/api/contract.js';

export class ApiError extends Error {
  constructor(message: string, readonly field?: string, readonly hint?: string) {
    super(message);
  }
}

type Listener = (payload: unknown) => void;

export interface WebSocketApi extends UnderstudyApi {
  onStatus(listener: (connected: boolean) => void): () => void;
  /** Close the connection for good: no reconnect is tried after it. */
  close(): void;
}

export function connectWebSocket(url: string): WebSocketApi {
  let socket: WebSocket | undefined;
  let nextId = 1;
  let connected = false;
  let closed = false;
  let reconnect: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const waiting: string[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const statusListeners = new Set<(connected: boolean) => void>();

  const setStatus = (value: boolean) => {
    connected = value;
    for (const listener of statusListeners) listener(value);
  };

  const open = () => {
    socket = new WebSocket(url);
    socket.onopen = () => {
      setStatus(true);
      for (const message of waiting.splice(0)) socket!.send(message);
    };
    socket.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as { id?: number | null; reply?: ApiReply; event?: string; payload?: unknown };
      if (data.event) {
        for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
        return;
      }
      const request = typeof data.id === 'number' ? pending.get(data.id) : undefined;
      if (!request || !data.reply) return;
      pending.delete(data.id as number);
      if (data.reply.ok) request.resolve(data.reply.result);
      else request.reject(new ApiError(data.reply.error.message, data.reply.error.field, data.reply.error.hint));
    };
    socket.onclose = () => {
      setStatus(false);
      for (const request of pending.values()) request.reject(new ApiError('lost the connection to Understudy (is `understudy serve` still running?)'));
      pending.clear();
      if (!closed) reconnect = setTimeout(open, 1000);
    };
  };
  open();

  return {
    invoke<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>> {
      const id = nextId++;
      const message = JSON.stringify({ id, name, input });
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        if (connected && socket?.readyState === WebSocket.OPEN) socket.send(message);
        else waiting.push(message);
      });
    },
    on<E extends PushedEventName>(event: E, listener: (payload: PushedEvents[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      listener(connected);
      return () => statusListeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(reconnect);
      socket?.close();
    },
  };
}
