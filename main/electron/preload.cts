/**
 * The preload exposes exactly the API contract to the renderer, nothing more:
 * `invoke(name, input)` and `on(event, listener)`. Sandboxed preloads cannot
 * load our modules, so the channel names arrive from the main process as an
 * argument (see ipc-adapter.ts) instead of being restated here.
 * CommonJS because sandboxed preloads cannot be ES modules.
 */
interface ContextBridgeLike {
  exposeInMainWorld(key: string, api: unknown): void;
}
interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}
type Reply = { ok: true; result: unknown } | { ok: false; error: { message: string; field?: string; hint?: string } };

const PREFIX = '--understudy-ipc=';

function exposeUnderstudy(contextBridge: ContextBridgeLike, ipcRenderer: IpcRendererLike, argv: readonly string[]): void {
  const channels = argv.find((argument) => argument.startsWith(PREFIX))?.slice(PREFIX.length).split(',');
  if (!channels || channels.length !== 2) throw new Error('the Understudy preload was started without its channel names');
  const [invokeChannel, eventChannel] = channels as [string, string];
  contextBridge.exposeInMainWorld('understudy', {
    invoke: async (name: string, input: unknown) => {
      const reply = (await ipcRenderer.invoke(invokeChannel, name, input)) as Reply;
      if (reply.ok) return reply.result;
      throw Object.assign(new Error(reply.error.message), { field: reply.error.field, hint: reply.error.hint });
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      const wrapped = (_event: unknown, ...args: unknown[]) => {
        if (args[0] === event) listener(args[1]);
      };
      ipcRenderer.on(eventChannel, wrapped);
      return () => {
        ipcRenderer.removeListener(eventChannel, wrapped);
      };
    },
  });
}

// Only inside Electron: under Node (the wiring tests) requiring 'electron' would try to fetch its binary.
if (process.versions.electron) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const electron = require('electron') as { contextBridge: ContextBridgeLike; ipcRenderer: IpcRendererLike };
  exposeUnderstudy(electron.contextBridge, electron.ipcRenderer, process.argv);
}

module.exports = { exposeUnderstudy };
