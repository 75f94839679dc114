/**
 * What the recorder remembers about fields between events: each field's
 * description and observation from when it got the focus (before any edit),
 * a stable key per field (the coalescer joins one field's inputs by it), a
 * list box's selection before a change, and a pending pick in a list box.
 * In-page code.
 */
import { describe } from './describe-target.js';
import type { EventSnapshot, Snapshots } from './event-snapshot.js';
import { isListBox, selectedOf } from './fields.js';
import type { PageElement } from './page-dom.js';
import type { Described, FieldEntry, Recorder } from './recorder-context.js';

export interface FieldMemory {
  /** field → { target, snapshot, sent }: its description when it got focus. */
  readonly before: WeakMap<PageElement, FieldEntry>;
  /** list box → its selected options before the last change. */
  readonly selectionBefore: WeakMap<PageElement, string[]>;
  /** A press on a list box option: {select, option, modifiers, target, snapshot}. */
  pick: { select: PageElement; option: string; modifiers: string[]; target: Described; snapshot: EventSnapshot | undefined } | null;
  /** A Control+key in a list box (moving its cursor, toggling an option). */
  keyedListBox: { el: PageElement; time: number; snapshot: EventSnapshot | undefined } | null;
  keyOf(el: PageElement): string;
  /** Note the field as it is now (its value before the coming edit). */
  remember(el: PageElement): void;
  /** The observation travels with the first event of a gesture only (it can be large). */
  takeSnapshot(entry: FieldEntry | undefined): EventSnapshot | undefined;
}

export function createFieldMemory(recorder: Recorder, snapshots: Snapshots): FieldMemory {
  const keys = new WeakMap<PageElement, string>();
  let nextKey = 1;
  const memory: FieldMemory = {
    before: new WeakMap(),
    selectionBefore: new WeakMap(),
    pick: null,
    keyedListBox: null,
    keyOf(el) {
      if (!keys.has(el)) keys.set(el, `f${nextKey++}`);
      return keys.get(el)!;
    },
    remember(el) {
      if (isListBox(el)) memory.selectionBefore.set(el, selectedOf(el));
      // The press that focused it has just observed the page: no second extraction for the same instant.
      const press = recorder.press;
      const fresh = press && press.node === el && Date.now() - press.time < 200 ? press.snapshot : undefined;
      // A field seen swallowing keys keeps doing so (consumed-keys.ts).
      const keyed = memory.before.get(el)?.keyed;
      memory.before.set(el, { target: describe(el), snapshot: fresh || snapshots.take(el), sent: false, ...(keyed ? { keyed } : {}) });
    },
    takeSnapshot(entry) {
      if (!entry || entry.sent) return undefined;
      entry.sent = true;
      return entry.snapshot;
    },
  };
  return memory;
}
