/**
 * Which window is in front: the X server's stacking order of the visible
 * top-level windows, and what it means for an observation. An accessibility
 * tree describes every control of a window, including those another window
 * (a dialog, an open menu, another application) lies over; a person cannot
 * click those, and real input aimed at one lands on the window in front. Such
 * elements are marked hidden (the abstraction leaves them out) and say what
 * covers them — when the window in front is one the tree knows (a window it
 * does not know may be the application's own popup menu); and the masks that spare accessible windows from OCR leave
 * out the parts where a window without a tree lies in front, so OCR reads it.
 */
import { execFile } from 'node:child_process';
import type { UIElement } from '../../core/observation.js';
import type { AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import type { PixelRect } from './raw-image.js';

/** A visible top-level X window, physical pixels. */
export interface StackedWindow {
  id: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The visible top-level windows, bottom first (XQueryTree's order, which is
 * the stacking order). Empty when xdotool is missing or fails.
 */
export function stackedWindows(display: string): Promise<StackedWindow[]> {
  return new Promise((resolve) => {
    execFile(
      'xdotool',
      ['search', '--onlyvisible', '--maxdepth', '1', '--name', '', 'getwindowgeometry', '--shell', '%@'],
      { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 5_000 },
      // A failed or timed-out listing may have been cut short: a partial stack would hide controls wrongly and
      // make shown windows look unshown (unshown-windows.ts), so it counts as no stack at all.
      (error, stdout) => resolve(error ? [] : parseGeometries(stdout)),
    );
  });
}

/** xdotool's `getwindowgeometry --shell` lines, one block per window. */
export function parseGeometries(text: string): StackedWindow[] {
  const windows: StackedWindow[] = [];
  let current: Record<string, number> | undefined;
  const flush = () => {
    if (current && current.WINDOW !== undefined) {
      windows.push({ id: current.WINDOW, x: current.X ?? 0, y: current.Y ?? 0, width: current.WIDTH ?? 0, height: current.HEIGHT ?? 0 });
    }
  };
  for (const line of text.split('\n')) {
    const match = /^(\w+)=(-?\d+)$/.exec(line.trim());
    if (!match) continue;
    if (match[1] === 'WINDOW') {
      flush();
      current = {};
    }
    if (current) current[match[1]!] = Number(match[2]);
  }
  flush();
  return windows;
}

/** Same place and size, give or take a pixel of rounding. */
function sameRect(a: PixelRect, b: PixelRect): boolean {
  return Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(a.width - b.width) <= 2 && Math.abs(a.height - b.height) <= 2;
}

/** A popup window around an object: it encloses the object's box, with at most a border or a shadow more (toolkits differ). */
function framesPopup(window: PixelRect, frame: PixelRect): boolean {
  const slack = 96;
  return (
    window.x <= frame.x + 2 &&
    window.y <= frame.y + 2 &&
    window.x + window.width >= frame.x + frame.width - 2 &&
    window.y + window.height >= frame.y + frame.height - 2 &&
    window.width - frame.width <= slack &&
    window.height - frame.height <= slack
  );
}

function contains(rect: PixelRect, x: number, y: number): boolean {
  return x >= rect.x && y >= rect.y && x < rect.x + rect.width && y < rect.y + rect.height;
}

export interface Stacking {
  /** For each window of the snapshot, its place in `stack` (undefined: not found among the X windows). */
  places: (number | undefined)[];
  stack: StackedWindow[];
}

/** Place the snapshot's windows (physical boxes) in the X stacking order, by position and size. */
export function placeWindows(snapshot: Pick<AccessibilitySnapshot, 'windows'>, stack: readonly StackedWindow[]): Stacking {
  const places = snapshot.windows.map((window) => {
    // The topmost match: a window and an identical one behind it can only be told apart by what shows.
    for (let index = stack.length - 1; index >= 0; index--) if (sameRect(stack[index]!, window.box)) return index;
    return undefined;
  });
  return { places, stack: [...stack] };
}

/**
 * Mark elements whose centre lies under a window stacked above their own:
 * states.hidden, and `coveredBy` naming the window in front. Returns how many.
 * @param scale physical pixels per logical pixel (element boxes are logical).
 */
export function hideCoveredElements(
  elements: UIElement[],
  snapshot: Pick<AccessibilitySnapshot, 'windows' | 'elementWindows' | 'elementFrames'>,
  stacking: Stacking,
  scale: number,
): number {
  if (!snapshot.elementWindows || stacking.stack.length < 2) return 0;
  let hidden = 0;
  for (const element of elements) {
    const window = snapshot.elementWindows.get(element.id);
    const place = window !== undefined ? stacking.places[window] : undefined;
    if (place === undefined) continue;
    const x = (element.box.x + element.box.width / 2) * scale;
    const y = (element.box.y + element.box.height / 2) * scale;
    for (let above = place + 1; above < stacking.stack.length; above++) {
      const front = stacking.stack[above]!;
      if (!contains(front, x, y)) continue;
      // The element's own popup (a combo box's menu): a window in front that has the box of something it lies in.
      if (snapshot.elementFrames?.get(element.id)?.some((frame) => framesPopup(front, frame))) continue;
      // Only a window the tree knows covers for certain: one it does not know may be the application's own popup
      // (GTK's menus are X windows of their own that the tree lists inside the widget that opened them).
      const named = snapshot.windows[stacking.places.indexOf(above)];
      if (!named) continue;
      element.states = { ...element.states, hidden: true };
      element.attributes = { ...element.attributes, coveredBy: `${named.title || 'a window'} (${named.application})` };
      hidden++;
      break;
    }
  }
  return hidden;
}

/** The parts of `rect` outside every hole (rectangle subtraction). */
export function subtractRects(rect: PixelRect, holes: readonly PixelRect[]): PixelRect[] {
  let parts: PixelRect[] = [rect];
  for (const hole of holes) {
    const next: PixelRect[] = [];
    for (const part of parts) {
      const left = Math.max(part.x, hole.x);
      const top = Math.max(part.y, hole.y);
      const right = Math.min(part.x + part.width, hole.x + hole.width);
      const bottom = Math.min(part.y + part.height, hole.y + hole.height);
      if (right <= left || bottom <= top) {
        next.push(part);
        continue;
      }
      // Above, below, then left and right of the overlap.
      if (top > part.y) next.push({ x: part.x, y: part.y, width: part.width, height: top - part.y });
      if (bottom < part.y + part.height) next.push({ x: part.x, y: bottom, width: part.width, height: part.y + part.height - bottom });
      if (left > part.x) next.push({ x: part.x, y: top, width: left - part.x, height: bottom - top });
      if (right < part.x + part.width) next.push({ x: right, y: top, width: part.x + part.width - right, height: bottom - top });
    }
    parts = next;
  }
  return parts;
}

/** X windows in front of the snapshot window `window` that publish no tree of their own (OCR must read them). */
export function windowsInFrontWithoutTree(window: number, stacking: Stacking): StackedWindow[] {
  const place = stacking.places[window];
  if (place === undefined) return [];
  const accessible = new Set(stacking.places.filter((index): index is number => index !== undefined));
  return stacking.stack.slice(place + 1).filter((_, offset) => !accessible.has(place + 1 + offset));
}
