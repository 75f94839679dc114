/**
 * Turns the stream of raw captured events into the gestures a person meant:
 * all the input events of one field edit become one `type`; two clicks and a
 * dblclick become one double click; a burst of wheel events becomes one
 * scroll; a click that only focused a field which is then typed into is
 * folded into the `type`. Pure and clock-driven (`now` is passed in), so the
 * timing rules are unit-tested without a browser.
 *
 * A gesture keeps the time it started: the recorder pairs it with the last
 * observation completed before then, which is the state before the action.
 */
import type { DragWaypoint } from '../../../agent/core/action.js';
import type { CapturedEvent, EventSnapshot, PageTarget } from './captured-event.js';
import { isRichText, RichTextEdits } from './rich-text-edits.js';

/** Milliseconds within which a second click and a dblclick make a double click. */
export const DOUBLE_CLICK_WINDOW_MS = 500;
/** Milliseconds of wheel silence that end one scroll gesture. */
export const SCROLL_PAUSE_MS = 400;

/**
 * What every gesture may carry from the page: the observation taken at the
 * instant it began (its first event), and the id its target has in it.
 */
interface AtEvent {
  snapshot?: EventSnapshot;
  targetId?: number;
}

/** A pointer click of some kind; x, y in viewport CSS px. */
export interface ClickGesture extends AtEvent {
  kind: 'click' | 'double-click' | 'right-click' | 'hover';
  time: number;
  url: string;
  x: number;
  y: number;
  target?: PageTarget;
  /** A double-click: the word it selected inside a text element (page-script/selected-word.ts). */
  selected?: { text: string; wordIndex: number };
}

export type Modifier = 'Control' | 'Shift' | 'Alt' | 'Meta';

export type Gesture =
  | ClickGesture
  | ({ kind: 'type'; time: number; url: string; text: string; target: PageTarget; segmented?: boolean; pasted?: boolean; /** The keys typed into a field that swallows them (consumed-keys.ts). */ keyed?: boolean; /** Typed at the end of rich text, after its earlier edits (rich-text-edits.ts). */ appended?: boolean } & AtEvent)
  | ({ kind: 'press'; time: number; url: string; keys: string; target?: PageTarget } & AtEvent)
  | ({ kind: 'copy'; time: number; url: string; target: PageTarget } & AtEvent)
  | ({ kind: 'paste'; time: number; url: string; text: string; target: PageTarget } & AtEvent)
  | ({
      kind: 'select';
      time: number;
      url: string;
      option: string;
      /** The <optgroup> the option sits under. */
      group?: string;
      target: PageTarget;
      /** All options selected afterwards (list boxes). */
      selected?: string[];
      /** Keys held while picking in a list box. */
      modifiers?: Modifier[];
      /** The drop-down was opened and closed on the value it already showed. */
      kept?: boolean;
    } & AtEvent)
  | ({ kind: 'scroll'; time: number; url: string; x: number; y: number; deltaX: number; deltaY: number; target?: PageTarget } & AtEvent)
  | ({
      kind: 'drag';
      time: number;
      url: string;
      from: { x: number; y: number; target?: PageTarget; targetId?: number };
      to: { x: number; y: number; target?: PageTarget; targetId?: number };
      path?: DragWaypoint[];
    } & AtEvent);

type ScrollGesture = Extract<Gesture, { kind: 'scroll' }>;

interface PendingEdit extends AtEvent {
  fieldKey: string;
  time: number;
  url: string;
  text: string;
  target: PageTarget;
  segmented?: boolean;
  /** Some of the text arrived by pasting. */
  pasted?: boolean;
  keyed?: boolean;
}

type SelectGesture = Extract<Gesture, { kind: 'select' }>;

