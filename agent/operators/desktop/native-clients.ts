/**
 * Which X displays this process holds native connections to (nut-js's libnut,
 * uiohook-napi). Those libraries use Xlib's default I/O error handler, which
 * ends the whole process when the server goes away — so a server of our own
 * must outlive them: xvfb.ts defers stopping it to process exit.
 */
const displays = new Set<string>();

/** Record that native code in this process is connected to `display`. */
export function markNativeClients(display: string): void {
  displays.add(normalise(display));
}

/** True when native code in this process may hold a connection to `display`. */
export function hasNativeClients(display: string): boolean {
  return displays.has(normalise(display));
}

function normalise(display: string): string {
  return display.replace(/^(unix|localhost)?:/, ':').replace(/\.\d+$/, '');
}
