/**
 * Electron's main process: thin. It creates a sandboxed, context-isolated
 * window, and answers the API contract's requests by delegating to handlers
 * in main/service. No agent logic lives here.
 */
import { app, BrowserWindow, ipcMain } from 'electron';
import { join } from 'node:path';
import { memoryStats } from '../service/memory-stats.js';
import { IPC_INVOKE_CHANNEL, isRequestName, parseRequest, API_VERSION, type RequestName, type RequestResult } from '../api/contract.js';

const handlers: { [N in RequestName]: (input: unknown) => Promise<RequestResult<N>> } = {
  'app.info': async () => ({ name: 'Understudy', version: app.getVersion(), apiVersion: API_VERSION, platform: process.platform }),
  'memory.stats': async () => memoryStats(),
};

ipcMain.handle(IPC_INVOKE_CHANNEL, async (_event, name: unknown, input: unknown) => {
  if (!isRequestName(name)) throw new Error(`unknown request ${String(name)}`);
  parseRequest(name, input);
  return handlers[name](input);
});

async function createWindow(): Promise<void> {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    title: 'Understudy',
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    },
  });
  await window.loadFile(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'));
}

app.whenReady().then(createWindow);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
