/**
 * Electron's main process: thin. It builds the app backend (the same handler
 * table web mode serves), answers it over IPC, and opens a sandboxed,
 * context-isolated window on the built renderer. A global shortcut and a
 * tray item stop everything going (stop-controls.ts); the window is kept out of screen captures where the
 * platform allows, so the agent never sees (or clicks) its own app.
 */
import { app, BrowserWindow, dialog, globalShortcut, ipcMain, Menu, nativeImage, Tray } from 'electron';
import { join } from 'node:path';
import type { PickPathRequest } from '../api/contract.js';
import { createAppBackend } from '../service/app-backend.js';
import { preloadArguments, registerIpcAdapter } from './ipc-adapter.js';
import { installStopControls } from './stop-controls.js';

const backend = createAppBackend({ shell: 'electron', pickPath });
registerIpcAdapter(ipcMain, backend, (channel, ...args) => {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, ...args);
});

let tray: Tray | undefined;

/** The platform's file dialogs, for the screens' "Browse…" buttons. */
async function pickPath(request: PickPathRequest): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const common = { title: request.title, filters: request.filters };
  if (request.purpose === 'save-file') {
    const result = parent ? await dialog.showSaveDialog(parent, common) : await dialog.showSaveDialog(common);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  const open = { ...common, properties: [request.purpose === 'folder' ? ('openDirectory' as const) : ('openFile' as const)] };
  const result = parent ? await dialog.showOpenDialog(parent, open) : await dialog.showOpenDialog(open);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

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
      additionalArguments: preloadArguments(),
    },
  });
  window.setContentProtection(true);
  await window.loadFile(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'));
}

app.whenReady().then(async () => {
  const trayIcon = new Tray(nativeImage.createEmpty());
  tray = trayIcon;
  trayIcon.setToolTip('Understudy');
  installStopControls(
    {
      registerShortcut: (accelerator, callback) => globalShortcut.register(accelerator, callback),
      setTrayMenu: (items) => trayIcon.setContextMenu(Menu.buildFromTemplate(items)),
    },
    () => backend.stopAll(),
  );
  await createWindow();
});
app.on('will-quit', () => {
  globalShortcut.unregisterAll();
  tray?.destroy();
  void backend.close();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
