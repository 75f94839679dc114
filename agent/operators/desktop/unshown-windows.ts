/**
 * Accessible windows that are not on the display. An application may publish
 * a window on the accessibility bus that no one can see: a headless Chromium
 * started with an X DISPLAY finds that display's accessibility bus and lists
 * its (windowless) browser frame there, "showing" and "visible", 1280×720 —
 * over whatever really is on screen. Its controls are not there to be clicked,
 * and real input aimed at them lands on the window that is.
 *
 * The X server is the judge: a top-level accessible window is shown when a
 * visible top-level X window encloses it (the same rectangle, or a window
 * manager's frame around it), and it lies at least partly on the screen. The
 * others are left out with their elements, and so is every element of an
 * application none of whose windows is shown (a zero-size or non-showing
 * window's controls). Without a stacking order (no xdotool) nothing is left out.
 */
import type { UIElement } from '../../core/observation.js';
import type { AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import type { StackedWindow } from './window-stacking.js';

/** Rounding between the toolkit's coordinates and the X server's. */
const SLACK_PX = 4;

type Snapshot = Pick<AccessibilitySnapshot, 'elements' | 'windows' | 'elementWindows' | 'elementFrames' | 'applications' | 'notes'>;

/**
 * Remove, in place, the snapshot's windows no visible X window shows and their
 * elements; returns a note for the observation, or undefined when nothing was
 * left out. Boxes are physical pixels (after the snapshot is aligned to the screen).
 */
export function dropUnshownWindows(snapshot: Snapshot, stack: readonly StackedWindow[], screen: { width: number; height: number }): string | undefined {
  if (stack.length === 0) return undefined;
  const shown = snapshot.windows.map((window) => onScreen(window.box, screen) && stack.some((x) => encloses(x, window.box)));
  if (shown.every(Boolean)) return undefined;
  const keptApplications = new Set(snapshot.windows.filter((_, index) => shown[index]).map((window) => window.application));
  // Applications with a window the X server does not show and none it does: their window-less elements go too
  // (an application that lists no window at all is left as it was: nothing says it is not there).
  const goneApplications = new Set(snapshot.windows.filter((window, index) => !shown[index] && !keptApplications.has(window.application)).map((window) => window.application));
  const dropped = new Set<number>();
  for (const element of snapshot.elements) {
    const window = snapshot.elementWindows?.get(element.id);
    const gone = window !== undefined ? !shown[window] : goneApplications.has(element.attributes?.application ?? '');
    if (gone) dropped.add(element.id);
  }
  const droppedWindows = snapshot.windows.filter((_, index) => !shown[index]);
  if (dropped.size === 0 && droppedWindows.length === 0) return undefined;
  // Windows renumbered; elements keep their ids (the reader acts on them by id).
  const newIndex = new Map<number, number>();
  snapshot.windows.forEach((_, index) => shown[index] && newIndex.set(index, newIndex.size));
  snapshot.windows = snapshot.windows.filter((_, index) => shown[index]);
  if (snapshot.elementWindows) {
    const remapped = new Map<number, number>();
    for (const [id, index] of snapshot.elementWindows) if (!dropped.has(id) && newIndex.has(index)) remapped.set(id, newIndex.get(index)!);
    snapshot.elementWindows = remapped;
  }
  for (const id of dropped) snapshot.elementFrames?.delete(id);
  snapshot.elements = snapshot.elements.filter((element: UIElement) => !dropped.has(element.id));
  snapshot.applications = snapshot.applications.filter((application) => !goneApplications.has(application));
  const names = [...new Set(droppedWindows.map((window) => `"${window.title || 'untitled'}" (${window.application})`))];
  return `accessibility tree: ${dropped.size} elements of ${droppedWindows.length || 'no'} window${droppedWindows.length === 1 ? '' : 's'} not on the display left out${names.length ? `: ${names.slice(0, 4).join(', ')}` : ''} (published on the bus, but no X window shows them, e.g. a headless browser)`;
}

function encloses(outer: StackedWindow, inner: { x: number; y: number; width: number; height: number }): boolean {
  return (
    outer.x <= inner.x + SLACK_PX &&
    outer.y <= inner.y + SLACK_PX &&
    outer.x + outer.width >= inner.x + inner.width - SLACK_PX &&
    outer.y + outer.height >= inner.y + inner.height - SLACK_PX
  );
}

function onScreen(box: { x: number; y: number; width: number; height: number }, screen: { width: number; height: number }): boolean {
  return box.width > 0 && box.height > 0 && box.x < screen.width && box.y < screen.height && box.x + box.width > 0 && box.y + box.height > 0;
}
