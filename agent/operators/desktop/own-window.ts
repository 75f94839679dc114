/**
 * Understudy's own window on the X display: the Electron app (a window of
 * this process) or, in web mode, the browser window showing the app (titled
 * "Understudy — <browser>"). The desktop operator never acts on it and the
 * desktop recorder never records what is done in it: a person stopping a
 * recording in the app, or an agent clicking its own Stop button, is not part
 * of the task.
 *
 * Found with xdotool, as the window stacking is (window-stacking.ts): the
 * windows whose _NET_WM_PID is one of ours or whose title matches, and the
 * stacking order, so a point where another window lies over ours is not ours.
 * Without xdotool nothing is found and nothing is refused.
 */
import { execFile } from 'node:child_process';
import { rectWithin } from '../../core/box-geometry.js';
import { parseGeometries, stackedWindows, type StackedWindow } from './window-stacking.js';

/** The app's window title (renderer/index.html, main/electron/main.ts), alone or followed by the browser's name. */
export const APP_WINDOW_TITLE_PATTERN = '^Understudy( [-—–|] .*)?$';

/** Which windows are Understudy's own. */
export interface OwnWindowSpec {
  /** Processes whose windows are ours (the Electron app: this process). */
  pids: readonly number[];
  /** POSIX extended regular expression matched against window titles, case-insensitively (xdotool's search). */
  titlePattern?: string;
}

/** This process's windows and the app's title: right for the Electron app, web mode and the CLI alike. */
export function defaultOwnWindow(): OwnWindowSpec {
  return { pids: [process.pid], titlePattern: APP_WINDOW_TITLE_PATTERN };
}

/** What is known of the display at one moment, physical pixels. */
export interface OwnWindowState {
  /** Our visible windows. */
  own: StackedWindow[];
  /** Every visible top-level window, bottom first. */
  stack: StackedWindow[];
  /** The window holding the keyboard focus, when it could be read. */
  focus?: StackedWindow;
}

/**
 * Read our windows, and — only when one is on screen — the stacking order and
 * the focused window (each read is an xdotool process; a recorder polls this).
 */
export async function readOwnWindows(display: string, spec: OwnWindowSpec): Promise<OwnWindowState> {
  const searches = [
    // The empty pattern ends the search's arguments (without one, the chained command's name was taken for the
    // pattern and nothing was found); --all makes the pid a condition rather than an alternative to the pattern.
    ...spec.pids.map((pid) => xdotoolGeometries(display, ['search', '--all', '--onlyvisible', '--pid', String(pid), ''])),
    ...(spec.titlePattern ? [xdotoolGeometries(display, ['search', '--onlyvisible', '--name', spec.titlePattern])] : []),
  ];
  const own = new Map<number, StackedWindow>();
  for (const window of (await Promise.all(searches)).flat()) if (window.width > 1 && window.height > 1) own.set(window.id, window);
  if (own.size === 0) return { own: [], stack: [] };
  const [stack, focus] = await Promise.all([stackedWindows(display), xdotoolGeometries(display, ['getwindowfocus'])]);
  return { own: [...own.values()], stack, ...(focus[0] ? { focus: focus[0] } : {}) };
}

/**
 * Our window under a point (physical pixels), or undefined: the topmost
 * top-level window there must be ours, or the frame a window manager put
 * around ours.
 */
export function ownWindowAt(state: OwnWindowState, point: { x: number; y: number }): StackedWindow | undefined {
  const mine = state.own.filter((window) => contains(window, point));
  if (mine.length === 0) return undefined;
  const top = [...state.stack].reverse().find((window) => contains(window, point));
  // Without a stacking order (xdotool could not list it), the window is taken to be in front.
  if (!top) return mine[0];
  return mine.find((window) => window.id === top.id || (!state.stack.some((stacked) => stacked.id === window.id) && rectWithin(window, top)));
}

/**
 * True when a top-level window read from the accessibility tree is one of
 * ours: titled like the app, or lying where one of our X windows lies (most of
 * each covers the other). This is how an element acted on through the
 * accessibility interface — off screen, where no point on the display can be
 * checked — is known to be ours.
 */
export function ownAccessibleWindow(state: OwnWindowState, spec: OwnWindowSpec, window: { title: string; box: { x: number; y: number; width: number; height: number } }): boolean {
  if (spec.titlePattern && new RegExp(spec.titlePattern, 'i').test(window.title.trim())) return true;
  const box = { id: 0, ...window.box };
  return state.own.some((own) => {
    const overlap = intersectionArea(own, box);
    return overlap > 0 && overlap >= 0.8 * Math.max(area(own), area(box));
  });
}

/** True when the keyboard focus is in one of our windows (the window itself or a child of it). */
export function focusIsOwn(state: OwnWindowState): boolean {
  const focus = state.focus;
  if (!focus) return false;
  return state.own.some((window) => window.id === focus.id || rectWithin(focus, window));
}

function contains(window: StackedWindow, point: { x: number; y: number }): boolean {
  return point.x >= window.x && point.y >= window.y && point.x < window.x + window.width && point.y < window.y + window.height;
}

function area(rect: StackedWindow): number {
  return Math.max(0, rect.width) * Math.max(0, rect.height);
}

function intersectionArea(a: StackedWindow, b: StackedWindow): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function xdotoolGeometries(display: string, search: string[]): Promise<StackedWindow[]> {
  return new Promise((resolve) => {
    execFile('xdotool', [...search, 'getwindowgeometry', '--shell', '%@'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 5_000 }, (error, stdout) =>
      resolve(error && !stdout ? [] : parseGeometries(stdout)),
    );
  });
}