export class EventCoalescer {
  /** Clicks held back until we know they are not half of a double click (at most two). */
  private clicks: { click: ClickGesture; heldAt: number }[] = [];
  private edit: PendingEdit | undefined;
  private scroll: { gesture: ScrollGesture; lastAt: number } | undefined;
  /** A drop-down opened and not yet chosen from. */
  private opened: { fieldKey: string; gesture: SelectGesture } | undefined;
  /**
   * A choice in a drop-down, held while the same list keeps changing: choosing by keyboard passes through other
   * options ("R" → Rome on the way to Rotterdam; arrow keys step through every option), and only where the person
   * stopped is the step. It ends at the next other event or at the end, never on a timer: on a busy machine the
   * changes of one choice arrive seconds apart, and an intermediate option stored as a step of its own is a value
   * no new instance can supply.
   */
  private choosing: { fieldKey: string; gesture: SelectGesture } | undefined;
  private richText = new RichTextEdits();

  /** Feed one event; returns the gestures it completed, in order. */
  push(event: CapturedEvent, now = event.time): Gesture[] {
    // Enter or Escape on a drop-down only closes it on the value its change events already carry: not a step.
    if (event.kind === 'key' && (event.keys === 'Enter' || event.keys === 'Escape') && isDropDown(event.target)) return this.flushDue(now);
    const out: Gesture[] = this.flushDue(now);
    // Whatever comes next after a drop-down opened closes it: a change chooses, anything else keeps its value.
    if (this.opened && !(event.kind === 'select' && event.fieldKey === this.opened.fieldKey) && event.kind !== 'select-open') out.push(...this.flushOpened());
    if (this.choosing && !(event.kind === 'select' && event.fieldKey === this.choosing.fieldKey && !event.modifiers?.length)) out.push(...this.flushChoosing());
    const atEvent = (from: { snapshot?: EventSnapshot; targetId?: number }): AtEvent =>
      from.snapshot ? { snapshot: from.snapshot, ...(from.targetId !== undefined ? { targetId: from.targetId } : {}) } : {};
    switch (event.kind) {
      case 'click': {
        // A click into the field being edited (a spin arrow, placing the caret, selecting its text) is part of
        // the edit: its final value is what is stored.
        if (this.edit && event.target?.editable && !isRichText(this.edit.target) && sameBox(event.target, this.edit.target)) break;
        out.push(...this.flushEdit(), ...this.flushScroll());
        const click: ClickGesture = { kind: 'click', time: event.time, url: event.url, x: event.x, y: event.y, target: event.target, ...atEvent(event) };
        const previous = this.clicks.at(-1);
        if (previous && !sameTarget(previous.click, click)) out.push(...this.flushClicks());
        this.clicks.push({ click, heldAt: now });
        if (this.clicks.length > 2) out.push(this.clicks.shift()!.click);
        break;
      }
      case 'dblclick': {
        if (this.clicks.length === 2) {
          const [first] = this.clicks;
          this.clicks = [];
          out.push({ ...first!.click, kind: 'double-click', ...(event.selected ? { selected: event.selected } : {}) });
        } else {
          out.push(...this.flushClicks());
        }
        break;
      }
      case 'input': {
        if (this.edit && this.edit.fieldKey !== event.fieldKey) out.push(...this.flushEdit());
        out.push(...this.flushScroll());
        // A single click that only focused this field is part of the edit.
        const clicks = this.flushClicks();
        const only = clicks.length === 1 ? (clicks[0] as ClickGesture) : undefined;
        const focusClick = only !== undefined && only.target?.editable === true && sameBox(only.target, event.target);
        if (!focusClick) out.push(...clicks);
        if (!this.edit) {
          const snapshot = focusClick && only.snapshot ? atEvent(only) : atEvent(event);
          this.edit = { fieldKey: event.fieldKey, time: focusClick ? only.time : event.time, url: event.url, text: event.value, target: event.target, ...snapshot, ...(event.segmented ? { segmented: true } : {}), ...(event.pasted ? { pasted: true } : {}), ...(event.keyed ? { keyed: true } : {}) };
        } else {
          this.edit.text = event.value;
          if (event.pasted) this.edit.pasted = true;
          if (event.keyed) this.edit.keyed = true;
          if (!this.edit.snapshot && event.snapshot) Object.assign(this.edit, atEvent(event));
        }
        break;
      }
      case 'field-end':
        // The edit is over, but held: typing into the same field before anything else happens replaces what the
        // field was left holding (a spin arrow hit by accident, then the real value typed over it), and the field's
        // final value is the one step. Any other event writes it as it is.
        if (this.edit?.fieldKey === event.fieldKey) out.push(...this.flushClicks());
        break;
      case 'key':
        out.push(...this.flushClicks(), ...this.flushEdit(), ...this.flushScroll());
        out.push({ kind: 'press', time: event.time, url: event.url, keys: event.keys, target: event.target, ...atEvent(event) });
        break;
      case 'select': {
        out.push(...this.flushClicks(), ...this.flushEdit(), ...this.flushScroll());
        const opened = this.opened && this.opened.fieldKey === event.fieldKey ? this.opened.gesture : undefined;
        this.opened = undefined;
        const gesture: SelectGesture = {
          kind: 'select',
          // Opened and chosen from: one step, at the opening, on the state the person saw then.
          time: opened?.time ?? event.time,
          url: event.url,
          option: event.option,
          ...(event.group ? { group: event.group } : {}),
          target: opened?.target ?? event.target,
          ...(event.selected && event.selected.length > 1 ? { selected: event.selected } : {}),
          ...(event.modifiers && event.modifiers.length > 0 ? { modifiers: event.modifiers } : {}),
          ...(opened ? atEvent(opened) : atEvent(event)),
        };
        if (gesture.modifiers || event.fieldKey === undefined) {
          out.push(gesture);
        } else if (this.choosing && this.choosing.fieldKey === event.fieldKey) {
          // The same list changed again: keep the first state and target, take the latest choice.
          this.choosing.gesture.option = gesture.option;
          if (gesture.group) this.choosing.gesture.group = gesture.group;
          else delete this.choosing.gesture.group;
          if (gesture.selected) this.choosing.gesture.selected = gesture.selected;
        } else {
          this.choosing = { fieldKey: event.fieldKey, gesture };
        }
        break;
      }
      case 'select-open':
        out.push(...this.flushAll());
        this.opened = { fieldKey: event.fieldKey, gesture: { kind: 'select', time: event.time, url: event.url, option: event.option, target: event.target, kept: true, ...atEvent(event) } };
        break;
      case 'right-click':
        out.push(...this.flushAll());
        out.push({ kind: 'right-click', time: event.time, url: event.url, x: event.x, y: event.y, target: event.target, ...atEvent(event) });
        break;
      case 'drag':
        out.push(...this.flushAll());
        out.push({ kind: 'drag', time: event.time, url: event.url, from: event.from, to: event.to, ...(event.path?.length ? { path: event.path } : {}), ...atEvent(event) });
        break;
      case 'wheel': {
        out.push(...this.flushClicks(), ...this.flushEdit());
        const current = this.scroll;
        if (current && sameTarget(current.gesture, event) && now - current.lastAt < SCROLL_PAUSE_MS) {
          current.gesture.deltaX += event.deltaX;
          current.gesture.deltaY += event.deltaY;
          current.lastAt = now;
        } else {
          out.push(...this.flushScroll());
          this.scroll = {
            gesture: { kind: 'scroll', time: event.time, url: event.url, x: event.x, y: event.y, deltaX: event.deltaX, deltaY: event.deltaY, target: event.target, ...atEvent(event) },
            lastAt: now,
          };
        }
        break;
      }
      case 'copy':
      case 'paste': {
        // Typing before a paste is an edit of its own; a click that only focused the field is part of this step.
        out.push(...this.flushEdit(), ...this.flushScroll());
        const clicks = this.flushClicks();
        const only = clicks.length === 1 ? (clicks[0] as ClickGesture) : undefined;
        const focusClick = only !== undefined && only.target?.editable === true && sameBox(only.target, event.target);
        if (!focusClick) out.push(...clicks);
        const start = focusClick ? { time: only.time, ...(only.snapshot ? atEvent(only) : atEvent(event)) } : { time: event.time, ...atEvent(event) };
        if (event.kind === 'copy') out.push({ kind: 'copy', url: event.url, target: event.target, ...start });
        else out.push({ kind: 'paste', url: event.url, text: event.value, target: event.target, ...start });
        break;
      }
      case 'hover':
        out.push(...this.flushAll());
        out.push({ kind: 'hover', time: event.time, url: event.url, x: event.x, y: event.y, target: event.target, ...atEvent(event) });
        break;
      case 'stop':
        out.push(...this.flushAll());
        break;
    }
    return out;
  }

