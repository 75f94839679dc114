import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import { hideCoveredElements, parseGeometries, placeWindows, subtractRects, windowsInFrontWithoutTree } from './window-stacking.js';

const area = (rects: { width: number; height: number }[]) => rects.reduce((sum, rect) => sum + rect.width * rect.height, 0);

describe('window stacking', () => {
  it('reads xdotool geometry blocks in order', () => {
    const text = 'WINDOW=1293\nX=0\nY=0\nWIDTH=1024\nHEIGHT=700\nSCREEN=0\nWINDOW=7\nX=40\nY=-5\nWIDTH=520\nHEIGHT=560\nSCREEN=0\n';
    expect(parseGeometries(text)).toEqual([
      { id: 1293, x: 0, y: 0, width: 1024, height: 700 },
      { id: 7, x: 40, y: -5, width: 520, height: 560 },
    ]);
  });

  it('subtracts holes from a rectangle without overlap or loss', () => {
    const parts = subtractRects({ x: 0, y: 0, width: 100, height: 100 }, [{ x: 20, y: 30, width: 50, height: 40 }, { x: 90, y: 90, width: 50, height: 50 }]);
    expect(area(parts)).toBe(100 * 100 - 50 * 40 - 10 * 10);
    expect(subtractRects({ x: 0, y: 0, width: 10, height: 10 }, [{ x: 20, y: 20, width: 5, height: 5 }])).toEqual([{ x: 0, y: 0, width: 10, height: 10 }]);
    expect(subtractRects({ x: 0, y: 0, width: 10, height: 10 }, [{ x: -5, y: -5, width: 30, height: 30 }])).toEqual([]);
  });

  it('hides elements whose centre lies under a window stacked above their own', () => {
    const windows = [
      { application: 'app', title: 'Main', box: { x: 0, y: 0, width: 400, height: 400 } },
      { application: 'app', title: 'Dialog', box: { x: 100, y: 100, width: 100, height: 100 } },
    ];
    const stack = [
      { id: 1, x: 0, y: 0, width: 1000, height: 800 },
      { id: 2, x: 0, y: 0, width: 400, height: 400 },
      { id: 3, x: 300, y: 300, width: 200, height: 200 },
      { id: 4, x: 100, y: 100, width: 100, height: 100 },
    ];
    const element = (id: number, x: number, y: number): UIElement => ({ id, role: 'button', text: `b${id}`, states: {}, box: { x, y, width: 10, height: 10 }, source: 'a11y', interactive: true });
    const elements = [element(0, 140, 140), element(1, 10, 10), element(2, 340, 340), element(3, 145, 145)];
    const snapshot = { windows, elementWindows: new Map([[0, 0], [1, 0], [2, 0], [3, 1]]) };
    const stacking = placeWindows(snapshot, stack);
    expect(stacking.places).toEqual([1, 3]);
    // Window 3 is not in the tree (it may be the application's own popup): it hides nothing.
    expect(hideCoveredElements(elements, snapshot, stacking, 1)).toBe(1);
    expect(elements.map((candidate) => candidate.attributes?.coveredBy)).toEqual(['Dialog (app)', undefined, undefined, undefined]);
    expect(elements[3]!.states.hidden).toBeUndefined();
    expect(windowsInFrontWithoutTree(0, stacking).map((window) => window.id)).toEqual([3]);
  });
});
