/**
 * Field input: typing (each input event with the field's value; the
 * coalescer makes one `type` of them), the end of an edit, choices in
 * drop-downs and list boxes, and copying a field's whole text then pasting it
 * elsewhere. In-page code.
 */
import { describe } from './describe-target.js';
import type { Snapshots } from './event-snapshot.js';
import type { ConsumedKeys } from './consumed-keys.js';
import type { FieldMemory } from './field-memory.js';
import { chosenGroupOf, chosenOf, isListBox, isSegmented, isTextField, selectedOf, valueOf } from './fields.js';
import { deepActive, originOf } from './frames.js';
import type { Handler, PageShadowRoot } from './page-dom.js';
import { CAPTURE, type Recorder } from './recorder-context.js';

/** Input types of an editor's list commands (a toolbar's bulleted or numbered list): they reshape lines, type nothing. */
const LIST_COMMANDS: ReadonlySet<string> = new Set(['insertUnorderedList', 'insertOrderedList']);

export function listenToFields(recorder: Recorder, snapshots: Snapshots, fields: FieldMemory, consumed: ConsumedKeys): void {
  const { listen, send } = recorder;

  const onChange: Handler = (event) => {
    const el = originOf(event);
    if (!el || recorder.isOwn(el)) return;
    if (isTextField(el)) {
      if (isSegmented(el)) return; // a segment was committed, not the edit: it ends on focusout
      fields.remember(el);
      send({ kind: 'field-end', fieldKey: fields.keyOf(el) });
      return;
    }
    if (el.tagName !== 'SELECT') return;
    const entry = fields.before.get(el);
    if (isListBox(el)) {
      const picked = fields.pick && fields.pick.select === el ? fields.pick : null;
      fields.pick = null;
      // Control+Space toggled the option under the list's cursor: the same as a Control-click on that
      // option, and stored as one (a select with the Control modifier), so a new instance picks by name,
      // not by how many rows the cursor travelled.
      const keyedListBox = fields.keyedListBox;
      const keyed = !picked && keyedListBox && keyedListBox.el === el && Date.now() - keyedListBox.time < 1000 ? keyedListBox : null;
      const before = fields.selectionBefore.get(el) || [];
      const now = selectedOf(el);
      const toggled = now.filter((text) => !before.includes(text)).concat(before.filter((text) => !now.includes(text)));
      fields.selectionBefore.set(el, now);
      if (keyed && toggled.length === 1) {
        fields.keyedListBox = null;
        const snapshot = keyed.snapshot;
        send({ kind: 'select', fieldKey: fields.keyOf(el), option: toggled[0], selected: now, modifiers: ['Control'], target: describe(el), snapshot, targetId: snapshot && snapshot.targetId });
        fields.remember(el);
        return;
      }
      const snapshot = picked ? picked.snapshot : entry && !entry.sent ? entry.snapshot : undefined;
      send({
        kind: 'select',
        fieldKey: fields.keyOf(el),
        option: picked && picked.option ? picked.option : chosenOf(el),
        selected: selectedOf(el),
        modifiers: picked ? picked.modifiers : [],
        target: picked ? picked.target : entry ? entry.target : describe(el),
        snapshot,
        targetId: snapshot && snapshot.targetId,
      });
    } else {
      const snapshot = fields.takeSnapshot(entry);
      const group = chosenGroupOf(el);
      send({ kind: 'select', fieldKey: fields.keyOf(el), option: chosenOf(el), ...(group ? { group } : {}), selected: selectedOf(el), target: entry ? entry.target : describe(el), snapshot, targetId: snapshot && snapshot.targetId });
    }
    fields.remember(el);
  };

  const listenedRoots = new WeakSet<object>();
  listen(
    'focusin',
    (event) => {
      const el = originOf(event);
      if (recorder.isOwn(el)) return;
      // 'change' does not leave a shadow root: listen for it inside the root the focus went into.
      const root = el && el.getRootNode ? (el.getRootNode() as unknown as PageShadowRoot) : null;
      if (root && root.host && !listenedRoots.has(root)) {
        listenedRoots.add(root);
        root.addEventListener('change', onChange, CAPTURE);
      }
      if (isTextField(el) || (el && el.tagName === 'SELECT' && !fields.before.has(el))) fields.remember(el!);
    },
    CAPTURE,
  );
  listen(
    'input',
    (event) => {
      const el = originOf(event);
      if (!el || !isTextField(el) || recorder.isOwn(el)) return;
      // Formatting (Bold, Italic… from a toolbar or a shortcut) and making lines a list change no text typed: the
      // command that did it is the step. (A list stored as typing its reshaped lines retyped them on replay.)
      if (typeof event.inputType === 'string' && (event.inputType.startsWith('format') || LIST_COMMANDS.has(event.inputType))) return;
      let entry = fields.before.get(el);
      if (!entry) {
        fields.remember(el);
        entry = fields.before.get(el)!;
      }
      if (event.inputType === 'insertFromPaste' && pasteSource && Date.now() - pasteSource.time < 2000) {
        // A paste of what was copied from a field: a paste step, so a new instance pastes its own source's text.
        const snapshot = entry.sent ? undefined : entry.snapshot;
        send({ kind: 'paste', fieldKey: fields.keyOf(el), value: valueOf(el), target: entry.target, snapshot, targetId: snapshot && snapshot.targetId });
        pasteSource = null;
        fields.remember(el);
        return;
      }
      const snapshot = fields.takeSnapshot(entry);
      const { value, keyed } = el.isContentEditable ? { value: valueOf(el), keyed: false } : consumed.valueFor(el, entry, event);
      send({ kind: 'input', fieldKey: fields.keyOf(el), value, ...(keyed ? { keyed: true } : {}), target: entry.target, segmented: isSegmented(el), pasted: event.inputType === 'insertFromPaste', snapshot, targetId: snapshot && snapshot.targetId });
    },
    CAPTURE,
  );
  // Copying a field's whole text is a step of its own (copy from that element); text selected
  // elsewhere on the page is not, and its paste is stored as typed text (the quality check says so).
  let copiedFromField = false;
  let pasteSource: { time: number } | null = null;
  listen(
    'copy',
    (event) => {
      const el = deepActive(recorder.document);
      copiedFromField = false;
      if (!el || !event.isTrusted || recorder.isOwn(el) || !isTextField(el) || typeof el.selectionStart !== 'number') return;
      if (el.selectionStart !== 0 || el.selectionEnd !== el.value.length || el.value === '') return;
      copiedFromField = true;
      const snapshot = snapshots.take(el);
      send({ kind: 'copy', fieldKey: fields.keyOf(el), target: describe(el), snapshot, targetId: snapshot && snapshot.targetId });
    },
    CAPTURE,
  );
  listen(
    'paste',
    (event) => {
      pasteSource = event.isTrusted && copiedFromField && isTextField(originOf(event)) ? { time: Date.now() } : null;
    },
    CAPTURE,
  );
  // A field focused before the script arrived (autofocus): remember its value now, before any edit.
  const focused = deepActive(recorder.document);
  if (focused && isTextField(focused)) fields.remember(focused);
  listen(
    'focusout',
    (event) => {
      const el = originOf(event);
      if (el && isTextField(el)) {
        fields.before.delete(el);
        send({ kind: 'field-end', fieldKey: fields.keyOf(el) });
      }
      if (el && el.tagName === 'SELECT') fields.before.delete(el);
    },
    CAPTURE,
  );
  listen('change', onChange, CAPTURE);
}