  /** Gestures whose waiting time is over at `now` (held clicks, a finished scroll). */
  flushDue(now: number): Gesture[] {
    const out: Gesture[] = [];
    const first = this.clicks[0];
    // A lone click into a text field waits for the typing it usually starts (any other event releases it).
    const focusingField = this.clicks.length === 1 && first?.click.target?.editable === true;
    if (first && !focusingField && now - first.heldAt >= DOUBLE_CLICK_WINDOW_MS) out.push(...this.flushClicks());
    if (this.scroll && now - this.scroll.lastAt >= SCROLL_PAUSE_MS) out.push(...this.flushScroll());
    return out;
  }

  /** Everything still held, in the order it happened (at the end of a recording). */
  flushAll(): Gesture[] {
    return [...this.flushClicks(), ...this.flushEdit(), ...this.flushScroll(), ...this.flushOpened(), ...this.flushChoosing()].sort((a, b) => a.time - b.time);
  }

  /** True while something is held back (the recorder keeps polling flushDue). */
  get holding(): boolean {
    return this.clicks.length > 0 || this.edit !== undefined || this.scroll !== undefined || this.opened !== undefined || this.choosing !== undefined;
  }

  private flushChoosing(): Gesture[] {
    const held = this.choosing;
    this.choosing = undefined;
    return held ? [held.gesture] : [];
  }

