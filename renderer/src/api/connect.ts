/**
 * The backend the screens talk to: Electron's preload (`window.understudy`)
 * or, in web mode, the WebSocket of the server that served this page (the
 * access token comes from the printed URL, then leaves the address bar).
 */
import { createContext, useContext } from 'react';
import type { UnderstudyApi } from '../../../main/api/contract.js';
import { connectWebSocket } from './web-socket-client.js';

declare global {
  interface Window {
    understudy?: UnderstudyApi;
  }
}

export interface Connection {
  api: UnderstudyApi;
  onStatus(listener: (connected: boolean) => void): () => void;
}

export function connect(): Connection {
  if (window.understudy) {
    const api = window.understudy;
    return { api, onStatus: (listener) => (listener(true), () => undefined) };
  }
  const params = new URLSearchParams(location.search);
  const token = params.get('token') ?? '';
  if (token) history.replaceState(null, '', location.pathname + location.hash);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const client = connectWebSocket(`${scheme}://${location.host}/api${token ? `?token=${encodeURIComponent(token)}` : ''}`);
  return { api: client, onStatus: client.onStatus };
}

export const ApiContext = createContext<UnderstudyApi | null>(null);

export function useApi(): UnderstudyApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}

/** A request's error as one line for people. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const hint = (error as Error & { hint?: string }).hint;
    return hint ? `${error.message} (${hint})` : error.message;
  }
  return String(error);
}
