/**
 * The contract over Electron's IPC: one invoke channel answered by the
 * handler table, one event channel carrying every pushed event to every
 * window. Written against the small part of `ipcMain` it uses, so the wiring
 * is tested under Node with a stand-in (Electron's binary is not needed).
 */
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ApiReply } from '../api/contract.js';
import type { Backend } from '../api/handler-table.js';

export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown> | unknown): void;
  removeHandler(channel: string): void;
}

/** Sends one message to every open window (webContents.send on each). */
export type Broadcast = (channel: string, ...args: unknown[]) => void;

/** The arguments the preload reads its channel names from, so it never restates them. */
export const PRELOAD_ARGUMENT_PREFIX = '--understudy-ipc=';
export function preloadArguments(): string[] {
  return [`${PRELOAD_ARGUMENT_PREFIX}${IPC_INVOKE_CHANNEL},${IPC_EVENT_CHANNEL}`];
}

export function registerIpcAdapter(ipcMain: IpcMainLike, backend: Backend, broadcast: Broadcast): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (_event, name, input): Promise<ApiReply> => backend.invoke(name, input));
  const unsubscribe = backend.events.subscribe((name, payload) => broadcast(IPC_EVENT_CHANNEL, name, payload));
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
