/**
 * Global input events (uiohook: key codes and pointer positions, no
 * characters and no widgets) → the gestures a person meant: keystrokes
 * become text through the US layout (Shift applied, Backspace edits the text
 * being typed), modifier chords and special keys become `press`, a press and
 * release in place is a click (two in the double-click window a double
 * click), a press that travels is a drag, a burst of wheel notches is one
 * scroll. Pure and clock-driven, like the browser's EventCoalescer.
 *
 * Positions are logical screen pixels (the recorder divides uiohook's
 * physical pixels by the scale factor before feeding them in).
 */
import { chordKeyName, chordName, keyMeaning } from './keyboard-layout.js';

export const DESKTOP_DOUBLE_CLICK_MS = 500;
export const DESKTOP_SCROLL_PAUSE_MS = 400;
/** Logical px a press must travel to be a drag. */
export const DRAG_THRESHOLD_PX = 8;
/** Logical px of scroll per wheel notch (as the desktop operator scrolls). */
export const PIXELS_PER_NOTCH = 50;

export interface Modifiers {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

export type DesktopInputEvent =
  | ({ kind: 'key-down'; time: number; keycode: number } & Modifiers)
  | { kind: 'mouse-down'; time: number; x: number; y: number; button: number; clicks: number }
  | { kind: 'mouse-up'; time: number; x: number; y: number; button: number }
  | { kind: 'mouse-move'; time: number; x: number; y: number }
  /** rotation: notches, positive = down / right. */
  | { kind: 'wheel'; time: number; x: number; y: number; rotation: number; horizontal: boolean };

export interface Point {
  x: number;
  y: number;
}

export type DesktopGesture =
  | { kind: 'click' | 'double-click' | 'right-click'; time: number; at: Point }
  | { kind: 'drag'; time: number; from: Point; to: Point }
  /** `field` is where the click that focused the field landed, when the typing followed one. */
  | { kind: 'type'; time: number; text: string; field?: Point }
  | { kind: 'press'; time: number; keys: string }
  | { kind: 'scroll'; time: number; at: Point; deltaX: number; deltaY: number };

type ClickGesture = { kind: 'click' | 'double-click' | 'right-click'; time: number; at: Point };

/** uiohook button numbers. */
const LEFT = 1;
const RIGHT = 2;

export class DesktopInputCoalescer {
  private press: { time: number; at: Point; button: number; clicks: number; dragging: boolean } | undefined;
  private clicks: { click: ClickGesture; heldAt: number }[] = [];
  private typing: { time: number; text: string; field?: Point } | undefined;
  private scroll: { gesture: Extract<DesktopGesture, { kind: 'scroll' }>; lastAt: number } | undefined;

  /**
   * @param focusesField whether a click at this point lands in a text field
   *   (then it is held until the next gesture: the typing it usually starts folds it in)
   */
  constructor(private readonly focusesField: (point: Point) => boolean = () => false) {}

