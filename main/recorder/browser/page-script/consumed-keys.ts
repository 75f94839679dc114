/**
 * Fields that swallow the keys typed into them. A web terminal catches keys
 * in a hidden field and empties it after every key (drawing the command line
 * elsewhere); the value left in the field at any moment is the last key or
 * nothing, not what the person typed. Each text field's keys are kept since it
 * got the focus (printable keys added, Backspace taking the last one off, a
 * key step such as Enter starting afresh), and once the page is seen taking
 * typed text back out of the field, the field's edit is those keys: typed into
 * whatever has the focus, as the person's keyboard did. A field that only
 * reformats what is typed (longer or equal text) keeps its value. In-page code.
 */
import type { FieldMemory } from './field-memory.js';
import { isSegmented, isTextField, valueOf } from './fields.js';
import { deepActive } from './frames.js';
import { MODIFIER_KEYS, isKeyStep } from './keys.js';
import type { PageElement } from './page-dom.js';
import { CAPTURE, type FieldEntry, type Recorder } from './recorder-context.js';

/** What the field held when a key went down, and where its selection was. */
interface BeforeKey {
  value: string;
  start: number;
  end: number;
}

export interface ConsumedKeys {
  /** The value to report for an input in this field: its keys when the page swallows them, else its own value. */
  valueFor(el: PageElement, entry: FieldEntry, event: { inputType?: string; data?: string | null }): { value: string; keyed: boolean };
}

export function trackConsumedKeys(recorder: Recorder, fields: FieldMemory): ConsumedKeys {
  const beforeKey = new WeakMap<PageElement, BeforeKey>();
  recorder.listen(
    'keydown',
    (event) => {
      if (!event.isTrusted || MODIFIER_KEYS.includes(event.key)) return;
      const el = deepActive(recorder.document);
      if (!el || !isTextField(el) || el.isContentEditable || isSegmented(el) || recorder.isOwn(el)) return;
      const entry = fields.before.get(el);
      if (!entry) return;
      const value = valueOf(el) ?? '';
      // The text typed so far left the field without a key of the person's taking it out: the page took it.
      const taken = !entry.keyed && entry.valueAfterInput !== undefined && value.length < entry.valueAfterInput.length;
      if (taken) entry.keyed = true;
      const chord = event.ctrlKey || event.altKey || event.metaKey;
      const place = { inField: true, inRichText: false, inTextArea: el.tagName === 'TEXTAREA', inSegmented: false };
      if (isKeyStep(event, place)) {
        // A busy page may empty the field only after the last printable key (its clean-up waits behind the keys):
        // seen first here, before Enter ends the edit, so the edit already reported is said again as the keys.
        if (taken) recorder.send({ kind: 'input', fieldKey: fields.keyOf(el), value: entry.keys ?? '', target: entry.target, keyed: true });
        // Enter, Tab, Escape: a step of their own; what is typed after them is a new edit.
        entry.keys = '';
        entry.valueAfterInput = undefined;
        return;
      }
      if (!chord && event.key.length === 1) entry.keys = (entry.keys ?? '') + event.key;
      else if (!chord && event.key === 'Backspace') {
        entry.keys = (entry.keys ?? '').slice(0, -1);
        // A swallowing field may be empty already: the browser reports no input for this key, so say it here.
        if (entry.keyed && value === '') recorder.send({ kind: 'input', fieldKey: fields.keyOf(el), value: entry.keys, target: entry.target, keyed: true });
      }
      // Number and e-mail fields do not tell where their selection is: what a key should leave there is unknown.
      if (typeof el.selectionStart === 'number' && typeof el.selectionEnd === 'number') beforeKey.set(el, { value, start: el.selectionStart, end: el.selectionEnd });
      else beforeKey.delete(el);
    },
    CAPTURE,
  );
  return {
    valueFor(el, entry, event) {
      const value = valueOf(el) ?? '';
      const before = beforeKey.get(el);
      beforeKey.delete(el);
      // Text inserted where the selection was should be there now; less than that was taken back by the page.
      if (before && event.inputType === 'insertText' && typeof event.data === 'string') {
        const expected = before.value.slice(0, before.start) + event.data + before.value.slice(before.end);
        if (value.length < expected.length) entry.keyed = true;
      }
      entry.valueAfterInput = value;
      return entry.keyed ? { value: entry.keys ?? '', keyed: true } : { value, keyed: false };
    },
  };
}
