import { describe, expect, it } from 'vitest';
import { boxOf, intersects, narrowClip, styleHides } from './visibility.js';

describe('visibility geometry', () => {
  it('moves a rect by its frame offset and rounds to 1/100 px', () => {
    expect(boxOf({ left: 1.234, top: 2.345, width: 10.006, height: 5, right: 0, bottom: 0 }, 100, 50)).toEqual({ x: 101.23, y: 52.35, width: 10.01, height: 5 });
  });

  it('keeps a box with area that meets the clip and the region', () => {
    const box = { x: 10, y: 10, width: 20, height: 20 };
    expect(intersects(box, undefined, undefined)).toBe(true);
    expect(intersects({ ...box, width: 0 }, undefined, undefined)).toBe(false);
    expect(intersects(box, { left: 30, top: 0, right: 100, bottom: 100 }, undefined)).toBe(false);
    expect(intersects(box, { left: 29, top: 0, right: 100, bottom: 100 }, undefined)).toBe(true);
    expect(intersects(box, undefined, { x: 0, y: 0, width: 10, height: 10 })).toBe(false);
    expect(intersects(box, undefined, { x: 0, y: 0, width: 11, height: 11 })).toBe(true);
  });

  it('narrows a clip only on the axes that hide overflow', () => {
    const box = { x: 10, y: 20, width: 100, height: 50 };
    expect(narrowClip(undefined, box, true, false)).toEqual({ left: 10, top: -Infinity, right: 110, bottom: Infinity });
    expect(narrowClip({ left: 50, top: 0, right: 80, bottom: 30 }, box, true, true)).toEqual({ left: 50, top: 20, right: 80, bottom: 30 });
  });

  it('tells a style that draws nothing: opacity 0 or visibility hidden, not display none or a faint opacity', () => {
    const style = { display: 'block', visibility: 'visible', opacity: '1', cursor: 'auto', overflowX: 'visible', overflowY: 'visible', pointerEvents: 'auto', position: 'static' };
    expect(styleHides(style)).toBe(false);
    expect(styleHides({ ...style, opacity: '0' })).toBe(true);
    expect(styleHides({ ...style, visibility: 'hidden' })).toBe(true);
    expect(styleHides({ ...style, opacity: '0.01' })).toBe(false);
    expect(styleHides({ ...style, display: 'none' })).toBe(false);
  });
});