  push(event: DesktopInputEvent, now = event.time): DesktopGesture[] {
    const out = this.flushDue(now);
    switch (event.kind) {
      case 'mouse-down':
        // A press still open means its release was lost (a busy hook drops events): it was a click or drag there.
        if (this.press) out.push(...this.push({ kind: 'mouse-up', time: event.time, x: this.press.at.x, y: this.press.at.y, button: this.press.button }, now));
        out.push(...this.flushTyping(), ...this.flushScroll());
        this.press = { time: event.time, at: { x: event.x, y: event.y }, button: event.button, clicks: event.clicks, dragging: false };
        break;
      case 'mouse-move':
        if (this.press && !this.press.dragging && distance(this.press.at, event) >= DRAG_THRESHOLD_PX) this.press.dragging = true;
        break;
      case 'mouse-up': {
        const press = this.press;
        this.press = undefined;
        if (!press) break;
        if (press.dragging || distance(press.at, event) >= DRAG_THRESHOLD_PX) {
          out.push(...this.flushClicks(), { kind: 'drag', time: press.time, from: press.at, to: { x: event.x, y: event.y } });
          break;
        }
        if (press.button === RIGHT) {
          out.push(...this.flushClicks(), { kind: 'right-click', time: press.time, at: press.at });
          break;
        }
        if (press.button !== LEFT) break; // middle clicks (paste on X) are not part of our action space
        const previous = this.clicks.at(-1);
        const second = previous !== undefined && distance(previous.click.at, press.at) < DRAG_THRESHOLD_PX && now - previous.heldAt < DESKTOP_DOUBLE_CLICK_MS;
        if (second && (press.clicks >= 2 || this.clicks.length === 1)) {
          const first = this.clicks.pop()!;
          out.push(...this.flushClicks(), { kind: 'double-click', time: first.click.time, at: first.click.at });
        } else {
          out.push(...this.flushClicks());
          this.clicks.push({ click: { kind: 'click', time: press.time, at: press.at }, heldAt: now });
        }
        break;
      }
      case 'wheel': {
        out.push(...this.flushClicks(), ...this.flushTyping());
        const delta = event.rotation * PIXELS_PER_NOTCH;
        const current = this.scroll;
        if (current && now - current.lastAt < DESKTOP_SCROLL_PAUSE_MS && distance(current.gesture.at, event) < 40) {
          if (event.horizontal) current.gesture.deltaX += delta;
          else current.gesture.deltaY += delta;
          current.lastAt = now;
        } else {
          out.push(...this.flushScroll());
          this.scroll = {
            gesture: { kind: 'scroll', time: event.time, at: { x: event.x, y: event.y }, deltaX: event.horizontal ? delta : 0, deltaY: event.horizontal ? 0 : delta },
            lastAt: now,
          };
        }
        break;
      }
      case 'key-down':
        out.push(...this.key(event));
        break;
    }
    return out;
  }

  private key(event: Extract<DesktopInputEvent, { kind: 'key-down' }>): DesktopGesture[] {
    const meaning = keyMeaning(event.keycode, event.shift);
    if (meaning.kind === 'modifier' || meaning.kind === 'unknown') return [];
    const chord = event.ctrl || event.alt || event.meta;
    if (!chord && meaning.kind === 'character') {
      const out = this.flushScroll();
      if (!this.typing) {
        const held = this.flushClicks();
        const focus = held.length > 0 && held.at(-1)!.kind === 'click' ? held.pop() : undefined;
        out.push(...held);
        this.typing = { time: focus?.time ?? event.time, text: '', field: focus?.at };
      }
      this.typing.text += meaning.character;
      return out;
    }
    if (!chord && meaning.kind === 'named' && meaning.name === 'Backspace' && this.typing && this.typing.text.length > 0) {
      this.typing.text = [...this.typing.text].slice(0, -1).join('');
      return [];
    }
    if (meaning.kind === 'named' && meaning.name === 'CapsLock') return [];
    const name = chordKeyName(meaning);
    if (!name) return [];
    const keys = chordName(name, { ctrl: event.ctrl, alt: event.alt, meta: event.meta, shift: event.shift });
    return [...this.flushClicks(), ...this.flushTyping(), ...this.flushScroll(), { kind: 'press', time: event.time, keys }];
  }

  /** Gestures whose wait is over at `now`. */
  flushDue(now: number): DesktopGesture[] {
    const out: DesktopGesture[] = [];
    const last = this.clicks.at(-1);
    if (last && now - last.heldAt >= DESKTOP_DOUBLE_CLICK_MS && !(this.clicks.length === 1 && this.focusesField(last.click.at))) {
      out.push(...this.flushClicks());
    }
    if (this.scroll && now - this.scroll.lastAt >= DESKTOP_SCROLL_PAUSE_MS) out.push(...this.flushScroll());
    return out;
  }

  /** Everything still held, in order (at the end of a recording). */
  flushAll(): DesktopGesture[] {
    return [...this.flushClicks(), ...this.flushTyping(), ...this.flushScroll()].sort((a, b) => a.time - b.time);
  }

  private flushClicks(): ClickGesture[] {
    const out = this.clicks.map((held) => held.click);
    this.clicks = [];
    return out;
  }

  private flushTyping(): DesktopGesture[] {
    const typing = this.typing;
    this.typing = undefined;
    if (!typing || typing.text === '') return typing?.field ? [{ kind: 'click', time: typing.time, at: typing.field }] : [];
    return [{ kind: 'type', time: typing.time, text: typing.text, ...(typing.field ? { field: typing.field } : {}) }];
  }

  private flushScroll(): DesktopGesture[] {
    const scroll = this.scroll;
    this.scroll = undefined;
    return scroll ? [scroll.gesture] : [];
  }
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
