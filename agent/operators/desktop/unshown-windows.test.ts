import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { dropUnshownWindows } from './unshown-windows.js';

const element = (id: number, application: string): UIElement => ({ id, role: 'button', text: `b${id}`, states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'a11y', interactive: true, attributes: { application } });
const screen = { width: 1024, height: 700 };

function snapshot() {
  return {
    elements: [element(0, 'gtk'), element(1, 'gtk'), element(2, 'Chromium'), element(3, 'Chromium'), element(4, 'qt')],
    windows: [
      { application: 'gtk', title: 'Form', box: { x: 40, y: 40, width: 500, height: 400 } },
      { application: 'Chromium', title: 'about:blank - Chromium', box: { x: 10, y: 10, width: 1280, height: 720 } },
      { application: 'qt', title: 'Far away', box: { x: 3000, y: 40, width: 200, height: 200 } },
    ],
    // Element 3 lies in no listed window (a zero-size one): it goes with its application's only window.
    elementWindows: new Map([[0, 0], [1, 0], [2, 1], [4, 2]]),
    elementFrames: new Map(),
    applications: ['gtk', 'Chromium', 'qt'],
    notes: [],
  };
}

describe('accessible windows no X window shows', () => {
  it('leaves out a window no X window encloses, and one off the screen; keeps one inside a window manager frame', () => {
    const read = snapshot();
    // A reparenting window manager: the X top-level is the frame around the client.
    const note = dropUnshownWindows(read, [{ id: 1, x: 36, y: 16, width: 508, height: 428 }, { id: 2, x: 3000, y: 40, width: 200, height: 200 }], screen);
    expect(read.elements.map((each) => each.id)).toEqual([0, 1]);
    expect(read.windows.map((window) => window.title)).toEqual(['Form']);
    expect([...read.elementWindows]).toEqual([[0, 0], [1, 0]]);
    expect(read.applications).toEqual(['gtk']);
    expect(note).toBe('accessibility tree: 3 elements of 2 windows not on the display left out: "about:blank - Chromium" (Chromium), "Far away" (qt) (published on the bus, but no X window shows them, e.g. a headless browser)');
  });

  it('leaves everything when the stacking order is unknown, or every window is shown', () => {
    const read = snapshot();
    expect(dropUnshownWindows(read, [], screen)).toBeUndefined();
    expect(read.elements).toHaveLength(5);
    const shown = snapshot();
    shown.windows = shown.windows.slice(0, 1);
    expect(dropUnshownWindows(shown, [{ id: 1, x: 40, y: 40, width: 500, height: 400 }], screen)).toBeUndefined();
    expect(shown.elements).toHaveLength(5);
  });
});
