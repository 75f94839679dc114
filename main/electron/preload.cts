/**
 * The preload exposes exactly the API contract to the renderer, nothing more.
 * CommonJS because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';

const IPC_INVOKE_CHANNEL = 'understudy:invoke';
const IPC_EVENT_CHANNEL = 'understudy:event';

contextBridge.exposeInMainWorld('understudy', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, input),
  on: (event: string, listener: (payload: unknown) => void) => {
    const wrapped = (_event: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
  },
});