  private flushClicks(): ClickGesture[] {
    const out = this.clicks.map((held) => held.click);
    this.clicks = [];
    return out;
  }

  private flushEdit(): Gesture[] {
    const edit = this.edit;
    this.edit = undefined;
    if (!edit) return [];
    const { fieldKey, ...gesture } = edit;
    if (isRichText(gesture.target)) return [{ kind: 'type', ...gesture, ...this.richText.edit(fieldKey, gesture.target, gesture.text) }];
    return [{ kind: 'type', ...gesture }];
  }

  private flushOpened(): Gesture[] {
    const opened = this.opened;
    this.opened = undefined;
    return opened ? [opened.gesture] : [];
  }

  private flushScroll(): Gesture[] {
    const scroll = this.scroll;
    this.scroll = undefined;
    return scroll ? [scroll.gesture] : [];
  }
}

function sameBox(a: PageTarget | undefined, b: PageTarget | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.tag === b.tag &&
    Math.abs(a.box.x - b.box.x) < 2 &&
    Math.abs(a.box.y - b.box.y) < 2 &&
    Math.abs(a.box.width - b.box.width) < 2 &&
    Math.abs(a.box.height - b.box.height) < 2
  );
}

function sameTarget(a: { target?: PageTarget }, b: { target?: PageTarget }): boolean {
  return sameBox(a.target, b.target);
}

/** A closed-list drop-down (a <select> shown as a combo box), not a list box showing its options. */
function isDropDown(target: PageTarget | undefined): boolean {
  return target?.tag === 'select' && target.role !== 'listbox';
}
