/**
 * The Electron app's stop-all: a global shortcut and a tray menu item, both
 * calling the backend's `stopAll` (every run, benchmark, recording, re-embed,
 * import and export). Written against the small part of Electron it uses, so the
 * wiring is tested under Node with stand-ins (Electron's binary is not needed).
 */
export const STOP_SHORTCUT = 'CommandOrControl+Shift+Escape';
export const STOP_MENU_LABEL = `Stop everything: runs, recordings, benchmarks, re-embed, import, export (${STOP_SHORTCUT})`;

export interface StopControlHosts {
  /** globalShortcut.register */
  registerShortcut(accelerator: string, callback: () => void): boolean;
  /** The tray's context menu (Tray.setContextMenu(Menu.buildFromTemplate(items))). */
  setTrayMenu(items: { label: string; click: () => void }[]): void;
}

export function installStopControls(hosts: StopControlHosts, stopAll: () => number): void {
  const stop = () => void stopAll();
  // Another app may hold the chord: the tray item still works.
  hosts.registerShortcut(STOP_SHORTCUT, stop);
  hosts.setTrayMenu([{ label: STOP_MENU_LABEL, click: stop }]);
}
