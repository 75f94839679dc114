/**
 * Key presses that are steps of their own (keys.ts decides which), the stop
 * hotkey, and Control+keys in a list box (stored as the pick they make, in
 * field-listeners.ts). In-page code.
 */
import { describe } from './describe-target.js';
import type { Snapshots } from './event-snapshot.js';
import type { FieldMemory } from './field-memory.js';
import { isListBox, isSegmented, isTextField, selectedOf } from './fields.js';
import { deepActive } from './frames.js';
import { BROWSER_CHORDS, LIST_CURSOR_KEYS, MODIFIER_KEYS, chordOf, isKeyStep } from './keys.js';
import type { Recorder } from './recorder-context.js';

export function listenToKeys(recorder: Recorder, snapshots: Snapshots, fields: FieldMemory): void {
  recorder.listen(
    'keydown',
    (event) => {
      if (!event.isTrusted || MODIFIER_KEYS.includes(event.key)) return;
      const keys = chordOf(event);
      if (keys === recorder.config.stopHotkey) {
        event.preventDefault();
        event.stopImmediatePropagation();
        recorder.send({ kind: 'stop', reason: 'hotkey' });
        return;
      }
      if (BROWSER_CHORDS.includes(keys)) return; // the browser's own (close tab, new window…), not the page's
      const el = deepActive(recorder.document);
      if (recorder.isOwn(el)) return;
      const inField = isTextField(el) || (!!el && el.tagName === 'SELECT');
      // In a list box, Control+arrows move its cursor without choosing and Control+Space toggles the option
      // under it: no steps of their own; the change that follows is stored as the pick it is (see field-listeners.ts).
      if (el && isListBox(el) && event.ctrlKey && LIST_CURSOR_KEYS.includes(event.key)) {
        fields.keyedListBox = { el, time: Date.now(), snapshot: snapshots.take(el) };
        if (!fields.selectionBefore.has(el)) fields.selectionBefore.set(el, selectedOf(el));
        return;
      }
      const place = {
        inField,
        inRichText: !!el && el.isContentEditable === true && el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA',
        inTextArea: !!el && el.tagName === 'TEXTAREA',
        inSegmented: isSegmented(el),
      };
      if (!isKeyStep(event, place)) return;
      const target = el && el !== el.ownerDocument!.body && el.tagName !== 'IFRAME' && el.tagName !== 'FRAME' ? el : null;
      const snapshot = snapshots.take(target);
      recorder.lastInputAt = Date.now();
      recorder.send({ kind: 'key', keys, inField, target: target ? describe(target) : undefined, snapshot, targetId: snapshot && snapshot.targetId });
    },
    { capture: true },
  );
}
