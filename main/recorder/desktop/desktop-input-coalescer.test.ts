import { describe, expect, it } from 'vitest';
import { DESKTOP_DOUBLE_CLICK_MS, DesktopInputCoalescer, PIXELS_PER_NOTCH, type DesktopGesture, type DesktopInputEvent } from './desktop-input-coalescer.js';
import { chordName, keyMeaning } from './keyboard-layout.js';

const NONE = { ctrl: false, shift: false, alt: false, meta: false };
/** uiohook key codes of the US keys used below. */
const CODE: Record<string, number> = { a: 30, d: 32, h: 35, i: 23, '2': 3, Backspace: 14, Enter: 28, Tab: 15, Shift: 42, Control: 29, Space: 57, x: 45 };

function key(time: number, name: string, modifiers: Partial<typeof NONE> = {}): DesktopInputEvent {
  return { kind: 'key-down', time, keycode: CODE[name]!, ...NONE, ...modifiers };
}
function click(time: number, x: number, y: number, button = 1, clicks = 1): DesktopInputEvent[] {
  return [
    { kind: 'mouse-down', time, x, y, button, clicks },
    { kind: 'mouse-up', time: time + 20, x, y, button },
  ];
}
function run(events: DesktopInputEvent[], coalescer = new DesktopInputCoalescer()): DesktopGesture[] {
  const out: DesktopGesture[] = [];
  for (const event of events) out.push(...coalescer.push(event, event.time));
  out.push(...coalescer.flushAll());
  return out;
}

describe('US keyboard layout', () => {
  it('maps key codes to characters with and without Shift, and names special keys', () => {
    expect(keyMeaning(30, false)).toMatchObject({ kind: 'character', character: 'a' });
    expect(keyMeaning(30, true)).toMatchObject({ kind: 'character', character: 'A' });
    expect(keyMeaning(3, true)).toMatchObject({ kind: 'character', character: '@' });
    expect(keyMeaning(52, false)).toMatchObject({ character: '.' });
    expect(keyMeaning(28, false)).toEqual({ kind: 'named', name: 'Enter' });
    expect(keyMeaning(42, false)).toEqual({ kind: 'modifier', name: 'Shift' });
    expect(keyMeaning(9999, false)).toEqual({ kind: 'unknown', keycode: 9999 });
    expect(chordName('A', { ctrl: true, alt: false, meta: false, shift: true })).toBe('Control+Shift+A');
  });
});

describe('DesktopInputCoalescer', () => {
  it('turns keystrokes into text (Shift, Backspace) and folds the click that focused the field', () => {
    const gestures = run([...click(0, 50, 60), key(300, 'h', { shift: true }), key(350, 'i'), key(400, 'x'), key(450, 'Backspace'), key(500, '2', { shift: true })]);
    expect(gestures).toEqual([{ kind: 'type', time: 0, text: 'Hi@', field: { x: 50, y: 60 } }]);
  });

  it('ends the text at a special key or chord, which become presses', () => {
    const gestures = run([key(0, 'a'), key(50, 'Enter'), key(100, 'a', { ctrl: true }), key(150, 'Tab', { shift: true }), key(200, 'Backspace')]);
    expect(gestures.map((g) => (g.kind === 'press' ? g.keys : g.kind === 'type' ? `type:${g.text}` : g.kind))).toEqual([
      'type:a',
      'Enter',
      'Control+A',
      'Shift+Tab',
      'Backspace',
    ]);
  });

  it('tells clicks, double clicks, right clicks and drags apart', () => {
    const gestures = run([
      ...click(0, 10, 10),
      ...click(1000, 100, 100),
      ...click(1100, 101, 100, 1, 2),
      ...click(2000, 30, 30, 2),
      { kind: 'mouse-down', time: 3000, x: 10, y: 10, button: 1, clicks: 1 },
      { kind: 'mouse-move', time: 3050, x: 60, y: 40 },
      { kind: 'mouse-up', time: 3100, x: 200, y: 150, button: 1 },
    ]);
    expect(gestures).toEqual([
      { kind: 'click', time: 0, at: { x: 10, y: 10 } },
      { kind: 'double-click', time: 1000, at: { x: 100, y: 100 } },
      { kind: 'right-click', time: 2000, at: { x: 30, y: 30 } },
      { kind: 'drag', time: 3000, from: { x: 10, y: 10 }, to: { x: 200, y: 150 } },
    ]);
  });

  it('holds a click into a text field until the next gesture, other clicks only for the double-click window', () => {
    const coalescer = new DesktopInputCoalescer((point) => point.x < 50);
    for (const event of click(0, 10, 10)) coalescer.push(event, event.time);
    expect(coalescer.flushDue(5_000)).toEqual([]);
    expect(coalescer.push(key(6_000, 'Enter'), 6_000).map((g) => g.kind)).toEqual(['click', 'press']);
    for (const event of click(7_000, 100, 10)) coalescer.push(event, event.time);
    expect(coalescer.flushDue(7_000 + DESKTOP_DOUBLE_CLICK_MS + 20)).toEqual([{ kind: 'click', time: 7_000, at: { x: 100, y: 10 } }]);
  });

  it('treats a press whose release was lost as a click there', () => {
    const gestures = run([{ kind: 'mouse-down', time: 0, x: 10, y: 10, button: 1, clicks: 1 }, ...click(1_000, 300, 300)]);
    expect(gestures.map((g) => g.kind === 'click' && g.at.x)).toEqual([10, 300]);
  });

  it('sums wheel notches into one scroll', () => {
    const wheel = (time: number, rotation: number): DesktopInputEvent => ({ kind: 'wheel', time, x: 5, y: 5, rotation, horizontal: false });
    const gestures = run([wheel(0, 1), wheel(50, 1), wheel(100, 1)]);
    expect(gestures).toEqual([{ kind: 'scroll', time: 0, at: { x: 5, y: 5 }, deltaX: 0, deltaY: 3 * PIXELS_PER_NOTCH }]);
  });
});
