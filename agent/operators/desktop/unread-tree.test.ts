import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { AccessibilitySnapshot } from './a11y/accessibility-reader.js';
import { UNREAD_TREE_ATTRIBUTE, markUnreadTree } from './unread-tree.js';
import type { Stacking } from './window-stacking.js';

/** OCR's reading of the GTK sign-up form's plan row (a radio button read as a check box) and of a Tk window beside it. */
function ocrElements(): UIElement[] {
  const element = (id: number, role: string, text: string, x: number, y: number, width: number, height: number): UIElement => ({
    id,
    role,
    text,
    states: {},
    box: { x, y, width, height },
    source: 'ocr',
    interactive: role !== 'text',
  });
  return [element(30, 'checkbox', 'Pro', 234, 267, 38, 12), element(31, 'checkbox', 'Team', 295, 267, 51, 12), element(32, 'button', 'Submit', 700, 300, 80, 28)];
}

const gtkWindow = { application: 'signup-app.py', title: 'Understudy GTK Sign-up', box: { x: 0, y: 0, width: 520, height: 560 } };
function snapshot(complete: boolean): AccessibilitySnapshot {
  return { elements: [], notes: [], applications: ['signup-app.py'], windows: [gtkWindow], complete, stats: { elapsedMs: 1, nodes: 1, calls: 1 } };
}
const marks = (elements: UIElement[]) => elements.map((element) => element.attributes?.[UNREAD_TREE_ATTRIBUTE]);

describe('OCR elements where the accessibility tree was not read', () => {
  it('marks nothing when the tree was read whole, or when there is no accessibility reader at all', () => {
    const whole = ocrElements();
    expect(markUnreadTree(whole, { snapshot: snapshot(true), failed: false }, 1)).toBe(0);
    expect(marks(whole)).toEqual([undefined, undefined, undefined]);
    const noBus = ocrElements();
    expect(markUnreadTree(noBus, { snapshot: undefined, failed: false }, 1)).toBe(0);
    expect(marks(noBus)).toEqual([undefined, undefined, undefined]);
  });

  it('marks every OCR element when the read failed this time: no window can be said to lie outside every tree', () => {
    const elements = ocrElements();
    expect(markUnreadTree(elements, { snapshot: undefined, failed: true }, 1)).toBe(3);
    expect(marks(elements)).toEqual(['', '', '']);
  });

  it('marks every OCR element of a read cut short, naming the application whose window it lies in where known', () => {
    const elements = ocrElements();
    expect(markUnreadTree(elements, { snapshot: snapshot(false), failed: false }, 1)).toBe(3);
    // The Tk "Submit" lies in no window the tree listed: the part not read may hold it, so it is marked, unnamed.
    expect(marks(elements)).toEqual(['signup-app.py', 'signup-app.py', '']);
  });

  it('compares in physical pixels (element boxes are logical, windows physical)', () => {
    const elements = ocrElements();
    markUnreadTree(elements, { snapshot: { ...snapshot(false), windows: [{ ...gtkWindow, box: { x: 0, y: 0, width: 1040, height: 1120 } }] }, failed: false }, 2);
    expect(marks(elements)).toEqual(['signup-app.py', 'signup-app.py', '']);
  });

  it('does not name an application whose window lies behind a window without a tree at that point', () => {
    const elements = ocrElements();
    // X stacking, bottom first: the GTK window, then a window without a tree over its plan row.
    const stacking: Stacking = { places: [0], stack: [{ id: 1, ...gtkWindow.box }, { id: 2, x: 200, y: 250, width: 200, height: 60 }] };
    markUnreadTree(elements, { snapshot: snapshot(false), failed: false, stacking }, 1);
    expect(marks(elements)).toEqual(['', '', '']);
  });
});
